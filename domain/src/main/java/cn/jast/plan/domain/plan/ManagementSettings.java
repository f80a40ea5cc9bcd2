package cn.jast.plan.domain.plan;

import java.util.Objects;

/**
 * The plan year's settings for what follows submission (IV, 管理): the review method, what the final
 * assessment requires, what a failed mid-term evaluation entails, and the funding amounts. Read from the
 * plan-year file's {@code management} member by {@link ManagementReader}.
 */
public record ManagementSettings(ReviewMethod review, AssessmentRequirements assessment, MidTermPolicy midTerm,
                                 FundingAmounts funding) {
    public ManagementSettings {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(midTerm, "midTerm");
        Objects.requireNonNull(funding, "funding");
    }

    /** A plan year whose file has no {@code management} member: one overall score, no assessment rules, no amounts. */
    public static ManagementSettings notConfigured(int publicityWorkingDays) {
        return new ManagementSettings(ReviewMethod.OVERALL_SCORE, AssessmentRequirements.none(publicityWorkingDays),
                MidTermPolicy.RECTIFY, FundingAmounts.NONE);
    }
}
