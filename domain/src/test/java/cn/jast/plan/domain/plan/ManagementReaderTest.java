package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.fixtures.Plans;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan file's {@code management} member, read strictly. */
class ManagementReaderTest {

    @Test
    void the2021PlanSetsWhatFollowsSubmission() {
        ManagementSettings m = Plans.plan2021().management();
        assertThat(m.assessment().resultsPublicityWorkingDays()).isEqualTo(5);
        assertThat(m.assessment().thinkTankMinProposals()).isEqualTo(3);
        assertThat(m.midTerm()).isEqualTo(MidTermPolicy.RECTIFY);
        assertThat(m.funding().amountFor("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND")).contains(new BigDecimal("100000"));
        assertThat(m.funding().amountFor("FIRST_CLASS", null)).isEmpty();
        assertThat(m.funding().amountFor("FEATURED", "FEATURED_ACADEMIC")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"midTerm\": { \"onFailure\": \"RECTIFY\" }|\"midTerm\": { \"onFailure\": \"MAYBE\" }|management.midTerm.onFailure",
            "\"thinkTankMinProposals\": 3|\"thinkTankMinProposals\": 3.5|management.assessment.thinkTankMinProposals",
            "\"POP_RESOURCES\": [|\"POP_NOTHING\": [|management.assessment.byProject.POP_NOTHING",
            "\"MEMBERS_HOME\": 50000|\"MEMBERS_HOME\": -1|management.funding.amounts.MEMBERS_HOME",
            "\"applicantVisibleToReviewers\": false|\"applicantVisibleToReviewers\": false, \"colour\": 1|management.review.colour",
            "\"weight\": 30|\"weight\": 0|management.review.criteria[0]"})
    void aBadMemberIsNamed(String from, String to, String field) {
        String text = Plans.plan2021Text().replace(from, to);
        assertThat(text).isNotEqualTo(Plans.plan2021Text());
        assertThatThrownBy(() -> PlanYearReader.read(text, "bad.json"))
                .isInstanceOf(PlanFileException.class)
                .satisfies(e -> assertThat(((PlanFileException) e).field()).isEqualTo(field));
    }

    @Test
    void categoriesOneAndTwoGetNoAmount() {
        String text = Plans.plan2021Text().replace("\"MEMBERS_HOME\": 50000", "\"MEMBERS_HOME\": 50000, \"FEATURED\": 1000");
        assertThatThrownBy(() -> PlanYearReader.read(text, "bad.json"))
                .isInstanceOf(PlanFileException.class).hasMessageContaining("FEATURED").hasMessageContaining("II.1");
    }

    @Test
    void aPlanWithoutTheMemberIsNotConfigured() {
        ManagementSettings m = Plans.plan2022().management();
        assertThat(m.review().overallScoreOnly()).isTrue();
        assertThat(m.assessment().general()).isEmpty();
        assertThat(m.funding().byProject()).isEmpty();
    }
}
