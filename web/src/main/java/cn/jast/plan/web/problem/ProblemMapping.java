package cn.jast.plan.web.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

/**
 * What every exception mapper of the API shares: the request it answers and the way an unexpected
 * failure is logged. Subclasses turn one family of exceptions into a {@link Problem}.
 */
abstract class ProblemMapping {

    private static final Logger LOG = Logger.getLogger("cn.jast.plan.web.errors");

    @Context
    UriInfo uriInfo;

    @Context
    Request request;

    /** The request's path (with the context root), for the problem's {@code instance}. */
    String path() {
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException outsideOfARequest) {
            return null;
        }
    }

    String method() {
        try {
            return request.getMethod();
        } catch (RuntimeException outsideOfARequest) {
            return "?";
        }
    }

    /**
     * Logs a failure the client cannot be told about, with its stack trace, under a fresh incident
     * identifier, and answers 500 with nothing but that identifier.
     */
    Problem incident(Throwable failure) {
        return incident(failure, 500);
    }

    /** As {@link #incident(Throwable)}, for a server error of another status (502, 503, ...). */
    Problem incident(Throwable failure, int status) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, failure, () -> "Incident " + id + ": " + method() + " " + path() + " failed");
        return Problem.of(ProblemTypes.INTERNAL_ERROR, status == 500 ? "Internal server error"
                                : ProblemTypes.reasonPhrase(status), status,
                        "The server could not process the request. Quote incident " + id + " when reporting it.")
                .withIncident(id);
    }
}
