package cn.jast.plan.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days under the State Council's holiday arrangement (国办发明电): Monday to Friday,
 * less the public holidays, plus the weekend days that are worked instead (调休上班).
 *
 * <p>The calendar knows only the years its data covers; asking about a day outside them is an
 * error rather than a guess, because a guessed holiday table would silently shorten a public
 * notice (IV.2).
 */
public final class WorkingDayCalendar {
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final NavigableSet<LocalDate> holidays;
    private final NavigableSet<LocalDate> workingWeekendDays;

    public WorkingDayCalendar(LocalDate firstDay, LocalDate lastDay, Set<LocalDate> holidays,
                              Set<LocalDate> workingWeekendDays) {
        this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("the calendar ends before it starts");
        }
        this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(holidays));
        this.workingWeekendDays = Collections.unmodifiableNavigableSet(new TreeSet<>(workingWeekendDays));
        for (LocalDate d : this.holidays) {
            requireCovered(d);
        }
        for (LocalDate d : this.workingWeekendDays) {
            requireCovered(d);
            if (this.holidays.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and a make-up working day");
            }
        }
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    public NavigableSet<LocalDate> workingWeekendDays() {
        return workingWeekendDays;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean isWorkingDay(LocalDate day) {
        requireCovered(day);
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The day itself when it is a working day, otherwise the next working day. */
    public LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The n-th working day counting {@code day} itself as the first when it is a working day
     * (IV.2 interpretation: a notice published on a working day counts that day).
     */
    public LocalDate nthWorkingDayFrom(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate d = firstWorkingDayFrom(day);
        for (int counted = 1; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The date n working days after {@code day} (day itself not counted); n may be 0. */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Working days from {@code from} to {@code to}, both included. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private void requireCovered(LocalDate day) {
        if (!covers(day)) {
            throw new IllegalArgumentException("the working-day calendar covers " + firstDay + " to " + lastDay
                    + ", not " + day + "; add that year's holiday arrangement to the plan-year file");
        }
    }
}
