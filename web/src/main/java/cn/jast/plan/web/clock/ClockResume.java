package cn.jast.plan.web.clock;

import java.time.Instant;
import java.util.logging.Logger;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.web.auditing.AuditTrail;
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
 * across restarts (#8 item 10): when the application starts again on the same database, the clock
 * resumes just after the latest instant anything but the demo's seeding recorded in the audit log
 * (every submission, paper copy and change writes an entry dated by this clock). That holds after a
 * stop that ran no code at all (SIGKILL, a power cut, a SIGTERM whose shutdown left no time for
 * {@link PreDestroy}): the entries written before it are enough. A clean stop adds its own reading
 * ({@value #STOP}), so that time spent running without a change is not lost either. The seeded history
 * (everything up to its {@value #SEEDED} entry, and whatever {@value #SEED_ACTOR} wrote) does not count: it
 * dates records of a whole plan year ahead of the demo's start.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class ClockResume {
    /** The audit action of the clock's reading at a stop. */
    public static final String STOP = "clock.stop";
    /** The actor of the demo's seeded history, whose instants the clock does not resume after. */
    public static final String SEED_ACTOR = "demo-seed";
    /**
     * The audit action that ends the demo's seeded history: what was written up to it (partly through the
     * application services, as the demo's users, at the seeded instants) does not count either.
     */
    public static final String SEEDED = "demo.seeded";
    private static final Logger LOG = Logger.getLogger(ClockResume.class.getName());

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    ClockProducer clocks;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void resume() {
        if (clocks.mode() != ClockProducer.Mode.START) {
            return;
        }
        Instant last = new AuditLog(em).latestInstantSince(SEEDED, SEED_ACTOR).orElse(null);
        if (clocks.resumeAfter(last)) {
            LOG.warning(() -> "Demo clock resumed after the last instant it recorded, " + last + ": now is "
                    + clocks.clock().instant());
        }
    }

    @PreDestroy
    void recordStop() {
        if (clocks.mode() == ClockProducer.Mode.START) {
            audit.recordAs(AuditTrail.SYSTEM, clocks.clock().instant(), STOP, "Clock", "demo", null, null);
        }
    }
}
