package cn.jast.plan.domain.assessment;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.plan.PlanYear;

import java.util.List;
import java.util.Objects;

/** What the assessment rules look at: the project as applied for, the reports it filed, and its evidence. */
public record AssessmentContext(PlanYear plan, ApplicationContent application, List<ProjectReport> reports,
                                AssessmentEvidence evidence) {
    public AssessmentContext {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(application, "application");
        reports = List.copyOf(reports == null ? List.of() : reports);
        evidence = evidence == null ? AssessmentEvidence.NONE : evidence;
    }
}
