package cn.jast.plan.web.faces;

import cn.jast.plan.web.security.CurrentUser;
import cn.jast.plan.web.security.FormLoginMechanism;
import cn.jast.plan.web.security.PageAccess;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Before every page (not the REST API, whose own filters answer for it):
 * <ul>
 * <li><b>Cross-site posts are refused</b> (403): a POST whose {@code Sec-Fetch-Site} is neither
 * {@code same-origin} nor {@code none}, or whose {@code Origin} is another site, never reaches a Faces
 * form. This adds to the Faces view state, itself a per-session token no other site can know, and to
 * the session cookie's {@code SameSite=Lax}.</li>
 * <li><b>A one-time password</b> from the office: every page but the password page sends the visitor
 * there until they set their own ({@link FormLoginMechanism#PASSWORD_CHANGE_REQUIRED}).</li>
 * <li><b>A page of an audience</b> ({@link PageAccess}) is refused (403) to a logged-in visitor
 * without its role; an anonymous one never gets here (the login mechanism sent them to the login).</li>
 * <li><b>The language switch</b>: {@code ?lang=en} or {@code ?lang=zh} sets the cookie that
 * {@link Language} reads and sends the browser back to the same page without the parameter.</li>
 * </ul>
 */
@WebFilter(filterName = "pages", urlPatterns = "/*")
public class PageRequestFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    @Inject
    transient CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        if ("POST".equalsIgnoreCase(request.getMethod()) && crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (Boolean.TRUE.equals(request.getAttribute(FormLoginMechanism.PASSWORD_CHANGE_REQUIRED))
                && !path.equals(PageAccess.PASSWORD_PAGE) && !path.startsWith("/jakarta.faces.resource/")) {
            // A one-time password from the office: the owner sets their own before anything else.
            response.sendRedirect(request.getContextPath() + PageAccess.PASSWORD_PAGE);
            return;
        }
        if (PageAccess.requiresLogin(request) && user.isAnonymous()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        var role = PageAccess.requiredRole(request);
        if (role.isPresent() && !user.hasRole(role.get())) {
            response.sendError(user.isAnonymous() ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String lang = "GET".equalsIgnoreCase(request.getMethod()) ? request.getParameter("lang") : null;
        if (lang != null && Language.isCode(lang)) {
            Cookie cookie = new Cookie(Language.COOKIE, lang);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            cookie.setSecure(request.isSecure());
            response.addCookie(cookie);
            // The same page, never another site: "//host/..." would be a protocol-relative redirect.
            // The rest of the query (e.g. the application the wizard shows) is kept.
            String rest = request.getQueryString() == null ? "" : java.util.Arrays.stream(request.getQueryString().split("&"))
                    .filter(p -> !p.isEmpty() && !p.startsWith("lang=") && !p.equals("lang"))
                    .collect(java.util.stream.Collectors.joining("&"));
            response.sendRedirect(request.getRequestURI().replaceFirst("^/+", "/") + (rest.isEmpty() ? "" : "?" + rest));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        if (origin.equals("null")) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            String host = request.getHeader("Host");
            return o.getHost() == null || host == null || !(o.getAuthority()).equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
