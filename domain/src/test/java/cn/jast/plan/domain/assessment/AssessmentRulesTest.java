package cn.jast.plan.domain.assessment;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.fixtures.Events;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYearReader;
import cn.jast.plan.domain.rules.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.ids;
import static cn.jast.plan.domain.fixtures.Plans.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule book at the decision point "assessment" (IV.2, III), each rule at its boundary. */
class AssessmentRulesTest {
    private static final PlanYear PLAN = Plans.plan2021();
    private static final AssessmentRules RULES = AssessmentRules.forPlan(PLAN);
    private static int reportIds;

    private static ProjectReport report(ReportKind kind, Instant at) {
        return new ProjectReport("R-" + (++reportIds), "A-1", kind, "报告", List.of(), at);
    }

    private static ProjectReport summary() {
        return report(ReportKind.FINAL_SUMMARY, shanghai("2021-12-10T10:00"));
    }

    private static Evaluation assess(ApplicationContent content, AssessmentEvidence evidence, ProjectReport... reports) {
        return RULES.evaluate(new AssessmentContext(PLAN, content, List.of(reports), evidence));
    }

    private static AssessmentEvidence showing(Achievement... shown) {
        Map<Achievement, List<String>> m = new EnumMap<>(Achievement.class);
        for (Achievement a : shown) {
            m.put(a, List.of("att-" + a));
        }
        return new AssessmentEvidence(null, null, null, null, m);
    }

    @Test
    void everyProjectNeedsItsSummaryReport() {
        ApplicationContent members = anApplication("MEMBERS_HOME").build();
        assertThat(ids(assess(members, AssessmentEvidence.NONE).violations())).containsExactly("ASSESS-SUMMARY_REPORT");
        assertThat(assess(members, AssessmentEvidence.NONE, summary()).admissible()).isTrue();
    }

    @ParameterizedTest(name = "event ends 2021-10-17, report filed {0}: met {1}")
    @CsvSource({
            "2021-10-18T09:00, true",
            "2021-11-17T23:59:59, true",
            "2021-11-18T00:00, false",
            "2021-12-01T10:00, false"})
    void theEventReviewReportIsDueExactlyOneMonthAfterTheEvent(String filed, boolean met) {
        ApplicationContent exchange = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").build();
        Evaluation e = assess(exchange, AssessmentEvidence.NONE, summary(),
                report(ReportKind.EVENT_REVIEW, shanghai(filed)));
        assertThat(e.breaks("ASSESS-EVENT_REPORT")).isEqualTo(!met);
    }

    @Test
    void noEventReviewReportBreaksTheRule() {
        ApplicationContent exchange = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").build();
        Evaluation e = assess(exchange, AssessmentEvidence.NONE, summary());
        assertThat(ids(e.violations())).containsExactly("ASSESS-EVENT_REPORT");
        assertThat(e.violations().get(0).clause()).isEqualTo("III.3.2(8)");
        assertThat(e.violations().get(0).message().zh()).isEqualTo("会后一个月须提交项目评述报告");
    }

    @ParameterizedTest(name = "{1} of {0} actual foreign participants: met {2}")
    @CsvSource({"300, 15, true", "300, 14, false", "20, 1, true", "0, 0, true"})
    void theForeignShareIsCheckedAgainOnTheActualParticipants(int all, int foreign, boolean met) {
        // planned 300/15 passed at submission; the assessment reads what happened
        ApplicationContent exchange = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END")
                .withEvent(Events.anEvent().international(300, 15, 5)).build();
        Evaluation e = assess(exchange, new AssessmentEvidence(all, foreign, 6, null, Map.of()), summary(),
                report(ReportKind.EVENT_REVIEW, shanghai("2021-11-01T10:00")));
        assertThat(e.breaks("COND-ACADEMIC_EXCHANGE-3")).isEqualTo(!met);
    }

    @Test
    void anInternationalEventWithoutActualFiguresShowsNothing() {
        ApplicationContent exchange = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END")
                .withEvent(Events.anEvent().international(300, 15, 5)).build();
        Evaluation e = assess(exchange, AssessmentEvidence.NONE, summary(),
                report(ReportKind.EVENT_REVIEW, shanghai("2021-11-01T10:00")));
        assertThat(ids(e.violations())).containsExactly("COND-ACADEMIC_EXCHANGE-3");
        assertThat(ids(e.warnings())).containsExactly("COND-ACADEMIC_EXCHANGE-4");
        assertThat(e.violations().get(0).message().zh()).contains("5%").contains("实际");
    }

