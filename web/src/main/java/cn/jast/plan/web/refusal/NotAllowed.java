package cn.jast.plan.web.refusal;

import java.util.List;

import cn.jast.plan.domain.support.FieldError;

/** The caller may not do this: nobody is logged in, or the caller's role does not allow it. */
public final class NotAllowed extends Refusal {

    private static final long serialVersionUID = 1L;

    private final boolean loginNeeded;
    private final transient List<FieldError> errors;

    private NotAllowed(String detail, boolean loginNeeded, List<FieldError> errors) {
        super(detail);
        this.loginNeeded = loginNeeded;
        this.errors = List.copyOf(errors);
    }

    /** Nobody is logged in. */
    public static NotAllowed loginNeeded() {
        return new NotAllowed("Log in (HTTP Basic) to do this.", true, List.of());
    }

    /** The caller is logged in, but may not do this. */
    public static NotAllowed forbidden(String detail) {
        return new NotAllowed(detail, false, List.of());
    }

    /**
     * The caller is logged in, but the value they gave of one field is not theirs to give (e.g. a
     * society booking the funds received of its ledger: {@code kind}).
     */
    public static NotAllowed forbiddenField(String field, String detail) {
        return new NotAllowed(detail, false, List.of(new FieldError(field, detail)));
    }

    /** The field whose value the caller may not give, when the refusal names one; usually none. */
    public List<FieldError> errors() {
        return errors;
    }

    /** True when nobody is logged in (REST: 401 with a challenge), false when the role forbids it (403). */
    public boolean isLoginNeeded() {
        return loginNeeded;
    }
}
