package cn.jast.plan.domain.supervision;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.plan.MidTermPolicy;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Plans.shanghai;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Routine supervision and the mid-term evaluation with their effects (IV.2). */
class InspectionTest {
    private static final PlanYear PLAN = Plans.plan2021();
    private Society society;
    private Application project;

    @BeforeEach
    void anApprovedProject() {
        society = aSociety().asSociety();
        ApplicationContent content = anApplication("MEMBERS_HOME").build();
        project = Application.draft(ApplicationId.newId(), society.id(), PLAN, content, shanghai("2021-05-12T09:00"));
        Instant submitted = shanghai("2021-05-20T10:00");
        Evaluation e = Plans.rules2021().evaluate(new RuleContext(PLAN, society.profile(), content, List.of(), submitted));
        project.submit(submitted, e);
        project.recordPaperCopy(project.fingerprint(), shanghai("2021-05-31T10:00"), PLAN);
        project.startReview();
        project.recommend(true, shanghai("2021-06-08T10:00"));
        project.publish();
        PublicityNotice n = PublicityNotice.publish("N", PLAN, NoticeKind.APPROVAL_LIST, "公示",
                List.of(project.id().value()), shanghai("2021-06-10T09:00"));
        project.approve(n.period(), n.period().endsAt());
    }

    private Inspection inspection(boolean terminate, Finding... findings) {
        return new Inspection("I-1", project.id().value(), Inspection.Kind.ROUTINE_SUPERVISION,
                shanghai("2021-09-01T10:00"), "office", List.of(findings), terminate);
    }

    @Test
    void aFindingOfMisuseRecordsAnIntegrityIncidentAndCanTerminate() {
        inspection(true, new Finding("项目资金用于学会日常办公", IncidentKind.FUND_MISUSE, List.of("att-1")),
                new Finding("台账不全", null, List.of())).apply(project, society, PLAN.zone());
        assertThat(society.profile().integrityIncidents()).containsExactly(new IntegrityIncident(2021, IncidentKind.FUND_MISUSE));
        assertThat(project.state()).isEqualTo(ApplicationState.TERMINATED);
        assertThat(FundingDecision.forOutcome(PLAN, project).outcome()).isEqualTo(FundingDecision.Outcome.CANCELLED);
        assertThat(project.state().countsAgainstLimits()).isTrue();
    }

    @Test
    void aRemarkIsNoIncidentAndCannotTerminate() {
        assertThatThrownBy(() -> inspection(true, new Finding("台账不全", null, List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        inspection(false, new Finding("台账不全", null, List.of())).apply(project, society, PLAN.zone());
        assertThat(society.profile().integrityIncidents()).isEmpty();
        assertThat(project.state()).isEqualTo(ApplicationState.APPROVED);
    }

    @Test
    void aFailedMidTermRequiresARectificationBeforeTheFinalReport() {
        project.recordMidTermEvaluation(false, PLAN.management().midTerm(), shanghai("2021-09-24T15:00"));
        assertThat(project.state()).isEqualTo(ApplicationState.RECTIFICATION_REQUIRED);
        assertThatThrownBy(project::fileFinalReport).isInstanceOf(TransitionRefused.class);
        project.fileRectificationReport();
        project.fileFinalReport();
        assertThat(project.state()).isEqualTo(ApplicationState.FINAL_REPORT_FILED);
    }

    @Test
    void thePlanYearMayStopAProjectThatFailsItsMidTerm() {
        project.recordMidTermEvaluation(false, MidTermPolicy.STOP, shanghai("2021-09-24T15:00"));
        assertThat(project.state()).isEqualTo(ApplicationState.TERMINATED);
        assertThatThrownBy(project::fileFinalReport).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void aPassedMidTermGoesOn() {
        project.recordMidTermEvaluation(true, MidTermPolicy.STOP, shanghai("2021-09-24T15:00"));
        assertThat(project.state()).isEqualTo(ApplicationState.MIDTERM_EVALUATED);
    }

    @Test
    void aProjectGivenUpBeforeItStartsFreesItsPlace() {
        project.withdrawBeforeStart(shanghai("2021-06-20T10:00"));
        assertThat(project.state()).isEqualTo(ApplicationState.WITHDRAWN);
    }

    @Test
    void aProjectThatHasStartedCannotBeGivenUp() {
        project.recordMidTermEvaluation(true, MidTermPolicy.RECTIFY, shanghai("2021-09-24T15:00"));
        assertThatThrownBy(() -> project.withdrawBeforeStart(shanghai("2021-09-25T10:00")))
                .isInstanceOf(TransitionRefused.class);
        assertThat(project.state()).isEqualTo(ApplicationState.MIDTERM_EVALUATED);
    }
}