    @ParameterizedTest(name = "{0} actual countries: warned {1}")
    @CsvSource({"5, false", "4, true"})
    void fewerThanFiveActualCountriesIsAWarning(int countries, boolean warned) {
        ApplicationContent exchange = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END")
                .withEvent(Events.anEvent().international(300, 15, 5)).build();
        Evaluation e = assess(exchange, new AssessmentEvidence(300, 30, countries, null, Map.of()), summary(),
                report(ReportKind.EVENT_REVIEW, shanghai("2021-11-01T10:00")));
        assertThat(e.admissible()).isTrue();
        assertThat(e.warns("COND-ACADEMIC_EXCHANGE-4")).isEqualTo(warned);
    }

    @ParameterizedTest(name = "{0} proposals, endorsement {1}: met {2}")
    @CsvSource({"2, true, false", "3, true, true", "10, true, true", "3, false, false", ", true, false"})
    void aThinkTankSubmitsAtLeastThreeProposalsAndHasAnEndorsement(Integer proposals, boolean endorsed, boolean met) {
        ApplicationContent thinkTank = anApplication("FEATURED", "FEATURED_THINK_TANK").build();
        Map<Achievement, List<String>> shown = endorsed
                ? Map.of(Achievement.LEADER_ENDORSEMENT, List.of("att-1")) : Map.of();
        Evaluation e = assess(thinkTank, new AssessmentEvidence(null, null, null, proposals, shown), summary());
        assertThat(e.breaks("ASSESS-THINK_TANK")).isEqualTo(!met);
        assertThat(e.admissible()).isEqualTo(met);
    }

    @Test
    void anEndorsementClaimedWithoutEvidenceShowsNothing() {
        ApplicationContent thinkTank = anApplication("FEATURED", "FEATURED_THINK_TANK").build();
        Evaluation e = assess(thinkTank, new AssessmentEvidence(null, null, null, 3,
                Map.of(Achievement.LEADER_ENDORSEMENT, List.of())), summary());
        assertThat(e.breaks("ASSESS-THINK_TANK")).isTrue();
    }

    @ParameterizedTest(name = "{0}/{1} needs {3} ({2})")
    @CsvSource({
            "FIRST_CLASS, , NATIONAL_OR_PROVINCIAL_RECOGNITION, ASSESS-RECOGNITION, III.1.2(5)",
            "POPULARIZATION, POP_TALENT_TEAMS, TEAM_PARTICIPATION, ASSESS-TEAM_PARTICIPATION, III.4.2(1)",
            "POPULARIZATION, POP_RESOURCES, RESOURCE_FINISHED, ASSESS-RESOURCE_FINISHED, III.4.2(2)",
            "SERVICE_PLATFORM, PLATFORM_STANDARDS, STANDARD_PUBLISHED, ASSESS-STANDARD_PUBLISHED, III.5.1",
            "SERVICE_PLATFORM, PLATFORM_AWARDS, AWARD_ROUND_COMPLETED, ASSESS-AWARD_ROUND, III.5.4",
            "SERVICE_PLATFORM, PLATFORM_POLICY_ADVICE, RESULTS_ADOPTED, ASSESS-POLICY_ADOPTED, III.5.5",
            "PEOPLES_HEALTH, HEALTH_POLICY_RESEARCH, RESULTS_ADOPTED, ASSESS-HEALTH_RESEARCH_ADOPTED, III.9.1"})
    void eachTargetIsShownWithEvidence(String category, String subProject, Achievement achievement, String rule,
                                       String clause) {
        ApplicationContent content = anApplication(category, subProject).build();
        Evaluation without = assess(content, AssessmentEvidence.NONE, summary());
        assertThat(ids(without.violations())).containsExactly(rule);
        assertThat(without.violations().get(0).clause()).isEqualTo(clause);
        assertThat(assess(content, showing(achievement), summary()).admissible()).isTrue();
        // another achievement is no substitute
        Achievement other = achievement == Achievement.RESULTS_ADOPTED ? Achievement.AWARD_ROUND_COMPLETED
                : Achievement.RESULTS_ADOPTED;
        assertThat(assess(content, showing(other), summary()).breaks(rule)).isTrue();
    }

