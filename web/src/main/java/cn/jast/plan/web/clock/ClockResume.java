package cn.jast.plan.web.clock;

import java.time.Instant;
import java.util.logging.Logger;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditEntry;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A demo clock that starts at a fixed instant ({@code jast.clock.start}) never runs time backwards
 * across restarts: when the application stops, it records the instant the clock shows (audit entry
 * {@value #STOP}); when it starts again on the same database, the clock resumes just after the last
 * such instant. Only the clock's own readings count, not the instants of the demo's seeded history
 * (which dates records of a whole plan year ahead). A stop that was not clean (the process killed)
 * records nothing, and the next start resumes after the last clean one.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class ClockResume {
    /** The audit action of the clock's reading at a stop. */
    public static final String STOP = "clock.stop";
    private static final Logger LOG = Logger.getLogger(ClockResume.class.getName());

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    ClockProducer clocks;

    @PostConstruct
    void resume() {
        if (clocks.mode() != ClockProducer.Mode.START) {
            return;
        }
        Instant last = em.createQuery("SELECT e FROM AuditEntry e WHERE e.action = :a ORDER BY e.seq DESC",
                        AuditEntry.class).setParameter("a", STOP)
                .setMaxResults(1).getResultStream().findFirst().map(AuditEntry::at).orElse(null);
        if (clocks.resumeAfter(last)) {
            LOG.warning(() -> "Demo clock resumed after its reading at the last stop, " + last + ": now is "
                    + clocks.clock().instant());
        }
    }

    @PreDestroy
    void recordStop() {
        if (clocks.mode() == ClockProducer.Mode.START) {
            new AuditLog(em).append(new AuditRecord(clocks.clock().instant(), "system", STOP, "Clock", "demo", null, null));
        }
    }
}
