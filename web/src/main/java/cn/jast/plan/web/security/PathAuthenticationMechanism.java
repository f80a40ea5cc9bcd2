package cn.jast.plan.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The application's one authentication mechanism, which chooses by path: the REST API under
 * {@code /api/} is HTTP Basic on every request and never has a session
 * ({@link BasicAuthenticationMechanism}); every other path is a page, with a form login and an HTTP
 * session ({@link FormLoginMechanism}). A session cookie sent to the API is ignored, so a page's
 * session can never act on the API (no cross-site request forgery through it), and Basic
 * credentials sent to a page are ignored likewise.
 */
@ApplicationScoped
public class PathAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The path prefix of the REST API (see {@code RestApplication}). */
    static final String API = "/api/";

    @Inject
    BasicAuthenticationMechanism basic;

    @Inject
    FormLoginMechanism form;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        return isApi(request) ? basic.validateRequest(request, response, context)
                : form.validateRequest(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!isApi(request)) {
            form.logout(request);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API) || path.equals("/api");
    }
}
