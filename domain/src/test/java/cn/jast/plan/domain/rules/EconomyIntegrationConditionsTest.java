package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.content.ServedUnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static cn.jast.plan.domain.fixtures.Applications.ECONOMY_A_EVIDENCE;
import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** COND-ECONOMY_INTEGRATION-1 (III.8.2(1)) and -2 (III.8.2(2)). */
class EconomyIntegrationConditionsTest {

    @Test
    void allFiveKindsOfEvidencePass() {
        assertThat(violated(check(aSociety(), anApplication("ECONOMY_INTEGRATION", "ECONOMY_A")
                .attachments(ECONOMY_A_EVIDENCE.toArray(AttachmentKind[]::new))))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = AttachmentKind.class, names = {"ORIGINAL_CONTRACT", "RESULTS_ACHIEVED", "SERVICE_EVIDENCE",
            "TEAM_LIST", "SERVED_UNIT_FEEDBACK"})
    void fourOfTheFiveFail(AttachmentKind missing) {
        assertThat(violated(check(aSociety(), anApplication("ECONOMY_INTEGRATION", "ECONOMY_A").withoutAttachment(missing))))
                .containsExactly("COND-ECONOMY_INTEGRATION-1");
    }

    @Test
    void noAttachmentsFail() {
        assertThat(violated(check(aSociety(), anApplication("ECONOMY_INTEGRATION", "ECONOMY_A").withoutAttachments())))
                .containsExactly("COND-ECONOMY_INTEGRATION-1");
    }

    @ParameterizedTest(name = "{0} / {1} / in Jiangsu {2} -> passes {3}")
    @CsvSource(nullValues = "null", value = {
            "示例机械有限公司, ENTERPRISE,        true,  true",
            "示例科技园区,     PARK,              true,  true",
            "示例人民医院,     HOSPITAL,          true,  true",
            "示例农村合作社,   RURAL_COOPERATIVE, true,  true",
            "示例社区卫生站,   OTHER_GRASSROOTS,  true,  true",
            "null,             PARK,              true,  false",
            "'  ',             PARK,              true,  false",
            "示例科技园区,     null,              true,  false",
            "示例科技园区,     PARK,              false, false",
            "示例科技园区,     PARK,              null,  false",
    })
    void aNamedGrassrootsUnitInJiangsu(String name, ServedUnitKind kind, Boolean inJiangsu, boolean passes) {
        assertThat(violated(check(aSociety(), anApplication("ECONOMY_INTEGRATION", "ECONOMY_B").servedUnit(name, kind, inJiangsu))))
                .isEqualTo(passes ? List.of() : List.of("COND-ECONOMY_INTEGRATION-2"));
    }

    @Test
    void noServedUnitFails() {
        assertThat(violated(check(aSociety(), anApplication("ECONOMY_INTEGRATION", "ECONOMY_B").withoutServedUnit())))
                .containsExactly("COND-ECONOMY_INTEGRATION-2");
    }

    @Test
    void eachClassHasOnlyItsOwnCondition() {
        assertThat(violated(check(aSociety(), anApplication("ECONOMY_INTEGRATION", "ECONOMY_B").withoutAttachments())))
                .isEmpty();
        assertThat(violated(check(aSociety(), anApplication("ECONOMY_INTEGRATION", "ECONOMY_A").withoutServedUnit())))
                .isEmpty();
    }
}
