package cn.jast.plan.domain.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** COND-PEOPLES_HEALTH-1 (III.9.3(2)) and COND-DEVELOPMENT_SUPPORT-1 (III.10.2(5)). */
class PeoplesHealthAndDevelopmentSupportConditionsTest {

    @ParameterizedTest(name = "activities in Jiangsu {0} -> passes {1}")
    @CsvSource(nullValues = "null", value = {"true, true", "false, false", "null, false"})
    void elderlyHealthActivitiesTakePlaceInJiangsu(Boolean inJiangsu, boolean passes) {
        assertThat(violated(check(aSociety(), anApplication("PEOPLES_HEALTH", "HEALTH_ELDERLY").activitiesInJiangsu(inJiangsu))))
                .isEqualTo(passes ? List.of() : List.of("COND-PEOPLES_HEALTH-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEALTH_POLICY_RESEARCH", "HEALTH_THEMATIC_ACTION"})
    void theOtherHealthSubProjectsDoNotAsk(String sub) {
        assertThat(violated(check(aSociety(), anApplication("PEOPLES_HEALTH", sub).activitiesInJiangsu(null)))).isEmpty();
    }

    @ParameterizedTest(name = "professional staff {0} -> passes {1}")
    @CsvSource(nullValues = "null", value = {"true, true", "false, false", "null, false"})
    void developmentSupportNeedsProfessionalSecretariatStaff(Boolean professional, boolean passes) {
        assertThat(violated(check(aSociety().professionalSecretariatStaff(professional), anApplication("DEVELOPMENT_SUPPORT"))))
                .isEqualTo(passes ? List.of() : List.of("COND-DEVELOPMENT_SUPPORT-1"));
    }

    @Test
    void professionalStaffIsNotAskedOfOtherCategories() {
        assertThat(violated(check(aSociety().professionalSecretariatStaff(false), anApplication("MEMBERS_HOME")))).isEmpty();
    }
}
