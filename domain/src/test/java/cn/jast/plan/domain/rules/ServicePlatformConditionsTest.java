package cn.jast.plan.domain.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static cn.jast.plan.domain.content.AttachmentKind.ENTRUSTMENT_AGREEMENT;
import static cn.jast.plan.domain.content.AttachmentKind.UNDERTAKING_AGREEMENT;
import static cn.jast.plan.domain.content.AttachmentKind.WORK_PLAN;
import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** COND-SERVICE_PLATFORM-1 (III.5.2(2)), -2 (III.5.3(2)), -3 (III.5.4(2)). */
class ServicePlatformConditionsTest {

    @Test
    void evaluationNeedsTheSignedEntrustmentAgreement() {
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_EVALUATION")))).isEmpty();
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_EVALUATION")
                .withoutAttachment(ENTRUSTMENT_AGREEMENT)))).containsExactly("COND-SERVICE_PLATFORM-1");
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_EVALUATION")
                .attachments(UNDERTAKING_AGREEMENT, WORK_PLAN)))).containsExactly("COND-SERVICE_PLATFORM-1");
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_EVALUATION")
                .withoutAttachments()))).containsExactly("COND-SERVICE_PLATFORM-1");
    }

    @Test
    void talentAssessmentNeedsTheSignedUndertakingAgreement() {
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_TALENT_ASSESSMENT")))).isEmpty();
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_TALENT_ASSESSMENT")
                .attachments(ENTRUSTMENT_AGREEMENT)))).containsExactly("COND-SERVICE_PLATFORM-2");
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_TALENT_ASSESSMENT")
                .withoutAttachments()))).containsExactly("COND-SERVICE_PLATFORM-2");
    }

    @Test
    void theAgreementsBindOnlyTheirOwnSubProjects() {
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_STANDARDS").withoutAttachments())))
                .isEmpty();
        assertThat(violated(check(aSociety(), anApplication("SERVICE_PLATFORM", "PLATFORM_POLICY_ADVICE").withoutAttachments())))
                .isEmpty();
    }

    @ParameterizedTest(name = "society's award {0} registered {1}, applied for {2} -> passes {3}")
    @CsvSource(nullValues = "null", value = {
            "示例科学技术奖, true,  示例科学技术奖,   true",
            "示例科学技术奖, true,  ' 示例 科学技术奖 ', true",
            "Example Award,  true,  EXAMPLE AWARD,     true",
            "示例科学技术奖, false, 示例科学技术奖,   false",
            "示例科学技术奖, null,  示例科学技术奖,   false",
            "示例科学技术奖, true,  另一个奖,         false",
            "示例科学技术奖, true,  null,             false",
    })
    void theAwardIsTheSocietysOwnAndRegistered(String societyAward, Boolean registered, String applied, boolean passes) {
        assertThat(violated(check(aSociety().award(societyAward, registered),
                anApplication("SERVICE_PLATFORM", "PLATFORM_AWARDS").awardName(applied))))
                .isEqualTo(passes ? List.of() : List.of("COND-SERVICE_PLATFORM-3"));
    }

    @Test
    void aSocietyWithoutAwardsFails() {
        assertThat(violated(check(aSociety().withoutAwards(), anApplication("SERVICE_PLATFORM", "PLATFORM_AWARDS"))))
                .containsExactly("COND-SERVICE_PLATFORM-3");
    }
}
