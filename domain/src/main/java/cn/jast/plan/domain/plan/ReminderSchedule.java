package cn.jast.plan.domain.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When JAST reminds societies of the deadlines of V.2 (the electronic submission closing, the stamped
 * paper copy): so many hours before each. The guide sets the deadlines ("5 月 28 日 17:00 时关闭项目申报系统",
 * the paper copy by 5 月 31 日) but says nothing of reminders: the hours are JAST's choice, plan-year data
 * ({@code submission.remindHoursBefore} of the plan file; 72 h and 24 h in 2021). A plan file without
 * them reminds no one.
 */
public record ReminderSchedule(List<Integer> hoursBeforeClosing, List<Integer> hoursBeforePaperDeadline) {

    public ReminderSchedule {
        hoursBeforeClosing = sortedDescending(hoursBeforeClosing, "hoursBeforeClosing");
        hoursBeforePaperDeadline = sortedDescending(hoursBeforePaperDeadline, "hoursBeforePaperDeadline");
    }

    /** No reminders. */
    public static ReminderSchedule none() {
        return new ReminderSchedule(List.of(), List.of());
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
