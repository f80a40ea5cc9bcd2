package cn.jast.plan.web.application.rest;

import java.util.List;

import cn.jast.plan.web.application.ApplicationService;
import cn.jast.plan.web.check.rest.CheckAnswer;
import cn.jast.plan.web.problem.Problem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The check of a stored draft: what the public rule check answers ({@code admissible} exactly when no rule is
 * broken, every violation, the warnings) and the required fields of the form left empty, so that a page can
 * show both while the society types. {@code submittable}: a submission now would pass.
 */
@JsonbPropertyOrder({"admissible", "complete", "submittable", "violations", "warnings", "missingFields"})
public record DraftCheckAnswer(boolean admissible, boolean complete, boolean submittable,
                               List<Problem.Violation> violations, List<Problem.Violation> warnings,
                               List<Problem.MissingField> missingFields) {

    static DraftCheckAnswer of(ApplicationService.DraftCheck check) {
        CheckAnswer rules = CheckAnswer.of(check.evaluation());
        return new DraftCheckAnswer(rules.admissible(), check.missing().isEmpty(), check.submittable(),
                rules.violations(), rules.warnings(), check.missing().stream().map(Problem.MissingField::of).toList());
    }
}
