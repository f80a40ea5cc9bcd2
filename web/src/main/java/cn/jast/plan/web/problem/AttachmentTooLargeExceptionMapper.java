package cn.jast.plan.web.problem;

import cn.jast.plan.persistence.attachment.AttachmentTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An attachment over {@code jast.attachments.maxBytes}: {@code 413}, nothing stored. */
@Provider
public class AttachmentTooLargeExceptionMapper extends ProblemMapping
        implements ExceptionMapper<AttachmentTooLargeException> {

    @Override
    public Response toResponse(AttachmentTooLargeException e) {
        return Problem.of(ProblemTypes.BODY_TOO_LARGE, "Content Too Large", 413, e.getMessage())
                .withInstance(path()).toResponse();
    }
}
