package cn.jast.plan.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The numbers that the guide's rules compare against, read from the plan-year file so that no
 * rule holds a number of its own.
 *
 * @param firstClassMinStaff             COND-FIRST_CLASS-2 (III.1.2(2)): smallest team, full- and part-time together
 * @param firstClassMinFullTimeStaff     COND-FIRST_CLASS-2: smallest number of full-time staff within it
 * @param internationalMinForeignPercent COND-ACADEMIC_EXCHANGE-3 (III.3.2(2)): foreign participants, percent of all
 * @param internationalMinCountries      COND-ACADEMIC_EXCHANGE-4 (III.3.2(2)): countries or regions (a warning)
 * @param eventsCompletedBy              COND-ACADEMIC_EXCHANGE-2 (III.3.2(8)): last day on which an event may end
 * @param eventReportWithinMonths        III.3.2(8): the event review report is due this many months after the event
 * @param publicityWorkingDays           IV.2: shortest public notice, in working days
 * @param failedAssessmentBarYears       ELIG-5 (IV.2): how many plan years a failure bars the same category
 * @param journalPlanYears               COND-QUALITY_JOURNAL-2 (III.6.1(2)2)): the years a new journal's development plan spans
 */
public record Thresholds(int firstClassMinStaff, int firstClassMinFullTimeStaff,
                         BigDecimal internationalMinForeignPercent, int internationalMinCountries,
                         LocalDate eventsCompletedBy, int eventReportWithinMonths,
                         int publicityWorkingDays, int failedAssessmentBarYears, int journalPlanYears) {
    public Thresholds {
        Objects.requireNonNull(internationalMinForeignPercent, "internationalMinForeignPercent");
        Objects.requireNonNull(eventsCompletedBy, "eventsCompletedBy");
        if (publicityWorkingDays < 1) {
            throw new IllegalArgumentException("publicityWorkingDays must be at least 1");
        }
    }
}
