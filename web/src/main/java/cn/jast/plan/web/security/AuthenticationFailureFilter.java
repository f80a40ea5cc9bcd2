package cn.jast.plan.web.security;

import cn.jast.plan.web.support.Problem;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a REST request whose credentials failed (401) or whose account is locked (429) before any
 * resource runs, as problem+json: wrong credentials are never treated as "anonymous".
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFailureFilter implements ContainerRequestFilter {

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
        }
    }
}
