package cn.jast.plan.domain.application;

import cn.jast.plan.domain.form.MissingField;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.List;

/**
 * A lifecycle step that is not allowed now; says why, and lists the rules broken and the required
 * fields of the form left empty when those are the reason (a submission).
 */
public final class TransitionRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient LocalizedText reason;
    private final transient List<Violation> violations;
    private final transient List<MissingField> missing;

    public TransitionRefused(LocalizedText reason, List<Violation> violations, List<MissingField> missing) {
        super(reason.en());
        this.reason = reason;
        this.violations = List.copyOf(violations);
        this.missing = List.copyOf(missing);
    }

    public TransitionRefused(LocalizedText reason, List<Violation> violations) {
        this(reason, violations, List.of());
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

    /** The required fields of the form left empty, each with its section and clause. */
    public List<MissingField> missing() {
        return missing;
    }

    /** Whether the refusal is the guide's: rules broken or required fields missing. */
    public boolean byTheGuide() {
        return !violations.isEmpty() || !missing.isEmpty();
    }
}
