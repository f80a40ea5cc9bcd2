package cn.jast.plan.web.refusal;

import java.util.List;

import cn.jast.plan.domain.rules.Violation;

/** The guide's rules refuse the request: every violated rule, with its clause and message, not only the first. */
public final class RefusedByRules extends Refusal {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public RefusedByRules(List<Violation> violations) {
        super(detail(violations));
        this.violations = List.copyOf(violations);
    }

    private static String detail(List<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("A rule refusal names at least one violated rule");
        }
        return violations.size() == 1
                ? "The request breaks rule " + violations.get(0).rule() + " of the guide."
                : "The request breaks " + violations.size() + " rules of the guide.";
    }

    public List<Violation> violations() {
        return violations;
    }
}
