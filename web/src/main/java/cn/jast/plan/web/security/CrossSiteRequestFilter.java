package cn.jast.plan.web.security;

import jakarta.json.spi.JsonProvider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cross-site request forgery, refused before anything runs: a request that changes state (any
 * method but GET, HEAD, OPTIONS) and carries credentials (an {@code Authorization} header or a
 * cookie) while the browser says it comes from another site ({@code Sec-Fetch-Site} other than
 * {@code same-origin} or {@code none}, or an {@code Origin} that is not this server's) is answered
 * {@code 403}. A browser sends both headers by itself and a page cannot forge them; clients that are
 * not browsers send neither and pass. Reading (GET) needs no such check: the same-origin policy
 * keeps another site from reading the answer.
 *
 * <p>The public rule check (API.md) is anonymous and meant to be called from anywhere: a request
 * without credentials passes from any origin, and its answers and preflight allow every origin
 * ({@code Access-Control-Allow-Origin: *}, which browsers never combine with credentials). The same
 * request with credentials from another site is refused like any other. Request bodies must be
 * {@code application/json} besides ({@link JsonBodyFilter}), so an HTML form of another site cannot
 * post to the API even without credentials.
 */
@WebFilter(filterName = "CrossSiteRequestFilter", urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequestFilter extends HttpFilter {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    /** The public rule check of API.md: {@code POST /api/v1/plans/{year}/check}. */
    private static final Pattern PUBLIC_CHECK = Pattern.compile("/api/v1/plans/[^/]+/check");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean publicCheck = PUBLIC_CHECK.matcher(path(request)).matches();
        if (publicCheck) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", "POST");
                response.setHeader("Access-Control-Allow-Headers", "Content-Type");
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                return;
            }
        }
        if (!SAFE.contains(request.getMethod()) && carriesCredentials(request) && crossSite(request)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        String servlet = request.getServletPath();
        String info = request.getPathInfo();
        return (servlet == null ? "" : servlet) + (info == null ? "" : info);
    }

    private static boolean carriesCredentials(HttpServletRequest request) {
        return request.getHeader("Authorization") != null || request.getHeader("Cookie") != null;
    }

    /** True when the browser says the request was made by a page of another origin. */
    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equalsIgnoreCase("same-origin") && !fetchSite.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request.getHeader("Host"));
    }

    /**
     * Compares the origin's host and port with the {@code Host} the browser addressed; the scheme is
     * left out, because a proxy in front may end TLS (an {@code https} origin, a plain request here).
     */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI o = URI.create(origin.trim());
            if (o.getHost() == null) {
                return false;
            }
            int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            String h = host.trim().toLowerCase(Locale.ROOT);
            int colon = h.lastIndexOf(':');
            boolean hasPort = colon > h.lastIndexOf(']');
            String hostName = hasPort ? h.substring(0, colon) : h;
            if (!hostName.equals(o.getHost().toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (!hasPort) {
                return o.getPort() == -1 || port == 80 || port == 443;
            }
            return Integer.parseInt(h.substring(colon + 1)) == port;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Forbidden")
                .add("status", 403)
                .add("detail", "A request that changes data, with credentials, from a page of another site is refused "
                        + "(cross-site request forgery).")
                .add("instance", request.getRequestURI())
                .build().toString();
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
