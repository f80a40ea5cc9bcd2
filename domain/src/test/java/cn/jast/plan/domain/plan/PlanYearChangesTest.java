package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanYearChanges.Change;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A corrected plan-year file is answered with what it changes, and nothing else. */
class PlanYearChangesTest {

    @Test
    void theSameFileChangesNothing() {
        assertThat(PlanYearChanges.between(Plans.plan2021(), PlanYearReader.read(Plans.plan2021Text(), "same.json"))
                .isEmpty()).isTrue();
    }

    @Test
    void aCorrectedClosingTimeQuotaAndThresholdAreEachOneChange() {
        String text = Plans.plan2021Text()
                .replace("\"closes\": \"2021-05-28T17:00\"", "\"closes\": \"2021-05-27T17:00\"")
                .replace("\"firstClassMinStaff\": 5", "\"firstClassMinStaff\": 6")
                .replace("{ \"code\": \"POP_TALENT_TEAMS\", \"quota\": 20,", "{ \"code\": \"POP_TALENT_TEAMS\", \"quota\": 22,");

        PlanYearChanges changes = PlanYearChanges.between(Plans.plan2021(), PlanYearReader.read(text, "corrected.json"));

        assertThat(changes.changes()).contains(
                new Change("window", "closes", "2021-05-28T17:00", "2021-05-27T17:00"),
                new Change("threshold", "firstClassMinStaff", "5", "6"));
        assertThat(changes.changes()).filteredOn(c -> c.what().equals("quota")).singleElement()
                .satisfies(c -> assertThat(c.after()).endsWith("22"));
        assertThat(changes.changes()).filteredOn(c -> c.what().equals("subProject")).singleElement()
                .satisfies(c -> assertThat(c.key()).endsWith("quota"));
        assertThat(changes.changes()).hasSize(4);
    }
}
