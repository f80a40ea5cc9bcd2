package cn.jast.plan.domain.calendar;

import cn.jast.plan.domain.fixtures.Plans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Working days under 国办发明电〔2020〕27号 (2021) and 〔2021〕11号 (2022), IV.2. */
class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = Plans.plan2021().calendar();

    @ParameterizedTest(name = "{0} ({1}) working {2}")
    @CsvSource({
            // make-up working days of 2021
            "2021-02-07, Sun, true",
            "2021-02-20, Sat, true",
            "2021-04-25, Sun, true",
            "2021-05-08, Sat, true",
            "2021-09-18, Sat, true",
            "2021-09-26, Sun, true",
            "2021-10-09, Sat, true",
            // holidays of 2021 on weekdays
            "2021-01-01, Fri, false",
            "2021-02-11, Thu, false",
            "2021-02-17, Wed, false",
            "2021-04-05, Mon, false",
            "2021-05-03, Mon, false",
            "2021-05-05, Wed, false",
            "2021-06-14, Mon, false",
            "2021-09-20, Mon, false",
            "2021-09-21, Tue, false",
            "2021-10-01, Fri, false",
            "2021-10-04, Mon, false",
            "2021-10-05, Tue, false",
            "2021-10-06, Wed, false",
            "2021-10-07, Thu, false",
            // ordinary days
            "2021-10-08, Fri, true",
            "2021-10-10, Sun, false",
            "2021-02-18, Thu, true",
            "2021-05-28, Fri, true",
            "2021-06-12, Sat, false",
            "2021-05-29, Sat, false",
            // 2022 (year-end work runs into it)
            "2022-01-03, Mon, false",
            "2022-01-29, Sat, true",
            "2022-01-30, Sun, true",
            "2022-02-04, Fri, false",
            "2022-04-02, Sat, true",
            "2022-04-04, Mon, false",
            "2022-05-07, Sat, true",
            "2022-10-07, Fri, false",
            "2022-10-08, Sat, true",
            "2022-10-09, Sun, true",
            "2022-12-30, Fri, true",
            "2022-12-31, Sat, false",
    })
    void theStateCouncilsArrangement(LocalDate day, String dayOfWeek, boolean working) {
        assertThat(day.getDayOfWeek().name()).startsWithIgnoringCase(dayOfWeek);
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void theNationalDayWeekIsOff() {
        for (int d = 1; d <= 7; d++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2021, 10, d))).as("2021-10-0%d", d).isFalse();
        }
        assertThat(calendar.workingDaysBetween(LocalDate.of(2021, 9, 27), LocalDate.of(2021, 10, 10))).isEqualTo(6);
    }

    @Test
    void theCalendarHoldsTheGuidesTables() {
        assertThat(calendar.firstDay()).hasToString("2021-01-01");
        assertThat(calendar.lastDay()).hasToString("2022-12-31");
        assertThat(calendar.workingWeekendDays()).hasSize(14);
        // 2021: 3+7+3+5+3+3+7 = 31; 2022: 3+7+3+5+3+3+7 = 31
        assertThat(calendar.holidays()).hasSize(62);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-12-31", "2023-01-01", "1999-01-01"})
    void aDayOutsideTheCalendarIsAnErrorNotAGuess(String day) {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.isWorkingDay(LocalDate.parse(day)))
                .withMessageContaining("covers 2021-01-01 to 2022-12-31");
        assertThat(calendar.covers(LocalDate.parse(day))).isFalse();
    }

    @Test
    void countingRunsOutAtTheEndOfTheCalendar() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.nthWorkingDayFrom(LocalDate.of(2022, 12, 28), 5));
        assertThat(calendar.nthWorkingDayFrom(LocalDate.of(2022, 12, 26), 5)).hasToString("2022-12-30");
    }

    @Test
    void plusWorkingDaysDoesNotCountTheDayItself() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2021, 9, 30), 1)).hasToString("2021-10-08");
        assertThat(calendar.plusWorkingDays(LocalDate.of(2021, 9, 30), 0)).hasToString("2021-09-30");
        assertThat(calendar.plusWorkingDays(LocalDate.of(2021, 2, 5), 1)).hasToString("2021-02-07");
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2021, 2, 5), -1));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.nthWorkingDayFrom(LocalDate.of(2021, 2, 5), 0));
    }

    @Test
    void anInconsistentTableIsRefused() {
        LocalDate d = LocalDate.of(2021, 2, 7);
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDayCalendar(LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31), Set.of(d), Set.of(d)));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDayCalendar(LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31), Set.of(LocalDate.of(2022, 1, 1)), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkingDayCalendar(LocalDate.of(2021, 12, 31),
                LocalDate.of(2021, 1, 1), Set.of(), Set.of()));
    }
}
