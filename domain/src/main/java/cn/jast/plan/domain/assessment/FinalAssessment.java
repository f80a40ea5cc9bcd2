package cn.jast.plan.domain.assessment;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;

import java.time.Instant;

/**
 * The final assessment and what follows from it (II.1, IV.2): "考核不合格的项目将取消经费资助，其承担单位
 * 下一年度将不得申报同类别项目"; "考核合格项目中一流学会和特色学会建设项目无经费资助，其它项目在下一年度适当予以资助".
 */
public final class FinalAssessment {
    private FinalAssessment() {
    }

    /**
     * Records the result on the application, bars the society from the same category the next
     * year when it failed (feeds ELIG-5), and decides the funding.
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
