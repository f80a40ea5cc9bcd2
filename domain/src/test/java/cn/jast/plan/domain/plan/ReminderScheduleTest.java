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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reminders before the deadlines of V.2 as plan-year data (JAST's choice; the guide sets none). */
class ReminderScheduleTest {
    static final PlanYear PLAN = PlanYearReader.read(Plans.plan2021Text(), "plan-2021.json");

    @Test
    void the2021FileReminds72And24HoursBeforeEachDeadline() {
        assertThat(PLAN.reminders().hoursBeforeClosing()).containsExactly(72, 24);
        assertThat(PLAN.reminders().hoursBeforePaperDeadline()).containsExactly(72, 24);
    }

    @Test
    void the2021FileRemindsExpertsBeforeTheScoresAreDueAndSocietiesBeforeAnEventReport() {
        assertThat(PLAN.review().scoresDue()).contains(Plans.shanghai("2021-06-25T17:00"));
        assertThat(PLAN.reminders().hoursBeforeScoresDue()).containsExactly(72, 24);
        assertThat(PLAN.reminders().hoursBeforeEventReport()).containsExactly(168, 24);
    }

    @Test
    void remindersBeforeScoresThatAreNeverDueAreRefusedNamingTheField() {
        String text = Plans.plan2021Text().replace("\"scoresDueBy\": \"2021-06-25T17:00\",", "");
        assertThat(text).isNotEqualTo(Plans.plan2021Text());
        assertThatThrownBy(() -> PlanYearReader.read(text, "plan.json"))
                .hasMessageContaining("review.remindHoursBefore").hasMessageContaining("scoresDueBy");
    }

    @Test
    void aPlanWithoutThemRemindsNoExpertAndNoReport() {
        String text = Plans.plan2021Text()
                .replace(",\n    \"scoresDueBy\": \"2021-06-25T17:00\",\n    \"remindHoursBefore\": [72, 24]", "")
                .replace(",\n    \"eventReportRemindHoursBefore\": [168, 24]", "");
        assertThat(text).doesNotContain("\"scoresDueBy\":").doesNotContain("\"eventReportRemindHoursBefore\":");
        PlanYear plan = PlanYearReader.read(text, "plan.json");
        assertThat(plan.review().scoresDue()).isEmpty();
        assertThat(plan.reminders().hoursBeforeScoresDue()).isEmpty();
        assertThat(plan.reminders().hoursBeforeEventReport()).isEmpty();
        assertThat(plan.reminders().hoursBeforeClosing()).containsExactly(72, 24);
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
