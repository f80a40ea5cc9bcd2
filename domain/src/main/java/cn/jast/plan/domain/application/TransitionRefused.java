package cn.jast.plan.domain.application;

import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.List;

/** A lifecycle step that is not allowed now; says why, and lists the rules broken when rules are the reason. */
public final class TransitionRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient LocalizedText reason;
    private final transient List<Violation> violations;

    public TransitionRefused(LocalizedText reason, List<Violation> violations) {
        super(reason.en());
        this.reason = reason;
        this.violations = List.copyOf(violations);
    }

    public TransitionRefused(LocalizedText reason) {
        this(reason, List.of());
    }

    public LocalizedText reason() {
        return reason;
    }

    public List<Violation> violations() {
        return violations;
    }
}
