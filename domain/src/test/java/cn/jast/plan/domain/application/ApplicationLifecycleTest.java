package cn.jast.plan.domain.application;

import cn.jast.plan.domain.assessment.FinalAssessment;
import cn.jast.plan.domain.calendar.PublicityPeriod;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyFacts.FailedAssessment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.content.ApplicationContent;
import static cn.jast.plan.domain.application.ApplicationState.*;
import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Plans.shanghai;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An application from draft to funding (IV.2), and every step refused out of order. */
class ApplicationLifecycleTest {
    private final PlanYear plan = Plans.plan2021();
    private Society society;
    private Application application;

    @BeforeEach
    void draft() {
        society = aSociety().asSociety();
        application = draftOf(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").build());
    }

    private Application draftOf(ApplicationContent content) {
        return Application.draft(ApplicationId.newId(), society.id(), plan, content, shanghai("2021-05-12T09:00"));
    }

    private Evaluation evaluate(Application a, Instant at) {
        return Plans.rules2021().evaluate(new RuleContext(plan, society.profile(), a.content(), List.of(), at));
    }

    private void submit(Application a, Instant at) {
        a.submit(at, evaluate(a, at));
    }

    private void submitWithPaperCopy(Application a) {
        submit(a, shanghai("2021-05-20T10:00"));
        a.recordPaperCopy(a.fingerprint(), shanghai("2021-05-31T10:00"), plan);
    }

    /** Takes a submitted application through review and publicity to approval; returns the notice period. */
    private PublicityPeriod approve(Application a) {
        submitWithPaperCopy(a);
        a.startReview();
        a.recommend(true, shanghai("2021-06-08T10:00"));
        a.publish();
        PublicityNotice notice = PublicityNotice.publish("N-1", plan, NoticeKind.APPROVAL_LIST, "2021年度立项公示",
                List.of(a.id().value()), shanghai("2021-06-10T09:00"));
        a.approve(notice.period(), notice.period().endsAt());
        return notice.period();
    }

    private void refused(Runnable step) {
        ApplicationState before = application.state();
        Fingerprint printBefore = application.fingerprint();
        assertThatThrownBy(step::run).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(((TransitionRefused) e).reason().zh()).isNotBlank());
        assertThat(application.state()).isEqualTo(before);
        assertThat(application.fingerprint()).isEqualTo(printBefore);
    }

    @Test
    void everyStepInOrderToFunding() {
        assertThat(application.state()).isEqualTo(DRAFT);
        assertThat(application.fingerprint()).isNull();

        submit(application, shanghai("2021-05-20T10:00"));
        assertThat(application.state()).isEqualTo(SUBMITTED);
        assertThat(application.submittedAt()).isEqualTo(shanghai("2021-05-20T10:00"));
        assertThat(application.fingerprint()).isEqualTo(Fingerprint.of(2021, society.id(), application.content()));

        application.recordPaperCopy(new Fingerprint(application.fingerprint().grouped().toUpperCase()),
                shanghai("2021-05-31T16:59:59"), plan);
        assertThat(application.state()).isEqualTo(PAPER_COPY_RECORDED);
        assertThat(application.state().countsAgainstLimits()).isTrue();

        application.startReview();
        assertThat(application.state()).isEqualTo(UNDER_REVIEW);
        application.recommend(true, shanghai("2021-06-08T10:00"));
        assertThat(application.state()).isEqualTo(RECOMMENDED);
        application.publish();
        assertThat(application.state()).isEqualTo(IN_PUBLICITY);

        PublicityNotice notice = PublicityNotice.publish("N-1", plan, NoticeKind.APPROVAL_LIST, "2021年度立项公示",
                List.of(application.id().value()), shanghai("2021-06-10T09:00"));
        assertThat(notice.period().lastDay()).hasToString("2021-06-17");
        refused(() -> application.approve(notice.period(), shanghai("2021-06-17T23:59:59")));
        application.approve(notice.period(), shanghai("2021-06-18T00:00"));
        assertThat(application.state()).isEqualTo(APPROVED);

        application.recordMidTermEvaluation();
        assertThat(application.state()).isEqualTo(MIDTERM_EVALUATED);
        application.fileFinalReport();
        assertThat(application.state()).isEqualTo(FINAL_REPORT_FILED);

        FundingDecision decision = FinalAssessment.conclude(plan, application, society, true, shanghai("2021-12-20T10:00"));
        assertThat(application.state()).isEqualTo(FUNDED);
        assertThat(decision.outcome()).isEqualTo(FundingDecision.Outcome.FUNDED_NEXT_YEAR);
        assertThat(decision.fundingYear()).isEqualTo(2022);
        assertThat(society.profile().failedAssessments()).isEmpty();
    }

