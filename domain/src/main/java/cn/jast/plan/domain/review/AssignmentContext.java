package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.PlanYear;

import java.util.Objects;

/** What the assignment rules look at: the expert, and the application with the society that applies. */
public record AssignmentContext(PlanYear plan, ReviewerProfile reviewer, String applicationId, String societyCode,
                                String societyName) {
    public AssignmentContext {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(societyCode, "societyCode");
    }
}
