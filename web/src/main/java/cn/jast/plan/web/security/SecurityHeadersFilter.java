package cn.jast.plan.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The headers every answer of the application carries, set before anything else runs so that error
 * answers carry them too: {@code X-Content-Type-Options: nosniff} (a browser never guesses a type,
 * e.g. runs an uploaded attachment as a script), {@code Referrer-Policy: same-origin} (addresses,
 * which name applications, never leave the site). Every REST answer is private or short-lived, so
 * it is {@code Cache-Control: no-store} (a resource may say otherwise) and is never to be rendered
 * or framed as a document ({@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}).
 * The pages' own Content-Security-Policy is set where the pages are made.
 */
@WebFilter(filterName = "SecurityHeadersFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (isApi(request)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        chain.doFilter(request, response);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }
}
