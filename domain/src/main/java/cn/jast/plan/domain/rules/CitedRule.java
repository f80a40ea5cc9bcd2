package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.Objects;

/**
 * A rule of the guide at a decision point after submission (review assignment, final assessment): like
 * {@link GuideRule}, its identifier and clause as GUIDE-2021.md and the README's rules index give them,
 * a message whose Chinese quotes the guide, and the test over that decision point's context {@code C}.
 * It reads its numbers from the plan year, never from a constant of its own.
 */
public abstract class CitedRule<C> {
    private final String id;
    private final String clause;
    private final Severity severity;

    protected CitedRule(String id, String clause, Severity severity) {
        this.id = Objects.requireNonNull(id, "id");
        this.clause = Objects.requireNonNull(clause, "clause");
        this.severity = Objects.requireNonNull(severity, "severity");
    }

    protected CitedRule(String id, String clause) {
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

    public abstract LocalizedText message(PlanYear plan);

    /** True when the context meets the rule, or the rule does not apply to it. */
    public abstract boolean isMetBy(C context);

    public final Violation violation(PlanYear plan) {
        return new Violation(id, clause, severity, message(plan));
    }

    @Override
    public String toString() {
        return id + " (" + clause + ")";
    }
}
