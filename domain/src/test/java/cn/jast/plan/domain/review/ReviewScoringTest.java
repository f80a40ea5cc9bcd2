package cn.jast.plan.domain.review;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYearReader;
import cn.jast.plan.domain.support.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Score sheets by the plan year's criteria, how sheets combine, and when allocation may run. */
class ReviewScoringTest {
    private static final PlanYear PLAN = Plans.plan2021();

    private static Map<String, BigDecimal> sheet(String goals, String foundation, String feasibility, String impact) {
        return Map.of("GOALS", new BigDecimal(goals), "FOUNDATION", new BigDecimal(foundation),
                "FEASIBILITY", new BigDecimal(feasibility), "IMPACT", new BigDecimal(impact));
    }

    @Test
    void theReviewIsSetByThePlanYear() {
        assertThat(PLAN.review().expertsPerApplication()).isEqualTo(3);
        assertThat(PLAN.management().review().criteria()).extracting(c -> c.code())
                .containsExactly("GOALS", "FOUNDATION", "FEASIBILITY", "IMPACT");
        assertThat(PLAN.management().review().applicantVisibleToReviewers()).isFalse();
    }

    @Test
    void aSheetTotalIsTheWeightedMeanOnTheScaleOfTheMaxScore() {
        // (30*8/10 + 25*9/10 + 25*7/10 + 20*10/10) / 100 * 100 = 24 + 22.5 + 17.5 + 20 = 84
        ScoreSheet s = ScoreSheet.of(PLAN, "A-1", "e1", sheet("8", "9", "7", "10"), null);
        assertThat(s.total()).isEqualByComparingTo("84");
        assertThat(ScoreSheet.of(PLAN, "A-1", "e1", sheet("10", "10", "10", "10"), null).total()).isEqualByComparingTo("100");
        assertThat(ScoreSheet.of(PLAN, "A-1", "e1", sheet("0", "0", "0", "0"), null).total()).isEqualByComparingTo("0");
    }

    @Test
    void everyBadCriterionIsNamed() {
        Map<String, BigDecimal> bad = Map.of("GOALS", new BigDecimal("11"), "FOUNDATION", new BigDecimal("-1"),
                "IMPACT", new BigDecimal("5.125"), "NOVELTY", BigDecimal.ONE);
        assertThatThrownBy(() -> ScoreSheet.of(PLAN, "A-1", "e1", bad, null))
                .isInstanceOf(ScoreSheet.Refused.class)
                .satisfies(e -> assertThat(((ScoreSheet.Refused) e).errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("criteria.NOVELTY", "criteria.GOALS", "criteria.FOUNDATION",
                                "criteria.FEASIBILITY", "criteria.IMPACT"));
    }

    @Test
    void anOverallScoreIsRefusedWhereThePlanScoresByCriteria() {
        assertThatThrownBy(() -> ScoreSheet.of(PLAN, "A-1", "e1", Map.of(), new BigDecimal("80")))
                .isInstanceOf(ScoreSheet.Refused.class)
                .satisfies(e -> assertThat(((ScoreSheet.Refused) e).errors()).extracting(FieldError::field)
                        .contains("score"));
    }

    @Test
    void aPlanWithoutCriteriaTakesOneOverallScore() {
        PlanYear old = Plans.plan2022();
        assertThat(old.management().review().overallScoreOnly()).isTrue();
        assertThat(ScoreSheet.of(old, "A-1", "e1", null, new BigDecimal("8.65")).total()).isEqualByComparingTo("8.65");
        assertThatThrownBy(() -> ScoreSheet.of(old, "A-1", "e1", null, new BigDecimal("10.01")))
                .isInstanceOf(ScoreSheet.Refused.class);
    }

    @Test
    void threeSheetsAreAveragedAndFiveLoseTheirExtremes() {
        assertThat(ReviewScoring.combine(PLAN, List.of(new BigDecimal("84"), new BigDecimal("90"),
                new BigDecimal("40")))).isEqualByComparingTo("71.333");
        // from 5 sheets on (plan data) the highest and lowest are left out: (80 + 82 + 84) / 3
        assertThat(ReviewScoring.combine(PLAN, List.of(new BigDecimal("80"), new BigDecimal("20"),
                new BigDecimal("82"), new BigDecimal("99"), new BigDecimal("84")))).isEqualByComparingTo("82");
        String text = Plans.plan2021Text().replace("\"trimExtremesFromExperts\": 5", "\"trimExtremesFromExperts\": 0");
        PlanYear noTrim = PlanYearReader.read(text, "no-trim.json");
        assertThat(ReviewScoring.combine(noTrim, List.of(new BigDecimal("80"), new BigDecimal("20"),
                new BigDecimal("82"), new BigDecimal("99"), new BigDecimal("84")))).isEqualByComparingTo("73");
    }

    @Test
    void allocationWaitsForEverySheetOrAnException() {
        Map<String, Integer> sheets = Map.of("A-1", 3, "A-2", 2, "A-3", 0);
        assertThat(AllocationGate.blockers(PLAN, sheets, Map.of())).extracting(AllocationGate.Blocker::applicationId)
                .containsExactly("A-2", "A-3");
        assertThat(AllocationGate.blockers(PLAN, sheets, Map.of("A-2", "第三位专家回避，无替补")))
                .extracting(AllocationGate.Blocker::applicationId).containsExactly("A-3");
        // an application with no score at all cannot be ranked, exception or not
        assertThat(AllocationGate.blockers(PLAN, sheets, Map.of("A-2", "理由", "A-3", "理由")))
                .extracting(AllocationGate.Blocker::applicationId).containsExactly("A-3");
        assertThat(AllocationGate.blockers(PLAN, Map.of("A-1", 3), Map.of())).isEmpty();
    }

    @Test
    void conflictsOfInterestAreAllReported() {
        ReviewerProfile expert = new ReviewerProfile("e1", Set.of("S-0001"), "江苏省 示例学会",
                Set.of("S-0009"), Set.of("A-7"));
        assertThat(AssignmentRules.evaluate(new AssignmentContext(PLAN, expert, "A-1", "S-0001", "江苏省示例学会"))
                .violations()).extracting(v -> v.rule()).containsExactly("REVIEW-COI-1", "REVIEW-COI-2");
        assertThat(AssignmentRules.evaluate(new AssignmentContext(PLAN, expert, "A-2", "S-0009", "另一学会"))
                .violations()).extracting(v -> v.rule()).containsExactly("REVIEW-COI-3");
        assertThat(AssignmentRules.evaluate(new AssignmentContext(PLAN, expert, "A-7", "S-0003", "第三学会"))
                .violations()).extracting(v -> v.rule()).containsExactly("REVIEW-COI-3");
        assertThat(AssignmentRules.evaluate(new AssignmentContext(PLAN, expert, "A-3", "S-0003", "第三学会"))
                .admissible()).isTrue();
        assertThat(AssignmentRules.evaluate(new AssignmentContext(PLAN, ReviewerProfile.unknown("e2"), "A-1",
                "S-0001", "江苏省示例学会")).admissible()).isTrue();
        assertThat(AssignmentRules.all()).allSatisfy(r -> assertThat(r.clause()).isEqualTo("IV.2"));
    }
}
