package cn.jast.plan.web.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.exchange.JsonWriter;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.funding.LedgerEntry;
import cn.jast.plan.domain.funding.LedgerPolicy;
import cn.jast.plan.domain.funding.ProjectLedger;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.funding.FundingDecisionRow;
import cn.jast.plan.persistence.funding.FundingRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The funding decision of a project and its ring-fenced ledger (II.1, IV.3): its society and the office only.
 * Who books what is the domain's {@link LedgerPolicy}: the society its planned and actual expenses, the office
 * the funds received, and those only for a funded project and up to the plan year's amount. A correction is
 * a reversing entry; nothing is ever edited.
 */
@ApplicationScoped
@Transactional
public class FundingService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    /** The project's funding decision with the amount the plan year sets for it (none for an outcome without money). */
    public FundingDecided funding(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        FundingDecisionRow row = new FundingRepository(em).decisionOf(a.id().value())
                .orElseThrow(() -> Failures.notFound("funding decision for application " + applicationId + " yet"));
        return FundingDecided.of(row, amountOf(a, row.toDomain()).orElse(null));
    }

    /** The project's funding decision if one has been taken (a page shows "not decided yet" otherwise). */
    public Optional<FundingDecided> decision(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new FundingRepository(em).decisionOf(a.id().value())
                .map(row -> FundingDecided.of(row, amountOf(a, row.toDomain()).orElse(null)));
    }

    /** One line of the funding list: the project, its society's name and its decision with the amount. */
    public record Funded(Application application, String societyName, FundingDecided funding) {
    }

    /**
     * The funding list of a plan year (IV.2: 考核合格……在下一年度适当予以资助): every project of the plan year whose
     * decision funds it, with the year the money is paid and the amount the plan year sets for it; the office
     * only.
     */
    public List<Funded> fundingList(int planYear) {
        access.require(cn.jast.plan.web.security.Roles.OFFICE);
        FundingRepository funding = new FundingRepository(em);
        List<Funded> list = new java.util.ArrayList<>();
        List<Application> projects = em.createQuery(
                "SELECT a FROM Application a WHERE a.planYear = :y ORDER BY a.id", Application.class)
                .setParameter("y", planYear).getResultList();
        // three queries for the whole list, not two per application
        java.util.Map<String, FundingDecisionRow> decisions = funding.allDecisions();
        java.util.Map<String, String> names = new cn.jast.plan.persistence.society.SocietyRepository(em).all().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.id().value(), cn.jast.plan.domain.society.Society::name));
        for (Application a : projects) {
            FundingDecisionRow row = decisions.get(a.id().value());
            if (row == null || row.toDomain().outcome() != FundingDecision.Outcome.FUNDED_NEXT_YEAR) {
                continue;
            }
            list.add(new Funded(a, names.getOrDefault(a.society().value(), a.society().value()),
                    FundingDecided.of(row, amountOf(a, row.toDomain()).orElse(null))));
        }
        return list;
    }

    private Optional<BigDecimal> amountOf(Application a, FundingDecision d) {
        return d.amount(plans.plan(a.planYear()), a.category(), a.subProject());
    }

    public ProjectLedger ledger(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new FundingRepository(em).ledgerOf(a.id().value());
    }

    /** Books one entry in the project's ledger, as {@link LedgerPolicy} allows the caller. */
    public ProjectLedger book(String applicationId, LedgerEntry.Kind kind, String item, BigDecimal amount,
                              LocalDate bookedOn) {
        Application a = access.ownedOrOffice(em, applicationId);
        requireEntry(kind, item, amount);
        requireAllowed(a, kind);
        FundingRepository funding = new FundingRepository(em);
        if (kind == LedgerEntry.Kind.FUNDS_RECEIVED && amount != null) {
            Optional<BigDecimal> granted = funding.decisionOf(a.id().value()).flatMap(d -> amountOf(a, d.toDomain()));
            BigDecimal after = funding.ledgerOf(a.id().value()).received().add(amount);
            if (granted.isPresent() && after.compareTo(granted.get()) > 0) {
                throw Failures.conflict("The project is funded with " + granted.get().toPlainString()
                        + " yuan (plan year " + a.planYear() + "); booking " + amount.toPlainString()
                        + " would make " + after.toPlainString() + " received.");
            }
        }
        Instant now = clock.instant();
        LedgerEntry entry;
        try {
            entry = new LedgerEntry(UUID.randomUUID().toString(), a.id().value(), kind, item, amount,
                    bookedOn == null ? today(a, now) : bookedOn, access.actor(), now);
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = String.valueOf(e.getMessage());
            throw Failures.invalid(message.contains("item") ? "item" : "amount", message);
        }
        funding.book(entry);
        audit.record(now, "ledger.book", "Application", a.id().value(),
                null, JsonWriter.write(w -> w.field("entry", entry.id()).field("kind", kind.name())
                .field("item", item).field("amount", entry.amount().toPlainString())));
        return funding.ledgerOf(a.id().value());
    }

    /**
     * Corrects an entry by booking its reversal (IV.3: 单独核算 — a booking is never changed): the same kind
     * and item, the opposite amount. Whoever may book that kind may reverse it; an entry is reversed once.
     */
    public ProjectLedger reverse(String applicationId, String entryId, String reason) {
        Application a = access.ownedOrOffice(em, applicationId);
        if (reason == null || reason.isBlank()) {
            throw Failures.invalid("reason", "must say why the entry is reversed");
        }
        if (reason.length() > MAX_REASON) {
            throw Failures.invalid("reason", "must be at most " + MAX_REASON + " characters");
        }
        FundingRepository funding = new FundingRepository(em);
        ProjectLedger ledger = funding.ledgerOf(a.id().value());
        LedgerEntry original = ledger.entry(entryId)
                .orElseThrow(() -> Failures.notFound("ledger entry " + entryId + " of this project"));
        requireAllowed(a, original.kind());
        if (original.reverses() != null) {
            throw Failures.conflict("Entry " + entryId + " is itself a reversal; book a new entry instead.");
        }
        if (ledger.isReversed(entryId)) {
            throw Failures.conflict("Entry " + entryId + " is already reversed.");
        }
        Instant now = clock.instant();
        LedgerEntry reversal = LedgerEntry.reversal(UUID.randomUUID().toString(), original, today(a, now),
                access.actor(), now);
        funding.book(reversal);
        audit.record(now, "ledger.reverse", "Application", a.id().value(),
                null, JsonWriter.write(w -> w.field("entry", reversal.id()).field("reverses", entryId)
                .field("amount", reversal.amount().toPlainString()).field("reason", reason)));
        return funding.ledgerOf(a.id().value());
    }

    /** The longest expense line (item) and reversal reason stored; system limits, not the guide's. */
    public static final int MAX_ITEM = 500;
    public static final int MAX_REASON = 2000;
    /** Yuan with at most 13 integer digits and two decimals. */
    private static final int MAX_INTEGER_DIGITS = 13;

    /**
     * What a booking must hold, for REST and the pages alike: a kind, an expense line of at most
     * {@value #MAX_ITEM} characters, and an amount of at least 0.01 yuan with at most two decimals (a
     * negative amount is only ever a reversal, which {@link #reverse} books).
     */
    private static void requireEntry(LedgerEntry.Kind kind, String item, BigDecimal amount) {
        if (kind == null) {
            throw Failures.invalid("kind", "must be one of " + java.util.Arrays.toString(LedgerEntry.Kind.values()));
        }
        if (item == null || item.isBlank()) {
            throw Failures.invalid("item", "must name the expense line");
        }
        if (item.length() > MAX_ITEM || item.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw Failures.invalid("item", "must be one line of at most " + MAX_ITEM + " characters");
        }
        if (amount == null || amount.compareTo(new BigDecimal("0.01")) < 0) {
            throw Failures.invalid("amount", "must be at least 0.01");
        }
        if (amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw Failures.invalid("amount", "must be yuan with at most " + MAX_INTEGER_DIGITS
                    + " digits and two decimals");
        }
    }

    private void requireAllowed(Application a, LedgerEntry.Kind kind) {
        LedgerPolicy.Booker by = access.user().isOffice() ? LedgerPolicy.Booker.OFFICE : LedgerPolicy.Booker.SOCIETY;
        Optional<LedgerPolicy.Refusal> refusal = LedgerPolicy.refusal(kind, by, a.state());
        if (refusal.isPresent()) {
            String why = refusal.get().reason().en();
            if (refusal.get().byRole()) {
                throw Failures.forbiddenField("kind", why);
            }
            throw Failures.conflict(why);
        }
    }

    private LocalDate today(Application a, Instant now) {
        PlanYear plan = plans.plan(a.planYear());
        return now.atZone(plan.zone()).toLocalDate();
    }
}
