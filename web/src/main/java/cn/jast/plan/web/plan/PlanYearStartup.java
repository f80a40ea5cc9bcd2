package cn.jast.plan.web.plan;

import java.time.Clock;
import java.util.logging.Logger;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores the plan years shipped with the application in the database at start-up, unless stored
 * already: submissions, paper copies and allocation read the plan year from the database (the one the
 * office may have corrected), and a stored year is never replaced here.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class PlanYearStartup {

    private static final Logger LOG = Logger.getLogger(PlanYearStartup.class.getName());

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    PlanCatalog catalog;

    @Inject
    Clock clock;

    @PostConstruct
    void storeBundledPlanYears() {
        PlanYearRepository repository = new PlanYearRepository(em);
        for (int year : catalog.bundledYears()) {
            if (repository.findStored(year).isEmpty()) {
                repository.storeBundledIfAbsent(year, "system", clock.instant());
                LOG.info(() -> "Stored the bundled plan year " + year);
            }
        }
    }
}
