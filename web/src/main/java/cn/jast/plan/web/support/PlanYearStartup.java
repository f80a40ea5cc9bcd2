package cn.jast.plan.web.support;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.plan.PlanYearRepository;

/**
 * The plan year the application runs: once the schema is migrated ({@link DatabaseStartup}), the 2021
 * plan-year file bundled in the domain jar is stored unless the database already holds a 2021 plan year
 * (which the office may have replaced with a corrected file; that one is kept). Submissions, paper copies
 * and review read the stored plan year, so this runs on every start, demo or not.
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class PlanYearStartup {

    /** The plan year this release runs. */
    public static final int YEAR = 2021;

    private static final Logger LOG = Logger.getLogger(PlanYearStartup.class.getName());

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @PostConstruct
    void storeBundledPlanYear() {
        try {
            transaction.begin();
            PlanYear plan = new PlanYearRepository(em).storeBundledIfAbsent(YEAR, "system", clock.instant());
            transaction.commit();
            LOG.info(() -> "Plan year " + plan.year() + " in the database: " + plan.title().zh());
        } catch (Exception e) {
            rollBack();
            throw new IllegalStateException("Cannot store the bundled plan year " + YEAR + ": " + e.getMessage(), e);
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // The original failure is what matters.
        }
    }
}
