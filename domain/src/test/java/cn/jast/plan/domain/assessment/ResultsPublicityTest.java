package cn.jast.plan.domain.assessment;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyFacts.FailedAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.ids;
import static cn.jast.plan.domain.fixtures.Plans.shanghai;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * IV.2: the final assessment is recorded, announced like the approval list, and takes effect only when
 * its notice has ended with no objection standing; an upheld objection reopens it. A pass with a requirement
 * unmet is refused unless the office records an exception with a reason.
 */
class ResultsPublicityTest {
    private static final PlanYear PLAN = Plans.plan2021();
    private static final AssessmentRules RULES = AssessmentRules.forPlan(PLAN);
    private Society society;
    private Application project;

    @BeforeEach
    void aProjectWithItsFinalReport() {
        society = aSociety().asSociety();
        ApplicationContent content = anApplication("MEMBERS_HOME").build();
        project = Application.draft(ApplicationId.newId(), society.id(), PLAN, content, shanghai("2021-05-12T09:00"));
        Instant submitted = shanghai("2021-05-20T10:00");
        project.submit(submitted, Plans.rules2021().evaluate(new RuleContext(PLAN, society.profile(), content,
                List.of(), submitted)));
        project.recordPaperCopy(project.fingerprint(), shanghai("2021-05-31T10:00"), PLAN);
        project.startReview();
        project.recommend(true, shanghai("2021-06-08T10:00"));
        project.publish();
        PublicityNotice approval = PublicityNotice.publish("N-A", PLAN, NoticeKind.APPROVAL_LIST, "立项公示",
                List.of(project.id().value()), shanghai("2021-06-10T09:00"));
        project.approve(approval.period(), approval.period().endsAt());
        project.recordMidTermEvaluation();
        project.fileFinalReport();
    }

    private Evaluation evaluation(ProjectReport... reports) {
        return RULES.evaluate(new AssessmentContext(PLAN, project.content(), List.of(reports), null));
    }

    private ProjectReport summary() {
        return new ProjectReport("R-1", project.id().value(), ReportKind.FINAL_SUMMARY, "总结", List.of(),
                shanghai("2021-12-10T10:00"));
    }

    private PublicityNotice resultsNotice() {
        return PublicityNotice.publish("N-R", PLAN, NoticeKind.ASSESSMENT_RESULTS, "考核结果公示",
                List.of(project.id().value()), shanghai("2021-12-29T09:00"));
    }

