package cn.jast.plan.web.problem;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * An enterprise bean wraps the runtime exceptions of its methods (a rule violation, a constraint
 * violation) in an {@link EJBException}; this answers for the wrapped exception as if it had been
 * thrown directly.
 */
@Provider
public class EJBExceptionMapper extends ProblemMapping implements ExceptionMapper<EJBException> {

    @Context
    Providers providers;

    @Override
    public Response toResponse(EJBException exception) {
        Throwable cause = exception.getCause() != null ? exception.getCause() : exception.getCausedByException();
        if (cause == null || cause == exception) {
            return incident(exception).withInstance(path()).toResponse();
        }
        return answer(cause);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Response answer(Throwable cause) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        if (mapper == null) {
            return incident(cause).withInstance(path()).toResponse();
        }
        return mapper.toResponse(cause);
    }
}
