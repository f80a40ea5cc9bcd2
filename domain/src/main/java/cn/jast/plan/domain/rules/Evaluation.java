package cn.jast.plan.domain.rules;

import java.util.List;

/**
 * The outcome of checking one application against every rule: all violations, not only the
 * first, and the warnings, each rule at most once in each list.
 */
public record Evaluation(List<Violation> violations, List<Violation> warnings) {
    public Evaluation {
        violations = List.copyOf(violations);
        warnings = List.copyOf(warnings);
    }

    /** True exactly when no rule refuses the application; warnings never block. */
    public boolean admissible() {
        return violations.isEmpty();
    }

    public boolean breaks(String ruleId) {
        for (Violation v : violations) {
            if (v.rule().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    public boolean warns(String ruleId) {
        for (Violation v : warnings) {
            if (v.rule().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }
}
