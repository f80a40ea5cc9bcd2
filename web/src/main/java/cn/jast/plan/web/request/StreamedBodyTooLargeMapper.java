package cn.jast.plan.web.request;

import java.io.UncheckedIOException;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * A body that a resource reads as a stream itself (an upload sent chunked, without a length) and
 * that goes past the limit fails inside the resource, as an {@link UncheckedIOException} around
 * {@link RequestBodyLimit.Exceeded}: that is the client's {@code 413}, not a server failure. Any
 * other failure to read goes on to the mapper of every other exception (an incident).
 */
@Provider
public class StreamedBodyTooLargeMapper implements ExceptionMapper<UncheckedIOException> {

    @Context
    Providers providers;

    @Context
    UriInfo uri;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(UncheckedIOException exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyLimit.Exceeded exceeded) {
                return RequestBodyLimit.problem(exceeded.limit).withInstance(uri.getRequestUri().getRawPath()).toResponse();
            }
        }
        ExceptionMapper any = providers.getExceptionMapper(Throwable.class);
        return any.toResponse(exception);
    }
}
