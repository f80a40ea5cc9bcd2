package cn.jast.plan.domain.assessment;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.support.LocalizedText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The final assessment and what follows from it (II.1, IV.2): "考核须提交总结报告等材料，考核不合格的项目将取消经费资助，
 * 其承担单位下一年度将不得申报同类别项目"; "项目立项和考核结果及时公示接受监督，公示时间不少于5个工作日";
 * "考核合格项目中一流学会和特色学会建设项目无经费资助，其它项目在下一年度适当予以资助".
 *
 * <p>Two steps. {@link #record} records the office's result: a pass with a requirement of the
 * {@link AssessmentRules} unmet is refused, naming the rules, unless the office records an exception with a
 * reason for each of them. {@link #takeEffect} applies the result once its results notice has ended with no
 * objection standing: the funding decided or cancelled, the failure recorded against the society (ELIG-5 the
 * next plan year). An upheld objection during the notice reopens the assessment instead ({@link #reopen}).
 */
public final class FinalAssessment {
    private FinalAssessment() {
    }

    /**
     * Records the result on the application, with no effect yet.
     *
     * @param evaluation the assessment rule book's evaluation of the project
     * @param exceptions rule id to the office's reason for passing the project although that rule is unmet
     * @throws TransitionRefused when a pass leaves a rule unmet without an exception, or the state does not allow it
     */
    public static void record(Application application, Evaluation evaluation, Map<String, String> exceptions,
                              boolean passed, Instant at) {
        if (passed) {
            List<Violation> unexcused = new ArrayList<>();
            for (Violation v : evaluation.violations()) {
                String reason = exceptions.get(v.rule());
                if (reason == null || reason.isBlank()) {
                    unexcused.add(v);
                }
            }
            if (!unexcused.isEmpty()) {
                throw new TransitionRefused(LocalizedText.of("项目未达到考核要求，不能判定考核合格（除非记录例外及理由）",
                        "The project does not meet the assessment's requirements; it cannot pass unless the office"
                                + " records an exception with a reason for each."), unexcused);
            }
        }
        application.recordFinalAssessment(passed, at);
    }

    /**
     * The result takes effect after its notice (IV.2): the notice is a results notice listing the project, it
     * has ended, and no objection to the project is open or upheld. A failure bars the society from the same
     * category the next plan year (ELIG-5); the funding is decided.
     */
    public static FundingDecision takeEffect(PlanYear plan, PublicityNotice notice, List<Objection> objections,
                                             Application application, Society society, Instant at) {
        if (!application.society().equals(society.id())) {
            throw new IllegalArgumentException("application " + application.id() + " is not " + society.id() + "'s");
        }
        if (notice.kind() != NoticeKind.ASSESSMENT_RESULTS
                || !notice.applicationIds().contains(application.id().value())) {
            throw new TransitionRefused(LocalizedText.of("考核结果须经公示后方可生效",
                    "An assessment result takes effect only after its results notice."));
        }
        if (!notice.period().isOverAt(at)) {
            throw new TransitionRefused(LocalizedText.of("考核结果公示时间不少于" + notice.period().workingDays()
                    + "个工作日，公示期至 " + notice.period().lastDay() + " 结束",
                    "The results notice runs for " + notice.period().workingDays() + " working days, until the end of "
                            + notice.period().lastDay() + "; the result takes effect after it."));
        }
        for (Objection o : objections) {
            if (o.applicationId().equals(application.id().value()) && o.status() != Objection.Status.DISMISSED) {
                throw new TransitionRefused(LocalizedText.of("对考核结果的异议尚未处理完毕或已成立，结果不能生效",
                        "An objection to this result is open or was upheld; the result does not take effect."));
            }
        }
        if (application.state() == ApplicationState.FAILED) {
            society.recordFailedAssessment(plan.year(), application.category());
        }
        application.decideFunding(plan, at);
        return FundingDecision.forOutcome(plan, application);
    }

    /** An objection to the result was upheld during its notice: the assessment is done again. */
    public static void reopen(Application application) {
        application.reopenFinalAssessment();
    }

    /**
     * Records the result and applies it at once, for the record of an assessment whose notice has already run
     * outside this system (the demo's history, imports). The service uses {@link #record} and
     * {@link #takeEffect}.
     */
    public static FundingDecision conclude(PlanYear plan, Application application, Society society, boolean passed,
                                           Instant at) {
        if (!application.society().equals(society.id())) {
            throw new IllegalArgumentException("application " + application.id() + " is not " + society.id() + "'s");
        }
        application.recordFinalAssessment(passed, at);
        if (!passed) {
            society.recordFailedAssessment(plan.year(), application.category());
        }
        application.decideFunding(plan, at);
        return FundingDecision.forOutcome(plan, application);
    }
}
