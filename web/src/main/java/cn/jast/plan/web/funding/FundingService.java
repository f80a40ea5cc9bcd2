package cn.jast.plan.web.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.funding.LedgerEntry;
import cn.jast.plan.domain.funding.ProjectLedger;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.funding.FundingRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import static cn.jast.plan.domain.application.ApplicationState.*;

/** The funding decision of a project and its ring-fenced ledger (IV.3): its society and the office only. */
@ApplicationScoped
@Transactional
public class FundingService {

    private static final EnumSet<ApplicationState> PROJECT = EnumSet.of(APPROVED, MIDTERM_EVALUATED,
            FINAL_REPORT_FILED, PASSED, FAILED, FUNDED, COMPLETED_WITHOUT_FUNDING, FUNDING_CANCELLED);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PlanService plans;

    public FundingDecided funding(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new FundingRepository(em).decisionOf(a.id().value()).map(FundingDecided::of)
                .orElseThrow(() -> Failures.notFound("funding decision for application " + applicationId + " yet"));
    }

    public ProjectLedger ledger(String applicationId) {
        Application a = access.ownedOrOffice(em, applicationId);
        return new FundingRepository(em).ledgerOf(a.id().value());
    }

    /** Books one entry in the project's ledger (approved projects only). */
    public ProjectLedger book(String applicationId, LedgerEntry.Kind kind, String item, BigDecimal amount,
                              LocalDate bookedOn) {
        Application a = access.ownedOrOffice(em, applicationId);
        if (!PROJECT.contains(a.state())) {
            throw Failures.conflict("A ledger is kept for approved projects; this application is " + a.state() + ".");
        }
        Instant now = clock.instant();
        LedgerEntry entry;
        try {
            entry = new LedgerEntry(UUID.randomUUID().toString(), a.id().value(), kind, item, amount,
                    bookedOn == null ? now.atZone(plans.plan(a.planYear()).zone()).toLocalDate() : bookedOn,
                    access.actor(), now);
        } catch (IllegalArgumentException e) {
            throw Failures.invalid(e.getMessage().contains("item") ? "item" : "amount", e.getMessage());
        }
        FundingRepository funding = new FundingRepository(em);
        funding.book(entry);
        audit.record(now, "ledger.book", "Application", a.id().value(),
                null, "{\"entry\":\"" + entry.id() + "\",\"kind\":\"" + kind + "\",\"amount\":\""
                + amount.toPlainString() + "\"}");
        return funding.ledgerOf(a.id().value());
    }
}
