package cn.jast.plan.web.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.QuotaGroup;
import cn.jast.plan.domain.review.AllocationOutcome;
import cn.jast.plan.domain.review.ReserveList;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.review.AllocationRepository;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * The reserve list in use (候补递补): when a place of a quota group falls vacant, the next applications on
 * the group's reserve list are recommended, to go to a supplementary notice of their own. Called inside the
 * transaction of the step that vacated the place, whose audit batch takes the entries of the promotions.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReserveService {

    /** States that hold a place of the quota: recommended, in publicity, approved, running or concluded. */
    private static final Set<ApplicationState> HOLDS_PLACE = EnumSet.of(RECOMMENDED, IN_PUBLICITY, APPROVED,
            MIDTERM_EVALUATED, RECTIFICATION_REQUIRED, FINAL_REPORT_FILED, PASSED, FAILED, FUNDED,
            COMPLETED_WITHOUT_FUNDING, FUNDING_CANCELLED, TERMINATED);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    PlanService plans;

    /**
     * Fills the vacancies of the quota group of {@code vacated} (already in its vacated state) from its reserve
     * list, at the batch's instant; adds an audit entry for each application it recommends to the caller's batch.
     *
     * @return the applications recommended from the reserve
     */
    public List<Application> fillVacancies(Application vacated, AuditTrail.Batch audit) {
        Instant at = audit.at();
        PlanYear plan = plans.plan(vacated.planYear());
        QuotaGroup group = plan.quotaGroupOf(vacated.category(), vacated.subProject()).orElse(null);
        if (group == null) {
            return List.of();
        }
        List<AllocationOutcome> outcomes = new AllocationRepository(em).ofPlanYear(vacated.planYear()).stream()
                .filter(o -> o.quotaGroup().equals(group.key())).toList();
        Map<String, Application> apps = new HashMap<>();
        Map<String, ReserveList.Standing> standing = new HashMap<>();
        for (AllocationOutcome o : outcomes) {
            Application a = em.find(Application.class, o.applicationId());
            if (a == null) {
                continue;
            }
            apps.put(a.id().value(), a);
            standing.put(a.id().value(), standing(a));
        }
        List<Application> promoted = new ArrayList<>();
        for (String id : ReserveList.toPromote(group, outcomes, standing)) {
            Application a = apps.get(id);
            String before = AuditSnapshots.of(a);
            a.recommendFromReserve(at);
            promoted.add(a);
            audit.add("application.recommendFromReserve", "Application", id, before, AuditSnapshots.of(a));
        }
        return promoted;
    }

    private static ReserveList.Standing standing(Application a) {
        if (HOLDS_PLACE.contains(a.state())) {
            return ReserveList.Standing.HOLDS_PLACE;
        }
        return switch (a.state()) {
            case REJECTED, WITHDRAWN -> ReserveList.Standing.VACATED;
            case NOT_RECOMMENDED -> ReserveList.Standing.WAITING;
            default -> ReserveList.Standing.OUT;
        };
    }
}