    @Test
    void aPassWithARequirementUnmetIsRefusedNamingTheRule() {
        assertThatThrownBy(() -> FinalAssessment.record(project, evaluation(), Map.of(), true,
                shanghai("2021-12-27T15:00")))
                .isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(ids(((TransitionRefused) e).violations()))
                        .containsExactly("ASSESS-SUMMARY_REPORT"));
        assertThat(project.state()).isEqualTo(ApplicationState.FINAL_REPORT_FILED);
    }

    @Test
    void anExceptionNeedsAReason() {
        assertThatThrownBy(() -> FinalAssessment.record(project, evaluation(),
                Map.of("ASSESS-SUMMARY_REPORT", " "), true, shanghai("2021-12-27T15:00")))
                .isInstanceOf(TransitionRefused.class);
        FinalAssessment.record(project, evaluation(), Map.of("ASSESS-SUMMARY_REPORT", "总结报告随纸质材料报送，已核"),
                true, shanghai("2021-12-27T15:00"));
        assertThat(project.state()).isEqualTo(ApplicationState.PASSED);
    }

    @Test
    void aFailureNeedsNoRuleToBeMet() {
        FinalAssessment.record(project, evaluation(), Map.of(), false, shanghai("2021-12-27T15:00"));
        assertThat(project.state()).isEqualTo(ApplicationState.FAILED);
    }

    @Test
    void aFailureTakesEffectOnlyAfterItsNoticeEnds() {
        FinalAssessment.record(project, evaluation(summary()), Map.of(), false, shanghai("2021-12-27T15:00"));
        // recorded, not yet in effect: the society is not barred, the funding is not decided
        assertThat(society.profile().failedAssessments()).isEmpty();
        PublicityNotice notice = resultsNotice();
        // 2021-12-29 (Wed) .. 2022-01-05: 01-01..01-03 are holidays
        assertThat(notice.period().workingDays()).isEqualTo(5);
        assertThat(notice.period().lastDay()).hasToString("2022-01-05");
        assertThatThrownBy(() -> FinalAssessment.takeEffect(PLAN, notice, List.of(), project, society,
                shanghai("2022-01-05T23:59:59"))).isInstanceOf(TransitionRefused.class);
        assertThat(society.profile().failedAssessments()).isEmpty();
        assertThat(project.state()).isEqualTo(ApplicationState.FAILED);

        FundingDecision d = FinalAssessment.takeEffect(PLAN, notice, List.of(), project, society,
                shanghai("2022-01-06T00:00"));
        assertThat(d.outcome()).isEqualTo(FundingDecision.Outcome.CANCELLED);
        assertThat(project.state()).isEqualTo(ApplicationState.FUNDING_CANCELLED);
        assertThat(society.profile().failedAssessments()).containsExactly(new FailedAssessment(2021, "MEMBERS_HOME"));
    }

    @Test
    void aPassTakesEffectWithThePlanYearsAmount() {
        FinalAssessment.record(project, evaluation(summary()), Map.of(), true, shanghai("2021-12-27T15:00"));
        PublicityNotice notice = resultsNotice();
        Objection dismissed = notice.object("O-1", project.id().value(), "异议", "公众", shanghai("2021-12-30T10:00"));
        dismissed.decide(false, "不成立");
        FundingDecision d = FinalAssessment.takeEffect(PLAN, notice, List.of(dismissed), project, society,
                notice.period().endsAt());
        assertThat(d.outcome()).isEqualTo(FundingDecision.Outcome.FUNDED_NEXT_YEAR);
        assertThat(d.fundingYear()).isEqualTo(2022);
        assertThat(d.amount(PLAN, "MEMBERS_HOME", null)).contains(new BigDecimal("50000"));
        assertThat(project.state()).isEqualTo(ApplicationState.FUNDED);
    }

    @Test
    void anOpenObjectionHoldsTheResultBack() {
        FinalAssessment.record(project, evaluation(summary()), Map.of(), true, shanghai("2021-12-27T15:00"));
        PublicityNotice notice = resultsNotice();
        Objection open = notice.object("O-1", project.id().value(), "异议", "公众", shanghai("2021-12-30T10:00"));
        assertThatThrownBy(() -> FinalAssessment.takeEffect(PLAN, notice, List.of(open), project, society,
                notice.period().endsAt())).isInstanceOf(TransitionRefused.class);
        assertThat(project.state()).isEqualTo(ApplicationState.PASSED);
    }

    @Test
    void anUpheldObjectionReopensTheAssessment() {
        FinalAssessment.record(project, evaluation(summary()), Map.of(), false, shanghai("2021-12-27T15:00"));
        PublicityNotice notice = resultsNotice();
        Objection upheld = notice.object("O-1", project.id().value(), "考核有误", "学会", shanghai("2021-12-30T10:00"));
        upheld.decide(true, "成立");
        assertThatThrownBy(() -> FinalAssessment.takeEffect(PLAN, notice, List.of(upheld), project, society,
                notice.period().endsAt())).isInstanceOf(TransitionRefused.class);
        FinalAssessment.reopen(project);
        assertThat(project.state()).isEqualTo(ApplicationState.FINAL_REPORT_FILED);
        assertThat(society.profile().failedAssessments()).isEmpty();
        FinalAssessment.record(project, evaluation(summary()), Map.of(), true, shanghai("2022-01-10T10:00"));
        assertThat(project.state()).isEqualTo(ApplicationState.PASSED);
    }

    @Test
    void anApprovalListIsNoResultsNotice() {
        FinalAssessment.record(project, evaluation(summary()), Map.of(), true, shanghai("2021-12-27T15:00"));
        PublicityNotice approval = PublicityNotice.publish("N-X", PLAN, NoticeKind.APPROVAL_LIST, "立项公示",
                List.of(project.id().value()), shanghai("2021-12-29T09:00"));
        assertThatThrownBy(() -> FinalAssessment.takeEffect(PLAN, approval, List.of(), project, society,
                approval.period().endsAt())).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void theResultsNoticeRunsThePlanYearsWorkingDays() {
        String text = Plans.plan2021Text().replace("\"resultsPublicityWorkingDays\": 5", "\"resultsPublicityWorkingDays\": 7");
        PlanYear other = cn.jast.plan.domain.plan.PlanYearReader.read(text, "plan-2021-7-days.json");
        PublicityNotice n = PublicityNotice.publish("N-7", other, NoticeKind.ASSESSMENT_RESULTS, "考核结果公示",
                List.of("A-1"), shanghai("2021-12-29T09:00"));
        assertThat(n.period().workingDays()).isEqualTo(7);
        PublicityNotice approval = PublicityNotice.publish("N-5", other, NoticeKind.APPROVAL_LIST, "立项公示",
                List.of("A-1"), shanghai("2021-12-29T09:00"));
        assertThat(approval.period().workingDays()).isEqualTo(5);
    }
}
