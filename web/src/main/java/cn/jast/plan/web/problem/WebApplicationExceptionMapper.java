package cn.jast.plan.web.problem;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers the HTTP errors that JAX-RS itself raises (404 no such resource, 405 method not allowed,
 * 406 not acceptable, 415 unsupported media type, ...) and those resources throw, as problem+json.
 * Headers the status needs ({@code Allow}, {@code WWW-Authenticate}, {@code Retry-After}) are kept.
 * A 5xx becomes an incident: its message is logged, not shown.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapping implements ExceptionMapper<WebApplicationException> {

    /** The message JAX-RS gives an exception built without one: it adds nothing to the title. */
    private static final Pattern DEFAULT_MESSAGE = Pattern.compile("HTTP \\d{3} .*");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original; // a redirection thrown as an exception is not an error
        }
        String parameter = unreadableParameter(exception);
        if (parameter != null) {
            // Jersey answers 404 for a query, header or form parameter it cannot convert (?year=abc):
            // the resource exists and the request is wrong, so 400 naming the parameter.
            String message = "is not of the form this parameter takes";
            for (Throwable t = exception.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof NumberFormatException) {
                    message = "must be a whole number";
                }
            }
            return Problem.of(ProblemTypes.INVALID_INPUT, "Invalid input", 400,
                            "The parameter '" + parameter + "' " + message + ".")
                    .withErrors(List.of(new Problem.FieldError(parameter, message)))
                    .withInstance(path()).toResponse();
        }
        Problem problem = status >= 500
                ? incident(exception, status)
                : Problem.ofStatus(status, detail(exception, status));
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE_TYPE)
                .entity(problem.withInstance(path()));
        for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
            if (!header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                header.getValue().forEach(value -> answer.header(header.getKey(), value));
            }
        }
        if (status == 401 && !original.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            // RFC 9110: a 401 carries a challenge, whichever filter refused the anonymous caller.
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"JAST plan\", charset=\"UTF-8\"");
        }
        return answer.build();
    }

    /**
     * The name of the parameter Jersey could not convert, or null. Jersey's {@code ParamException}
     * (not part of Jakarta REST, so read by reflection) names it; a path parameter that does not
     * convert stays 404, since no such resource exists.
     */
    static String unreadableParameter(WebApplicationException exception) {
        Class<?> type = exception.getClass();
        if (!type.getName().startsWith("org.glassfish.jersey.server.ParamException$")
                || type.getSimpleName().equals("PathParamException")) {
            return null;
        }
        try {
            Object name = type.getMethod("getParameterName").invoke(exception);
            return name == null ? null : name.toString();
        } catch (ReflectiveOperationException | RuntimeException notJersey) {
            return null;
        }
    }

    private String detail(WebApplicationException exception, int status) {
        String message = exception.getMessage();
        if (message != null && !DEFAULT_MESSAGE.matcher(message).matches()) {
            return message;
        }
        if (exception instanceof NotFoundException) {
            return "There is no resource at " + path() + ".";
        }
        if (exception instanceof NotAllowedException) {
            return method() + " is not allowed at " + path() + "; allowed: "
                    + String.join(", ", exception.getResponse().getAllowedMethods()) + ".";
        }
        if (exception instanceof NotSupportedException) {
            MediaType sent = contentType();
            return (sent == null ? "A request without a content type" : "Content type " + sent)
                    + " is not accepted at " + path() + ".";
        }
        if (exception instanceof NotAcceptableException) {
            return "None of the media types in the Accept header can be produced at " + path() + ".";
        }
        return ProblemTypes.reasonPhrase(status) + ".";
    }

    private MediaType contentType() {
        try {
            return headers.getMediaType();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
