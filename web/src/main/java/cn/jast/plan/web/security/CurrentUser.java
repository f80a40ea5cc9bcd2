package cn.jast.plan.web.security;

import java.util.Optional;

/**
 * The caller of the current request, as the application services need it: who acts (for the audit
 * log), in which role, and for which society. Anonymous callers have no user name.
 */
public interface CurrentUser {

    /** The user name, or {@code "anonymous"} when nobody is logged in. */
    String name();

    boolean isAnonymous();

    default boolean isOffice() {
        return hasRole(Roles.OFFICE);
    }

    default boolean isExpert() {
        return hasRole(Roles.EXPERT);
    }

    default boolean isSociety() {
        return hasRole(Roles.SOCIETY);
    }

    /** True when the caller has the role (one of {@link Roles}). */
    boolean hasRole(String role);

    /** The society a SOCIETY account belongs to. */
    Optional<String> societyCode();
}
