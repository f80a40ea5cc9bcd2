package cn.jast.plan.web.security;

/** The application's roles (Jakarta Security groups). */
public final class Roles {
    /** A society's account: sees and edits only its own society's data. */
    public static final String SOCIETY = "SOCIETY";
    /** The programme office (学会学术部 / 省学会服务中心). */
    public static final String OFFICE = "OFFICE";
    /** An expert reviewer: only the applications assigned to them. */
    public static final String EXPERT = "EXPERT";

    private Roles() {
    }
}
