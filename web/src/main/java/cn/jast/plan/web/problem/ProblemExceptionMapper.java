package cn.jast.plan.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link ProblemException} (and so a {@link RuleViolationException}) with the problem it carries. */
@Provider
public class ProblemExceptionMapper extends ProblemMapping implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        return exception.problem().withInstance(path()).toResponse();
    }
}
