package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.fixtures.Societies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** COND-FIRST_CLASS-1 (III.1.2(1)) and COND-FIRST_CLASS-2 (III.1.2(2), 5 staff of whom 2 full-time in 2021). */
class FirstClassConditionsTest {

    private static List<String> brokenBy(Societies.Builder society) {
        return violated(check(society, anApplication("FIRST_CLASS")));
    }

    @ParameterizedTest(name = "working group {0}, branch {1} -> passes {2}")
    @CsvSource(nullValues = "null", value = {
            "true,  true,  true",
            "false, true,  false",
            "true,  false, false",
            "false, false, false",
            "null,  true,  false",
            "true,  null,  false",
    })
    void partyWorkingGroupAndIndependentBranch(Boolean group, Boolean branch, boolean passes) {
        assertThat(brokenBy(aSociety().partyWorkingGroup(group).independentPartyBranch(branch)))
                .isEqualTo(passes ? List.of() : List.of("COND-FIRST_CLASS-1"));
    }

    @Test
    void withoutPartyBranch() {
        assertThat(brokenBy(aSociety().withoutPartyBranch())).containsExactly("COND-FIRST_CLASS-1");
    }

    @ParameterizedTest(name = "{0} full-time + {1} part-time -> passes {2}")
    @CsvSource(nullValues = "null", value = {
            "2,    3,    true",
            "5,    0,    true",
            "3,    2,    true",
            "10,   10,   true",
            "2,    2,    false",
            "4,    0,    false",
            "1,    4,    false",
            "0,    9,    false",
            "null, 5,    false",
            "5,    null, false",
    })
    void aTeamOfFiveWithTwoFullTime(Integer fullTime, Integer partTime, boolean passes) {
        assertThat(brokenBy(aSociety().staff(fullTime, partTime)))
                .isEqualTo(passes ? List.of() : List.of("COND-FIRST_CLASS-2"));
    }

    @Test
    void missingStaffFails() {
        assertThat(brokenBy(aSociety().withoutStaff())).containsExactly("COND-FIRST_CLASS-2");
    }

    @Test
    void theMessageGivesThePlanYearsNumbers() {
        Violation v = check(aSociety().withoutStaff(), anApplication("FIRST_CLASS")).violations().get(0);
        assertThat(v.clause()).isEqualTo("III.1.2(2)");
        assertThat(v.message().zh()).contains("不少于 5 人").contains("专职不少于 2 人");
    }

    @Test
    void theseConditionsBindOnlyFirstClass() {
        assertThat(violated(check(aSociety().withoutPartyBranch().withoutStaff(), anApplication("MEMBERS_HOME")))).isEmpty();
    }
}
