package cn.jast.plan.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The period of a public notice (公示), IV.2: "公示时间不少于5个工作日".
 *
 * <p>Interpretation (GUIDE-2021.md, IV.2): a notice published on a working day counts that day as
 * its first working day; one published on another day starts counting on the next working day.
 * It ends at 24:00 of its last working day; objections are accepted until then.
 *
 * @param firstDay  the day of publication
 * @param lastDay   the last working day of the notice
 * @param workingDays how many working days it lasts
 */
public record PublicityPeriod(LocalDate firstDay, LocalDate lastDay, int workingDays, ZoneId zone) {
    public PublicityPeriod {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(zone, "zone");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a notice cannot end before it starts");
        }
    }

    /** A notice of the given number of working days published on {@code published}. */
    public static PublicityPeriod starting(LocalDate published, int workingDays, WorkingDayCalendar calendar,
                                           ZoneId zone) {
        return new PublicityPeriod(published, calendar.nthWorkingDayFrom(published, workingDays), workingDays, zone);
    }

    /** The first instant after the notice: 00:00 of the day after its last working day. */
    public Instant endsAt() {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isRunningAt(Instant at) {
        return !at.isBefore(firstDay.atStartOfDay(zone).toInstant()) && at.isBefore(endsAt());
    }

    public boolean isOverAt(Instant at) {
        return !at.isBefore(endsAt());
    }
}
