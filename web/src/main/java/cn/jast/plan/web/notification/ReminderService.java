package cn.jast.plan.web.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.assessment.AssessmentRules;
import cn.jast.plan.domain.assessment.ReportKind;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.ReminderSchedule;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The reminder run: for each plan year, the reminder due now before the electronic deadline (V.2) goes
 * to each society with unsubmitted drafts, and the one due before the paper deadline to each society
 * with a submitted application whose stamped copy has not arrived; before the scores are due, to each
 * expert with assignments not scored; before an event's review report is due (III.3.2(8)), to the society
 * that has not filed it. When they are due is plan-year data ({@link ReminderSchedule}; the guide sets none). Idempotent: the key names deadline, offset and society,
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
        // what this run queued (not a count of the table: another instance's run may commit meanwhile)
        int[] queued = {0};
        int reminders = 0;
        for (int year : plans.years()) {
            PlanYear plan = plans.plan(year);
            ReminderSchedule schedule = plan.reminders();
            Instant closes = plan.window().closesAt();
            Optional<Integer> drafts = ReminderSchedule.due(schedule.hoursBeforeClosing(), closes, now);
            if (drafts.isPresent()) {
                reminders += remind(queued, plan, "REMINDER_DRAFTS", "closes", drafts.get(), closes,
                        "SELECT a.societyCode, COUNT(a) FROM Application a WHERE a.planYear = :y AND a.state = :st"
                                + " GROUP BY a.societyCode ORDER BY a.societyCode", ApplicationState.DRAFT);
            }
            Instant paper = plan.window().paperCopyDeadline();
            Optional<Integer> copies = ReminderSchedule.due(schedule.hoursBeforePaperDeadline(), paper, now);
            if (copies.isPresent()) {
                reminders += remind(queued, plan, "REMINDER_PAPER", "paperCopyBy", copies.get(), paper,
                        "SELECT a.societyCode, COUNT(a) FROM Application a WHERE a.planYear = :y AND a.state = :st"
                                + " AND a.paperCopyReceivedAt IS NULL GROUP BY a.societyCode ORDER BY a.societyCode",
                        ApplicationState.SUBMITTED);
            }
            Optional<Instant> scoresDue = plan.review().scoresDue();
            Optional<Integer> scores = scoresDue.flatMap(due -> ReminderSchedule.due(schedule.hoursBeforeScoresDue(), due, now));
            if (scores.isPresent()) {
                reminders += remindExperts(queued, plan, scores.get(), scoresDue.get());
            }
            if (!schedule.hoursBeforeEventReport().isEmpty()) {
                reminders += remindEventReports(queued, plan, schedule.hoursBeforeEventReport(), now);
            }
        }
        return new Run(now, reminders, queued[0]);
    }

    private int remind(int[] queued, PlanYear plan, String kind, String deadlineName, int hours, Instant deadline, String jpql,
                       ApplicationState state) {
        int year = plan.year();
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("y", year).setParameter("st", state)
                .getResultList();
        String when = LOCAL.format(deadline.atZone(plan.zone()));
        String prefix = "reminder:" + year + ":" + deadlineName + ":" + hours + "h:";
        Set<String> queuedAlready = rows.isEmpty() ? Set.of() : notifications.reminderKeys(prefix);
        Map<String, List<String>> accounts = rows.isEmpty() ? Map.of() : notifications.societyAccounts();
        for (Object[] row : rows) {
            String society = (String) row[0];
            queued[0] += notifications.reminder(accounts.getOrDefault(society, List.of()), queuedAlready, kind,
                    prefix + society, String.valueOf(year), when, String.valueOf(row[1]));
        }
        return rows.size();
    }

    /**
     * To each expert with assignments of the year neither scored nor declined, before the scores are due
     * ({@code review.scoresDueBy}, the office's date; IV.2 leaves the review method to it).
     */
    private int remindExperts(int[] queued, PlanYear plan, int hours, Instant due) {
        int year = plan.year();
        List<Object[]> rows = em.createQuery("SELECT x.expert, COUNT(x) FROM ExpertAssignmentRow x, Application a"
                        + " WHERE a.id = x.applicationId AND a.planYear = :y AND a.state = :st AND x.declinedAt IS NULL"
                        + " AND NOT EXISTS (SELECT s FROM ExpertScoreRow s WHERE s.applicationId = x.applicationId"
                        + " AND s.expert = x.expert) GROUP BY x.expert ORDER BY x.expert", Object[].class)
                .setParameter("y", year).setParameter("st", ApplicationState.UNDER_REVIEW).getResultList();
        String when = LOCAL.format(due.atZone(plan.zone()));
        for (Object[] row : rows) {
            String expert = (String) row[0];
            queued[0] += notifications.reminderToAccount(expert, "REMINDER_SCORES", "reminder:" + year + ":scoresDueBy:" + hours
                    + "h:" + expert, String.valueOf(year), when, String.valueOf(row[1]));
        }
        return rows.size();
    }

    /** States of an approved project before its assessment, when an event's review report may fall due. */
    private static final List<ApplicationState> RUNNING = List.of(ApplicationState.APPROVED,
            ApplicationState.MIDTERM_EVALUATED, ApplicationState.RECTIFICATION_REQUIRED,
            ApplicationState.FINAL_REPORT_FILED);

    /**
     * ASSESS-EVENT_REPORT, III.3.2(8): to the society of each running project with an event whose review report is
     * not filed, before it falls due (the event's end plus {@code thresholds.eventReportWithinMonths}).
     */
    private int remindEventReports(int[] queued, PlanYear plan, List<Integer> hoursBefore, Instant now) {
        List<Application> running = em.createQuery("SELECT a FROM Application a WHERE a.planYear = :y"
                        + " AND a.state IN :st AND NOT EXISTS (SELECT r FROM ProjectReport r WHERE r.applicationId = a.id"
                        + " AND r.kind = :kind) ORDER BY a.societyCode, a.id", Application.class)
                .setParameter("y", plan.year()).setParameter("st", RUNNING).setParameter("kind", ReportKind.EVENT_REVIEW)
                .getResultList();
        int reminders = 0;
        for (Application a : running) {
            Instant due = AssessmentRules.EventReviewReport.due(plan, a.content().event());
            if (due == null) {
                continue;
            }
            Optional<Integer> hours = ReminderSchedule.due(hoursBefore, due, now);
            if (hours.isPresent()) {
                queued[0] += notifications.reminder(a.society().value(), "REMINDER_EVENT_REPORT", "reminder:" + plan.year()
                                + ":eventReport:" + hours.get() + "h:" + a.id().value(), a.content().title(), a.id().value(),
                        LOCAL.format(due.atZone(plan.zone())));
                reminders++;
            }
        }
        return reminders;
    }
}