    @Test
    void everyUnmetRequirementIsReportedNotOnlyTheFirst() {
        ApplicationContent exchange = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END")
                .withEvent(Events.anEvent().international(300, 15, 5)).build();
        Evaluation e = assess(exchange, new AssessmentEvidence(300, 14, 3, null, Map.of()));
        assertThat(ids(e.violations())).containsExactly("ASSESS-SUMMARY_REPORT", "ASSESS-EVENT_REPORT",
                "COND-ACADEMIC_EXCHANGE-3");
        assertThat(ids(e.warnings())).containsExactly("COND-ACADEMIC_EXCHANGE-4");
    }

    @Test
    void aCategoryWithoutTargetsNeedsOnlyTheSummary() {
        assertThat(RULES.rulesFor("MEMBERS_HOME", null)).extracting(r -> r.id()).containsExactly("ASSESS-SUMMARY_REPORT");
        assertThat(RULES.rulesFor("FEATURED", "FEATURED_ACADEMIC")).extracting(r -> r.id())
                .containsExactly("ASSESS-SUMMARY_REPORT");
    }

    @Test
    void theNumbersComeFromThePlanYear() {
        String text = Plans.plan2021Text().replace("\"thinkTankMinProposals\": 3", "\"thinkTankMinProposals\": 5")
                .replace("\"eventReportWithinMonths\": 1", "\"eventReportWithinMonths\": 2");
        PlanYear other = PlanYearReader.read(text, "plan-2021-changed.json");
        AssessmentRules rules = AssessmentRules.forPlan(other);
        ApplicationContent thinkTank = anApplication("FEATURED", "FEATURED_THINK_TANK").build();
        AssessmentEvidence three = new AssessmentEvidence(null, null, null, 3,
                Map.of(Achievement.LEADER_ENDORSEMENT, List.of("a")));
        Evaluation e = rules.evaluate(new AssessmentContext(other, thinkTank, List.of(summary()), three));
        assertThat(ids(e.violations())).containsExactly("ASSESS-THINK_TANK");
        assertThat(e.violations().get(0).message().zh()).contains("不少于 5 篇");
        ApplicationContent exchange = anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").build();
        Evaluation late = rules.evaluate(new AssessmentContext(other, exchange,
                List.of(summary(), report(ReportKind.EVENT_REVIEW, shanghai("2021-12-17T20:00"))), null));
        assertThat(late.admissible()).isTrue();
    }

    @Test
    void aPlanYearNamingAnUnknownAssessmentRuleIsRefused() {
        String text = Plans.plan2021Text().replace("\"rules\": [\"ASSESS-SUMMARY_REPORT\"]",
                "\"rules\": [\"ASSESS-SUMMARY_REPORT\", \"ASSESS-NOTHING\"]");
        PlanYear other = PlanYearReader.read(text, "plan-2021-unknown.json");
        assertThatThrownBy(() -> AssessmentRules.forPlan(other)).hasMessageContaining("ASSESS-NOTHING");
    }

    @Test
    void theCatalogueCitesEveryRule() {
        List<String> cited = new ArrayList<>();
        AssessmentRules.catalogue().values().forEach(r -> cited.add(r.id() + " " + r.clause()));
        assertThat(cited).containsExactly("ASSESS-SUMMARY_REPORT IV.2", "ASSESS-EVENT_REPORT III.3.2(8)",
                "COND-ACADEMIC_EXCHANGE-3 III.3.2(2)", "COND-ACADEMIC_EXCHANGE-4 III.3.2(2)",
                "ASSESS-THINK_TANK III.2.1(2)", "ASSESS-RECOGNITION III.1.2(5)", "ASSESS-TEAM_PARTICIPATION III.4.2(1)",
                "ASSESS-RESOURCE_FINISHED III.4.2(2)", "ASSESS-STANDARD_PUBLISHED III.5.1", "ASSESS-AWARD_ROUND III.5.4",
                "ASSESS-POLICY_ADOPTED III.5.5", "ASSESS-HEALTH_RESEARCH_ADOPTED III.9.1");
        AssessmentRules.catalogue().values().forEach(r -> {
            assertThat(r.message(PLAN).zh()).isNotBlank();
            assertThat(r.message(PLAN).en()).isNotBlank();
        });
    }
}
