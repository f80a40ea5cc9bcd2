package cn.jast.plan.web.problem;

import java.net.URI;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Someone else changed the record since the caller read it: {@code 409}, read it again and retry. */
@Provider
public class OptimisticLockExceptionMapper extends ProblemMapping implements ExceptionMapper<OptimisticLockException> {

    public static final URI CONFLICT = URI.create("urn:jast:plan:problem:edit-conflict");

    @Override
    public Response toResponse(OptimisticLockException e) {
        return problem().withInstance(path()).toResponse();
    }

    /** The answer to an edit over a stale version, also for a {@code StaleVersion} refusal. */
    static Problem problem() {
        return Problem.of(CONFLICT, "Changed by someone else", 409,
                "The record was changed by someone else since you read it; read it again and retry.");
    }
}