    @Test
    void aFailedProjectLosesItsFundingAndBarsTheCategoryNextYear() {
        approve(application);
        application.recordMidTermEvaluation();
        application.fileFinalReport();
        FundingDecision decision = FinalAssessment.conclude(plan, application, society, false, shanghai("2021-12-20T10:00"));

        assertThat(application.state()).isEqualTo(FUNDING_CANCELLED);
        assertThat(decision.outcome()).isEqualTo(FundingDecision.Outcome.CANCELLED);
        assertThat(decision.fundingYear()).isNull();
        assertThat(society.profile().failedAssessments()).containsExactly(new FailedAssessment(2021, "ACADEMIC_EXCHANGE"));

        // the next plan year, once the office recorded the society's 2021 evaluation and inspection
        // (ELIG-2): the same category is barred (ELIG-5), another is not
        society.record(new cn.jast.plan.domain.society.SocietyProfile(null, null, null, null,
                List.of(new cn.jast.plan.domain.society.SocietyFacts.CapabilityEvaluation(2020),
                        new cn.jast.plan.domain.society.SocietyFacts.CapabilityEvaluation(2021)),
                List.of(new cn.jast.plan.domain.society.SocietyFacts.InspectionResult(2020,
                                cn.jast.plan.domain.society.AnnualInspection.PASSED),
                        new cn.jast.plan.domain.society.SocietyFacts.InspectionResult(2021,
                                cn.jast.plan.domain.society.AnnualInspection.PASSED)),
                null, null, null, null, null, null, null, null));
        PlanYear next = Plans.plan2022();
        Instant in2022 = shanghai("2022-05-20T10:00");
        Evaluation sameCategory = Plans.rules2022().evaluate(new RuleContext(next, society.profile(),
                anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").withEvent(cn.jast.plan.domain.fixtures.Events.anEvent()
                        .starting("2022-10-15").ending("2022-10-17")).build(), List.of(), in2022));
        assertThat(sameCategory.violations()).extracting(v -> v.rule()).containsExactly("ELIG-5");
        Evaluation otherCategory = Plans.rules2022().evaluate(new RuleContext(next, society.profile(),
                anApplication("SERVICE_PLATFORM", "PLATFORM_STANDARDS").build(), List.of(), in2022));
        assertThat(otherCategory.admissible()).isTrue();
        // and in 2021 itself the failure does not bar anything
        assertThat(evaluate(draftOf(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").build()),
                shanghai("2021-05-20T10:00")).admissible()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"FIRST_CLASS,", "FEATURED, FEATURED_THINK_TANK"})
    void firstClassAndFeaturedGetNoMoney(String category, String subProject) {
        application = draftOf(anApplication(category, subProject).build());
        approve(application);
        application.recordMidTermEvaluation();
        application.fileFinalReport();
        FundingDecision decision = FinalAssessment.conclude(plan, application, society, true, shanghai("2021-12-20T10:00"));
        assertThat(application.state()).isEqualTo(COMPLETED_WITHOUT_FUNDING);
        assertThat(decision.outcome()).isEqualTo(FundingDecision.Outcome.NO_FUNDING_FOR_CATEGORY);
        assertThat(decision.fundingYear()).isNull();
    }

    @Test
    void submittingTwiceIsRefused() {
        submit(application, shanghai("2021-05-20T10:00"));
        refused(() -> submit(application, shanghai("2021-05-21T10:00")));
        assertThat(application.submittedAt()).isEqualTo(shanghai("2021-05-20T10:00"));
    }

