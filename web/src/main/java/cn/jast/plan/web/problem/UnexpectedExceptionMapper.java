package cn.jast.plan.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The last resort: any exception no other mapper claims is a server failure. It is logged with its
 * stack trace under an incident identifier; the client gets {@code 500} with that identifier and a
 * generic message, never the exception's class, message or trace.
 */
@Provider
public class UnexpectedExceptionMapper extends ProblemMapping implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return incident(exception).withInstance(path()).toResponse();
    }
}
