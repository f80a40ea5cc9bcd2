package cn.jast.plan.web.office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * A plan year at a glance for the office (issue #12 item 1): electronic submissions per day of the
 * submission window (V.2; the days in the plan's zone, Beijing time) with their running total, how each
 * quota group fills ({@link PlanService#quotas}), the applications per state, and the submitted
 * applications whose stamped paper copy (V.1, V.2) has not arrived beside those whose copy has. The window, deadlines and quotas are
 * the plan year's; counting is done by the database.
 */
@ApplicationScoped
@Transactional
public class OverviewService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlanService plans;

    /** One day of the window: the submissions of that day and of the window up to its end. */
    public record Day(LocalDate day, int submitted, int total) {
    }

    /** The figures of a plan year. */
    public record Overview(PlanYear plan, List<Day> days, int submittedOutsideWindow,
                           List<PlanService.QuotaUse> quotas, Map<ApplicationState, Integer> states,
                           int paperCopiesOutstanding, int paperCopiesReceived) {
        public int applications() {
            return states.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Overview overview(int year) {
        access.require(Roles.OFFICE);
        PlanYear plan = plans.plan(year);
        ZoneId zone = plan.zone();
        List<Instant> submitted = em.createQuery("SELECT a.submittedAt FROM Application a WHERE a.planYear = :y"
                + " AND a.submittedAt IS NOT NULL", Instant.class).setParameter("y", year).getResultList();
        LocalDate first = plan.window().opens().toLocalDate();
        LocalDate last = plan.window().closes().toLocalDate();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            perDay.put(d, 0);
        }
        int outside = 0;
        for (Instant at : submitted) {
            LocalDate d = at.atZone(zone).toLocalDate();
            if (perDay.containsKey(d)) {
                perDay.merge(d, 1, Integer::sum);
            } else {
                outside++;
            }
        }
        List<Day> days = new ArrayList<>();
        int total = 0;
        for (Map.Entry<LocalDate, Integer> e : perDay.entrySet()) {
            total += e.getValue();
            days.add(new Day(e.getKey(), e.getValue(), total));
        }
        Map<ApplicationState, Integer> states = new EnumMap<>(ApplicationState.class);
        for (ApplicationState s : ApplicationState.values()) {
            states.put(s, 0);
        }
        for (Object[] r : em.createQuery("SELECT a.state, COUNT(a) FROM Application a WHERE a.planYear = :y"
                + " GROUP BY a.state", Object[].class).setParameter("y", year).getResultList()) {
            states.put((ApplicationState) r[0], Math.toIntExact((Long) r[1]));
        }
        long received = em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.planYear = :y"
                + " AND a.paperCopyReceivedAt IS NOT NULL", Long.class).setParameter("y", year).getSingleResult();
        return new Overview(plan, List.copyOf(days), outside, plans.quotas(year), states,
                states.get(ApplicationState.SUBMITTED), Math.toIntExact(received));
    }
}
