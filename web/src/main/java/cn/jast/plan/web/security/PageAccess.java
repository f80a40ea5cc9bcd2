package cn.jast.plan.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;

/**
 * Which role a page needs, by its path: {@code /society/…} a society's account, {@code /office/…} the
 * office, {@code /expert/…} an expert; every other page is open. An anonymous visitor of such a page
 * is sent to the login ({@link FormLoginMechanism}); a logged-in visitor without the role gets 403
 * (the pages' request filter). Roles are the accounts' groups ({@link CurrentUser#hasRole}), as for
 * the REST API.
 */
public final class PageAccess {

    private PageAccess() {
    }

    /** The page of a person's own password, the one page an account with a one-time password may see. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    /** True when the page at this request's path needs a logged-in visitor (of a role, or any). */
    public static boolean requiresLogin(HttpServletRequest request) {
        return requiredRole(request).isPresent()
                || request.getRequestURI().substring(request.getContextPath().length()).startsWith("/account/");
    }

    /** The role the page at this request's path needs, if any. */
    public static Optional<String> requiredRole(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/society/")) {
            return Optional.of(Roles.SOCIETY);
        }
        if (path.startsWith("/office/")) {
            return Optional.of(Roles.OFFICE);
        }
        if (path.startsWith("/expert/")) {
            return Optional.of(Roles.EXPERT);
        }
        return Optional.empty();
    }
}
