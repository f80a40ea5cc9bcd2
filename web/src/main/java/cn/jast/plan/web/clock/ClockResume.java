package cn.jast.plan.web.clock;

import java.time.Instant;
import java.util.logging.Logger;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditEntry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * At start-up, once the database is migrated: a demo clock that starts at a fixed instant resumes
 * after the last instant the application recorded (the newest audit entry; every state change writes
 * one), so that a restarted demo never runs time backwards.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class ClockResume {
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
        Instant last = em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.at DESC", AuditEntry.class)
                .setMaxResults(1).getResultStream().findFirst().map(AuditEntry::at).orElse(null);
        if (clocks.resumeAfter(last)) {
            LOG.warning(() -> "Demo clock resumed after the last recorded instant " + last + ": now is "
                    + clocks.clock().instant());
        }
    }
}
