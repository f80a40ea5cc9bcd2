package cn.jast.plan.web.faces;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * The container shows the error page ({@code <error-page>} in web.xml) by forwarding the failed request
 * to it, method, parameters and all. Faces would take a failed post's parameters for a postback of the
 * error page, and PrimeFaces' CSP would look for the nonce of a forwarded postback; so the error page
 * sees a plain GET with no parameters, not marked as a forward. The error attributes stay.
 */
@WebFilter(filterName = "error-page", urlPatterns = IncidentExceptionHandler.ERROR_PAGE,
        dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatchFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }

            @Override
            public String getQueryString() {
                return null;
            }

            @Override
            public Object getAttribute(String name) {
                return name.startsWith("jakarta.servlet.forward.") ? null : super.getAttribute(name);
            }
        }, response);
    }
}
