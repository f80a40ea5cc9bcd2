package cn.jast.plan.web.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.ReminderSchedule;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.notification.NotificationRepository;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The reminder run: for each plan year, the reminder due now before the electronic deadline (V.2) goes
 * to each society with unsubmitted drafts, and the one due before the paper deadline to each society
 * with a submitted application whose stamped copy has not arrived. When they are due is plan-year data
 * ({@link ReminderSchedule}; the guide sets none). Idempotent: the key names deadline, offset and society,
 * so running it again, from the scheduler or the office's endpoint, queues nothing more.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    Notifications notifications;

    /** What one run queued: reminders (one per society and deadline) and notification rows. */
    public record Run(Instant at, int reminders, long queued) {
    }

    public Run remind(Instant now) {
        long before = new NotificationRepository(em).count(null);
        int reminders = 0;
        for (int year : plans.years()) {
            PlanYear plan = plans.plan(year);
            ReminderSchedule schedule = plan.reminders();
            Instant closes = plan.window().closesAt();
            Optional<Integer> drafts = ReminderSchedule.due(schedule.hoursBeforeClosing(), closes, now);
            if (drafts.isPresent()) {
                reminders += remind(year, "REMINDER_DRAFTS", "closes", drafts.get(), closes,
                        "SELECT a.societyCode, COUNT(a) FROM Application a WHERE a.planYear = :y AND a.state = :st"
                                + " GROUP BY a.societyCode", ApplicationState.DRAFT);
            }
            Instant paper = plan.window().paperCopyDeadline();
            Optional<Integer> copies = ReminderSchedule.due(schedule.hoursBeforePaperDeadline(), paper, now);
            if (copies.isPresent()) {
                reminders += remind(year, "REMINDER_PAPER", "paperCopyBy", copies.get(), paper,
                        "SELECT a.societyCode, COUNT(a) FROM Application a WHERE a.planYear = :y AND a.state = :st"
                                + " AND a.paperCopyReceivedAt IS NULL GROUP BY a.societyCode", ApplicationState.SUBMITTED);
            }
        }
        return new Run(now, reminders, new NotificationRepository(em).count(null) - before);
    }

    private int remind(int year, String kind, String deadlineName, int hours, Instant deadline, String jpql,
                       ApplicationState state) {
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("y", year).setParameter("st", state)
                .getResultList();
        String when = LOCAL.format(deadline.atZone(Notifications.SHANGHAI));
        for (Object[] row : rows) {
            String society = (String) row[0];
            String key = "reminder:" + year + ":" + deadlineName + ":" + hours + "h:" + society;
            notifications.reminder(society, kind, key, String.valueOf(year), when, String.valueOf(row[1]));
        }
        return rows.size();
    }
}
