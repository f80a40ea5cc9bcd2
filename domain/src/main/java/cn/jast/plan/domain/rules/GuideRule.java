package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule of the guide: its identifier and clause as GUIDE-2021.md gives them, whether breaking it
 * refuses or warns, and the test itself. A rule reads its numbers and dates from the plan year,
 * never from a constant of its own.
 */
public abstract class GuideRule {
    private final String id;
    private final String clause;
    private final Severity severity;

    protected GuideRule(String id, String clause, Severity severity) {
        this.id = Objects.requireNonNull(id, "id");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    protected GuideRule(String id, String clause) {
        this(id, clause, Severity.VIOLATION);
    }

    public final String id() {
        return id;
    }

    public final String clause() {
        return clause;
    }

    public final Severity severity() {
        return severity;
    }

    /** The message shown when the rule is broken: the Chinese quotes the guide. */
    public abstract LocalizedText message(PlanYear plan);

    /** True when the application meets the rule, or the rule does not apply to it. */
    public abstract boolean isMetBy(RuleContext context);

    /** The violation this rule reports under the given plan year. */
    public final Violation violation(PlanYear plan) {
        return new Violation(id, clause, severity, message(plan));
    }

    /** Nothing when the rule is met, otherwise its violation. */
    public final Optional<Violation> check(RuleContext context) {
        return isMetBy(context) ? Optional.empty() : Optional.of(violation(context.plan()));
    }

    @Override
    public String toString() {
        return id + " (" + clause + ")";
    }
}
