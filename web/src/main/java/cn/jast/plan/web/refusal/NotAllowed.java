package cn.jast.plan.web.refusal;

/** The caller may not do this: nobody is logged in, or the caller's role does not allow it. */
public final class NotAllowed extends Refusal {

    private static final long serialVersionUID = 1L;

    private final boolean loginNeeded;

    private NotAllowed(String detail, boolean loginNeeded) {
        super(detail);
        this.loginNeeded = loginNeeded;
    }

    /** Nobody is logged in. */
    public static NotAllowed loginNeeded() {
        return new NotAllowed("Log in (HTTP Basic) to do this.", true);
    }

    /** The caller is logged in, but may not do this. */
    public static NotAllowed forbidden(String detail) {
        return new NotAllowed(detail, false);
    }

    /** True when nobody is logged in (REST: 401 with a challenge), false when the role forbids it (403). */
    public boolean isLoginNeeded() {
        return loginNeeded;
    }
}
