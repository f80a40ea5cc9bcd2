package cn.jast.plan.web.request;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses, with {@code 413}, a request whose declared {@code Content-Length} is above the matched
 * resource's {@link RequestBodyLimit}, before the body is read. It runs after matching (a resource may
 * allow more with {@link MaxRequestBody}) and before authentication and everything else.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 500)
public class RequestBodyLimitFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        int declared = request.getLength();
        if (declared < 0) {
            return; // unknown (chunked): RequestBodyReadInterceptor counts while reading
        }
        long limit = RequestBodyLimit.forResource(resource);
        if (declared > limit) {
            request.abortWith(RequestBodyLimit.problem(limit)
                    .withInstance(request.getUriInfo().getRequestUri().getRawPath())
                    .toResponse());
        }
    }
}
