package cn.jast.plan.web.check.rest;

import java.util.List;

import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.web.problem.Problem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer of the rule check (API.md): {@code admissible} exactly when there is no violation;
 * warnings never block. A violation or warning is the API's one JSON view of a broken rule,
 * {@link Problem.Violation} ({@code rule}, {@code clause}, {@code message: {zh, en}}), as in a 422.
 */
@JsonbPropertyOrder({"admissible", "violations", "warnings"})
public record CheckAnswer(boolean admissible, List<Problem.Violation> violations, List<Problem.Violation> warnings) {

    public static CheckAnswer of(Evaluation e) {
        return new CheckAnswer(e.admissible(), e.violations().stream().map(Problem.Violation::of).toList(),
                e.warnings().stream().map(Problem.Violation::of).toList());
    }
}
