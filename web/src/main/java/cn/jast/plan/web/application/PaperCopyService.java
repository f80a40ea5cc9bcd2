package cn.jast.plan.web.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.Fingerprint;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.PaperCopies;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.notification.Notifications;
import cn.jast.plan.web.refusal.Conflict;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
/**
 * The office records a stamped paper copy (V.1, V.2) by the SHA-256 fingerprint printed on it: the
 * submitted application with that fingerprint takes it when it is in time. A copy that matches an
 * application but cannot be taken (late, already recorded, withdrawn) is kept as a refused receipt and
 * answered 409; a fingerprint that matches nothing stores nothing and is answered 422.
 */
@ApplicationScoped
public class PaperCopyService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /** Records the copy; the receipt of a refused copy is committed before the 409 is answered. */
    @Transactional(dontRollbackOn = RefusedCopy.class)
    public PaperCopyRecorded record(String fingerprint, Instant receivedAt) {
        access.require(Roles.OFFICE);
        Fingerprint printed;
        try {
            printed = new Fingerprint(fingerprint == null ? "" : fingerprint.strip().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("fingerprint", "must be the 64 hexadecimal digits printed on the copy");
        }
        Instant now = clock.instant();
        Instant received = receivedAt == null ? now : receivedAt;
        if (received.isAfter(now)) {
            throw Failures.invalid("receivedAt", "must not be in the future");
        }
        List<Application> matching = em.createQuery("SELECT a FROM Application a WHERE a.fingerprint = :f"
                        + " ORDER BY a.submittedAt DESC", Application.class)
                .setParameter("f", printed.hex()).getResultList();
        if (matching.isEmpty()) {
            throw Conflict.nothingMatches("No matching application",
                    "No submitted application has the fingerprint " + printed.hex()
                            + "; the paper copy is not identical to any electronic submission.");
        }
        Application target = matching.stream().filter(a -> a.state() == ApplicationState.SUBMITTED).findFirst()
                .orElse(matching.get(0));
        PaperCopies.Recorded recorded = new PaperCopies(em).record(target.id(), printed, received, access.actor(), now);
        Application after = em.find(Application.class, target.id().value());
        if (!recorded.matched()) {
            notifications.paperCopyRecorded(after, recorded.receipt().id(), false, recorded.refusal().reason().zh(),
                    recorded.refusal().reason().en());
            throw new RefusedCopy(recorded.refusal(), target.id().value());
        }
        notifications.paperCopyRecorded(after, recorded.receipt().id(), true, null, null);
        return PaperCopyRecorded.of(recorded.receipt());
    }

    /** A copy that was kept as a refused receipt. */
    public static final class RefusedCopy extends Conflict {
        private static final long serialVersionUID = 1L;
        private final String applicationId;

        RefusedCopy(TransitionRefused refusal, String applicationId) {
            super("The step is not allowed now", refusal.reason().en(), false, refusal);
            this.applicationId = applicationId;
        }

        /** The application the copy matched by its fingerprint and that could not take it. */
        public String applicationId() {
            return applicationId;
        }
    }
}
