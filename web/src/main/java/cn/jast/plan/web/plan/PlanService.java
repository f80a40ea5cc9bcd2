package cn.jast.plan.web.plan;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.QuotaGroup;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import cn.jast.plan.web.application.Access;
import cn.jast.plan.web.application.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * The plan years: which are known, what each holds, and (for the office) how each quota group fills.
 * A plan year stored in the database (possibly a corrected file) wins over the one shipped in the jar.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private static final Set<ApplicationState> SUBMITTED_STATES = EnumSet.complementOf(
            EnumSet.of(DRAFT, WITHDRAWN));
    private static final Set<ApplicationState> RECOMMENDED_STATES = EnumSet.of(RECOMMENDED, IN_PUBLICITY);
    private static final Set<ApplicationState> APPROVED_STATES = EnumSet.of(APPROVED, MIDTERM_EVALUATED,
            RECTIFICATION_REQUIRED, FINAL_REPORT_FILED, PASSED, FAILED, FUNDED, COMPLETED_WITHOUT_FUNDING,
            FUNDING_CANCELLED, TERMINATED);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    PlanCatalog catalog;

    @Inject
    Access access;

    /** How one quota group fills. */
    public record QuotaUse(QuotaGroup group, int submitted, int underReview, int recommended, int approved) {
    }

    public List<Integer> years() {
        Set<Integer> years = new TreeSet<>(new PlanYearRepository(em).years());
        years.addAll(catalog.bundledYears());
        return List.copyOf(years);
    }

    /** The plan year, stored or shipped; 404 when there is none. */
    public PlanYear plan(int year) {
        return new PlanYearRepository(em).find(year).or(() -> catalog.plan(year))
                .orElseThrow(() -> Failures.notFound("plan year " + year));
    }

    /** Quota groups with their counts (office only). */
    public List<QuotaUse> quotas(int year) {
        access.require(Roles.OFFICE);
        PlanYear plan = plan(year);
        Map<String, int[]> counts = new LinkedHashMap<>();
        plan.quotaGroups().forEach(g -> counts.put(g.key(), new int[4]));
        for (Application a : new ApplicationRepository(em).ofPlanYear(year)) {
            plan.quotaGroupOf(a.category(), a.subProject()).ifPresent(g -> {
                int[] c = counts.get(g.key());
                if (SUBMITTED_STATES.contains(a.state())) {
                    c[0]++;
                }
                if (a.state() == UNDER_REVIEW) {
                    c[1]++;
                }
                if (RECOMMENDED_STATES.contains(a.state())) {
                    c[2]++;
                }
                if (APPROVED_STATES.contains(a.state())) {
                    c[3]++;
                }
            });
        }
        return plan.quotaGroups().stream().map(g -> {
            int[] c = counts.get(g.key());
            return new QuotaUse(g, c[0], c[1], c[2], c[3]);
        }).toList();
    }
}
