package cn.jast.plan.domain.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When JAST reminds people of a deadline: so many hours before each. The guide sets the deadlines of V.2
 * ("5 月 28 日 17:00 时关闭项目申报系统", the paper copy by 5 月 31 日) and of III.3.2(8) (会后一个月须提交项目评述报告)
 * but says nothing of reminders, and sets no date for the experts' scores (the review method is the
 * office's, IV.2): the hours, like the scores' due date, are JAST's choice, plan-year data. A plan file
 * without them reminds no one.
 *
 * @param hoursBeforeClosing       before the electronic deadline, to societies with drafts ({@code
 *                                 submission.remindHoursBefore.closes})
 * @param hoursBeforePaperDeadline before the paper deadline, to societies whose stamped copy is missing
 *                                 ({@code submission.remindHoursBefore.paperCopyBy})
 * @param hoursBeforeScoresDue     before the scores are due ({@code review.scoresDueBy}), to experts with an
 *                                 assignment not yet scored ({@code review.remindHoursBefore})
 * @param hoursBeforeEventReport   before an event's review report is due (ASSESS-EVENT_REPORT), to the society
 *                                 that has not filed it ({@code thresholds.eventReportRemindHoursBefore})
 */
public record ReminderSchedule(List<Integer> hoursBeforeClosing, List<Integer> hoursBeforePaperDeadline,
                               List<Integer> hoursBeforeScoresDue, List<Integer> hoursBeforeEventReport) {

    public ReminderSchedule {
        hoursBeforeClosing = sortedDescending(hoursBeforeClosing, "hoursBeforeClosing");
        hoursBeforePaperDeadline = sortedDescending(hoursBeforePaperDeadline, "hoursBeforePaperDeadline");
        hoursBeforeScoresDue = sortedDescending(hoursBeforeScoresDue, "hoursBeforeScoresDue");
        hoursBeforeEventReport = sortedDescending(hoursBeforeEventReport, "hoursBeforeEventReport");
    }

    /** Reminders of the two submission deadlines only. */
    public ReminderSchedule(List<Integer> hoursBeforeClosing, List<Integer> hoursBeforePaperDeadline) {
        this(hoursBeforeClosing, hoursBeforePaperDeadline, List.of(), List.of());
    }

    /** No reminders. */
    public static ReminderSchedule none() {
        return new ReminderSchedule(List.of(), List.of());
    }

    /** The same, with the reminders after submission. */
    public ReminderSchedule after(List<Integer> beforeScoresDue, List<Integer> beforeEventReport) {
        return new ReminderSchedule(hoursBeforeClosing, hoursBeforePaperDeadline, beforeScoresDue, beforeEventReport);
    }

    private static List<Integer> sortedDescending(List<Integer> hours, String name) {
        List<Integer> copy = new ArrayList<>(hours == null ? List.of() : hours);
        for (Integer h : copy) {
            if (h == null || h < 1 || h > 24 * 366) {
                throw new IllegalArgumentException(name + ": each offset is 1 to 8784 hours, not " + h);
            }
        }
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(name + ": an offset is given twice: " + copy);
        }
        copy.sort(Comparator.reverseOrder());
        return List.copyOf(copy);
    }

    /**
     * The reminder due at {@code now} before {@code deadline}: of the offsets whose time has come while
     * the deadline has not passed, the one nearest the deadline (a run that missed the 72 h reminder
     * sends only the 24 h one). Empty before the first and from the deadline on.
     */
    public static Optional<Integer> due(List<Integer> hoursBefore, Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Integer due = null;
        for (Integer h : hoursBefore) {
            if (!now.isBefore(deadline.minus(Duration.ofHours(h)))) {
                due = h;
            }
        }
        return Optional.ofNullable(due);
    }
}