    @Test
    void anApplicationThatBreaksRulesIsNotSubmitted() {
        Instant late = shanghai("2021-05-28T17:00");
        Evaluation evaluation = evaluate(application, late);
        assertThatThrownBy(() -> application.submit(late, evaluation)).isInstanceOf(TransitionRefused.class)
                .satisfies(e -> assertThat(((TransitionRefused) e).violations()).extracting(v -> v.rule())
                        .containsExactly("DEADLINE-1"));
        assertThat(application.state()).isEqualTo(DRAFT);
        assertThat(application.fingerprint()).isNull();
        submit(application, shanghai("2021-05-28T16:59:59.999"));
        assertThat(application.state()).isEqualTo(SUBMITTED);
    }

    @Test
    void revisingAfterSubmissionIsRefused() {
        application.revise(plan, anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_FEATURED").titled("修改后").build());
        assertThat(application.subProject()).isEqualTo("EXCHANGE_FEATURED");
        submit(application, shanghai("2021-05-20T10:00"));
        refused(() -> application.revise(plan, anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").build()));
        assertThat(application.content().title()).isEqualTo("修改后");
    }

    @Test
    void aDraftCannotChangeItsCategory() {
        refused(() -> application.revise(plan, anApplication("MEMBERS_HOME").build()));
    }

    @Test
    void aPaperCopyWithAnotherFingerprintIsRefused() {
        submit(application, shanghai("2021-05-20T10:00"));
        Fingerprint other = Fingerprint.of(2021, society.id(), anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND")
                .titled("另一份").build());
        refused(() -> application.recordPaperCopy(other, shanghai("2021-05-30T10:00"), plan));
        assertThat(application.paperCopyReceivedAt()).isNull();
    }

    @Test
    void aPaperCopyAtFivePmOnMay31IsLate() {
        submit(application, shanghai("2021-05-20T10:00"));
        refused(() -> application.recordPaperCopy(application.fingerprint(), shanghai("2021-05-31T17:00"), plan));
        application.recordPaperCopy(application.fingerprint(), shanghai("2021-05-31T16:59:59"), plan);
        assertThat(application.state()).isEqualTo(PAPER_COPY_RECORDED);
    }

    @Test
    void withoutAPaperCopyByTheDeadlineTheApplicationLapses() {
        submit(application, shanghai("2021-05-20T10:00"));
        refused(() -> application.lapse(shanghai("2021-05-31T16:59"), plan));
        application.lapse(shanghai("2021-05-31T17:00"), plan);
        assertThat(application.state()).isEqualTo(LAPSED);
        assertThat(application.state().countsAgainstLimits()).isFalse();
        refused(() -> application.startReview());
    }

    @Test
    void withdrawingIsAllowedUntilThePaperCopyIsRecorded() {
        Application draft = draftOf(anApplication("MEMBERS_HOME").build());
        draft.withdraw(shanghai("2021-05-15T10:00"));
        assertThat(draft.state()).isEqualTo(WITHDRAWN);
        assertThat(draft.state().countsAgainstLimits()).isFalse();

        submit(application, shanghai("2021-05-20T10:00"));
        application.withdraw(shanghai("2021-05-21T10:00"));
        assertThat(application.state()).isEqualTo(WITHDRAWN);

        application = draftOf(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").build());
        submitWithPaperCopy(application);
        refused(() -> application.withdraw(shanghai("2021-06-01T10:00")));
    }

    @Test
    void approvalWaitsForTheEndOfTheNotice() {
        submitWithPaperCopy(application);
        application.startReview();
        application.recommend(true, shanghai("2021-06-08T10:00"));
        application.publish();
        PublicityPeriod period = PublicityNotice.publish("N-1", plan, NoticeKind.APPROVAL_LIST, "公示",
                List.of(application.id().value()), shanghai("2021-06-10T09:00")).period();
        refused(() -> application.approve(period, shanghai("2021-06-10T09:00")));
        refused(() -> application.approve(period, shanghai("2021-06-17T23:59:59.999")));
        application.approve(period, shanghai("2021-06-18T00:00"));
        assertThat(application.state()).isEqualTo(APPROVED);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        refused(() -> application.startReview());
        refused(() -> application.recordPaperCopy(Fingerprint.of(2021, society.id(), application.content()),
                shanghai("2021-05-30T10:00"), plan));
        refused(() -> application.publish());
        refused(() -> application.recordMidTermEvaluation());
        refused(() -> application.fileFinalReport());
        refused(() -> application.recordFinalAssessment(true, shanghai("2021-12-20T10:00")));
        refused(() -> application.decideFunding(plan, shanghai("2021-12-20T10:00")));
        submitWithPaperCopy(application);
        refused(() -> application.publish());
        application.startReview();
        refused(() -> application.startReview());
        application.recommend(false, shanghai("2021-06-08T10:00"));
        assertThat(application.state()).isEqualTo(NOT_RECOMMENDED);
        refused(() -> application.publish());
    }

    @Test
    void anObjectionUpheldTakesTheApplicationOffTheList() {
        submitWithPaperCopy(application);
        application.startReview();
        application.recommend(true, shanghai("2021-06-08T10:00"));
        application.publish();
        application.rejectOnObjection(shanghai("2021-06-15T10:00"));
        assertThat(application.state()).isEqualTo(REJECTED);
        PublicityPeriod period = PublicityNotice.publish("N-1", plan, NoticeKind.APPROVAL_LIST, "公示",
                List.of(application.id().value()), shanghai("2021-06-10T09:00")).period();
        refused(() -> application.approve(period, shanghai("2021-06-30T10:00")));
    }

    @Test
    void aDraftMustNameAProjectOfThePlanYear() {
        assertThatThrownBy(() -> draftOf(anApplication("MARS_BASE").build())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> draftOf(anApplication("ACADEMIC_EXCHANGE", "POP_RESOURCES").build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concludingAnotherSocietysProjectIsRefused() {
        approve(application);
        application.recordMidTermEvaluation();
        application.fileFinalReport();
        Society other = aSociety().code("S-0002").asSociety();
        assertThatThrownBy(() -> FinalAssessment.conclude(plan, application, other, false, shanghai("2021-12-20T10:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(application.state()).isEqualTo(FINAL_REPORT_FILED);
        assertThat(other.profile().failedAssessments()).isEmpty();
    }

    @Test
    void theSameProjectAsOnTheKechuangListIsRefusedUpToItsNoticeNotOnceApproved() {
        submit(application, shanghai("2021-05-20T10:00"));
        Instant at = shanghai("2021-06-02T10:00");
        application.rejectAsAlsoInKechuangJiangsu(at);
        assertThat(application.state()).isEqualTo(ApplicationState.REJECTED);
        assertThat(application.closedAt()).isEqualTo(at);
        refused(() -> application.rejectAsAlsoInKechuangJiangsu(at));

        application = draftOf(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").build());
        submitWithPaperCopy(application);
        application.startReview();
        application.rejectAsAlsoInKechuangJiangsu(at);
        assertThat(application.state()).isEqualTo(ApplicationState.REJECTED);

        application = draftOf(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").build());
        refused(() -> application.rejectAsAlsoInKechuangJiangsu(at));
        approve(application);
        refused(() -> application.rejectAsAlsoInKechuangJiangsu(at));
    }

    /** A project from approval on, whatever became of it; nothing before approval or refused at any step. */
    @Test
    void anApplicationIsAProjectFromItsApprovalOn() {
        assertThat(java.util.Arrays.stream(ApplicationState.values()).filter(ApplicationState::isProject))
                .containsExactlyInAnyOrder(APPROVED, MIDTERM_EVALUATED, RECTIFICATION_REQUIRED, TERMINATED,
                        FINAL_REPORT_FILED, PASSED, FAILED, FUNDED, COMPLETED_WITHOUT_FUNDING, FUNDING_CANCELLED);
    }
}
