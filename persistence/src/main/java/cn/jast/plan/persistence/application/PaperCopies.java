package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.application.Fingerprint;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The office records a paper copy that arrived (V.1, V.2): the application takes it when the
 * printed fingerprint matches and it is in time; a receipt is kept either way, with the reason
 * when it did not match. Runs in the caller's transaction, which commits in both cases.
 */
public final class PaperCopies {
    /** The receipt, and the domain's refusal when the copy did not match (null when it did). */
    public record Recorded(PaperCopyReceipt receipt, TransitionRefused refusal) {
        public boolean matched() {
            return refusal == null;
        }
    }

    private final EntityManager em;
    private final ApplicationRepository applications;
    private final PlanYearRepository plans;
    private final AuditLog audit;

    public PaperCopies(EntityManager em) {
        this.em = em;
        this.applications = new ApplicationRepository(em);
        this.plans = new PlanYearRepository(em);
        this.audit = new AuditLog(em);
    }

    public Recorded record(ApplicationId id, Fingerprint printed, Instant receivedAt, String recordedBy,
                           Instant recordedAt) {
        Application application = applications.find(id)
                .orElseThrow(() -> new NoSuchElementException("no application " + id));
        PlanYear plan = plans.require(application.planYear());
        String before = AuditSnapshots.of(application);
        TransitionRefused refusal = null;
        try {
            application.recordPaperCopy(printed, receivedAt, plan);
        } catch (TransitionRefused e) {
            refusal = e;
        }
        PaperCopyReceipt receipt = new PaperCopyReceipt(UUID.randomUUID().toString(), id.value(), printed.hex(),
                receivedAt, recordedBy, recordedAt, refusal == null,
                refusal == null ? null : refusal.reason().zh() + " / " + refusal.reason().en());
        em.persist(receipt);
        em.flush();
        audit.append(new AuditRecord(recordedAt, recordedBy,
                refusal == null ? "application.paperCopy.matched" : "application.paperCopy.refused",
                "Application", id.value(), before, AuditSnapshots.of(application)));
        return new Recorded(receipt, refusal);
    }

    public List<PaperCopyReceipt> receiptsOf(ApplicationId id) {
        return em.createQuery("SELECT r FROM PaperCopyReceipt r WHERE r.applicationId = :a ORDER BY r.receivedAt,"
                + " r.id", PaperCopyReceipt.class).setParameter("a", id.value()).getResultList();
    }
}
