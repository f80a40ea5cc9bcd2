package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.fixtures.Plans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The reminders before the deadlines of V.2 as plan-year data (JAST's choice; the guide sets none). */
class ReminderScheduleTest {
    static final PlanYear PLAN = PlanYearReader.read(Plans.plan2021Text(), "plan-2021.json");

    @Test
    void the2021FileReminds72And24HoursBeforeEachDeadline() {
        assertThat(PLAN.reminders().hoursBeforeClosing()).containsExactly(72, 24);
        assertThat(PLAN.reminders().hoursBeforePaperDeadline()).containsExactly(72, 24);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2021-05-25T16:59,",
            "2021-05-25T17:00, 72",
            "2021-05-27T16:59, 72",
            "2021-05-27T17:00, 24",
            "2021-05-28T16:59, 24",
            "2021-05-28T17:00,",
    })
    void theReminderDueIsTheNearestOfThoseWhoseTimeHasCome(String shanghai, Integer expected) {
        Instant closes = PLAN.window().closesAt();
        assertThat(ReminderSchedule.due(PLAN.reminders().hoursBeforeClosing(), closes, Plans.shanghai(shanghai)))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void offsetsAreSortedFarthestFirstAndCheckedWhenMadeInCode() {
        assertThat(new ReminderSchedule(List.of(24, 72, 1), List.of()).hoursBeforeClosing()).containsExactly(72, 24, 1);
        assertThatIllegalArgumentException().isThrownBy(() -> new ReminderSchedule(List.of(0), List.of()))
                .withMessageStartingWith("hoursBeforeClosing");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReminderSchedule(List.of(), List.of(5, 5)))
                .withMessageStartingWith("hoursBeforePaperDeadline");
        assertThat(ReminderSchedule.none().hoursBeforeClosing()).isEmpty();
    }
}
