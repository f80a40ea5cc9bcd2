package cn.jast.plan.web.problem;

import java.util.List;

/**
 * The request is well formed but breaks rules of the plan guide: answered {@code 422} with every
 * violated rule in {@code violations}, never a {@code 200}.
 *
 * <p>Application services translate the domain's rule violations (rule, clause, message in Chinese and
 * English) into {@link Problem.Violation}s and throw this; the web layer adds nothing of its own.
 */
public class RuleViolationException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(List<Problem.Violation> violations) {
        super(problem(violations));
    }

    private static Problem problem(List<Problem.Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("A rule violation names at least one violated rule");
        }
        String detail = violations.size() == 1
                ? "The request breaks rule " + violations.get(0).rule() + " of the guide."
                : "The request breaks " + violations.size() + " rules of the guide.";
        return Problem.of(ProblemTypes.RULE_VIOLATION, "The request breaks rules of the plan guide", 422, detail)
                .withViolations(violations);
    }
}
