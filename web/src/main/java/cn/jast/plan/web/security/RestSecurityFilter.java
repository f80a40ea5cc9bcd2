package cn.jast.plan.web.security;

import cn.jast.plan.persistence.account.Authenticator;
import cn.jast.plan.web.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.security.Principal;

/**
 * The REST layer's side of authentication, before any resource runs: a request whose credentials
 * failed (401) or whose account is locked (429) is answered as problem+json — wrong credentials
 * are never treated as "anonymous"; any other request gets a security context whose roles are the
 * caller's account groups ({@link CurrentUser}), so that {@code @RolesAllowed} means the same on
 * every server, whatever its group-to-role mapping. An account that holds a one-time password from
 * the office gets 403 for everything but setting its own ({@value #OWN_PASSWORD}).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RestSecurityFilter implements ContainerRequestFilter {
    /** The one resource an account with a one-time password may use (under /api/). */
    static final String OWN_PASSWORD = "v1/accounts/me/password";

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Object failure = servletRequest.getAttribute(BasicAuthenticationMechanism.FAILURE);
        if (failure instanceof BasicAuthenticationMechanism.AuthenticationFailure f) {
            Response.ResponseBuilder answer = Response.status(f.status()).type(Problem.MEDIA_TYPE_TYPE)
                    .entity(Problem.of(Problem.ABOUT_BLANK, f.title(), f.status(), f.detail())
                            .withInstance(request.getUriInfo().getRequestUri().getPath()));
            if (f.challenge() != null) {
                answer.header("WWW-Authenticate", f.challenge());
            }
            if (f.retryAfter() != null) {
                answer.header("Retry-After", f.retryAfter());
            }
            request.abortWith(answer.build());
            return;
        }
        LoginOutcome login = CDI.current().select(LoginOutcome.class).get();
        if (login.attempt() != null && login.attempt().outcome() == Authenticator.Outcome.SUCCEEDED
                && login.attempt().passwordChangeRequired()
                && !request.getUriInfo().getPath().replaceFirst("^/+", "").equals(OWN_PASSWORD)) {
            request.abortWith(Response.status(403).type(Problem.MEDIA_TYPE_TYPE)
                    .entity(Problem.of(Problem.ABOUT_BLANK, "Forbidden", 403, "The account's password is a one-time "
                                    + "password from the programme office: set your own first (PUT /api/" + OWN_PASSWORD
                                    + ", or the password page after logging in).")
                            .withInstance(request.getUriInfo().getRequestUri().getPath())).build());
            return;
        }
        SecurityContext container = request.getSecurityContext();
        CurrentUser user = CDI.current().select(CurrentUser.class).get();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return container.getUserPrincipal();
            }

            @Override
            public boolean isUserInRole(String role) {
                return user.hasRole(role);
            }

            @Override
            public boolean isSecure() {
                return container.isSecure();
            }

            @Override
            public String getAuthenticationScheme() {
                return container.getAuthenticationScheme();
            }
        });
    }
}
