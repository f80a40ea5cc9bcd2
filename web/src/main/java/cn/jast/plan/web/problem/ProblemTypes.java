package cn.jast.plan.web.problem;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * The kinds of problem this API answers with, as URIs for the {@code type} member of a {@link Problem}.
 * They are names, not links: nothing is served at them.
 */
public final class ProblemTypes {

    private static final String PREFIX = "urn:jast:plan:problem:";

    /** The body is not JSON, or not JSON of the shape the resource reads. */
    public static final URI MALFORMED_BODY = URI.create(PREFIX + "malformed-body");
    /** Fields of the request fail Bean Validation; see {@code errors}. */
    public static final URI INVALID_INPUT = URI.create(PREFIX + "invalid-input");
    /** The request breaks rules of the plan guide; see {@code violations}. */
    public static final URI RULE_VIOLATION = URI.create(PREFIX + "rule-violation");
    /** The body is larger than the API accepts. */
    public static final URI BODY_TOO_LARGE = URI.create(PREFIX + "body-too-large");
    /** Something failed on the server; see {@code incident}. */
    public static final URI INTERNAL_ERROR = URI.create(PREFIX + "internal-error");

    private ProblemTypes() {
    }

    /** The standard reason phrase of a status, including those JAX-RS's enum lacks. */
    static String reasonPhrase(int status) {
        if (status == 413) {
            return "Content Too Large";
        }
        if (status == 422) {
            return "Unprocessable Content";
        }
        Response.StatusType known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status < 500 ? "Client Error" : "Server Error";
    }
}
