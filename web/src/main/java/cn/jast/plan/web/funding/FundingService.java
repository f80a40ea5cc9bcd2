package cn.jast.plan.web.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
