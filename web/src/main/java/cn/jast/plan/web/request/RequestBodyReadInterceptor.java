package cn.jast.plan.web.request;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import cn.jast.plan.web.problem.Problem;
import cn.jast.plan.web.problem.ProblemException;
import cn.jast.plan.web.problem.ProblemTypes;
import cn.jast.plan.web.problem.UnexpectedExceptionMapper;
/**
 * Reads every request body through {@link RequestBodyLimit.Bounded}, at the matched resource's limit,
 * and turns a failure to read it into the client's error it is: a body past the limit is {@code 413};
 * an empty body, JSON that does not parse or JSON of the wrong shape is {@code 400}. The detail says where the JSON broke (line and
 * column) but never repeats the parser's message, which names Java types.
 *
 * <p>Without this, the JSON-B provider's {@code ProcessingException} would reach
 * {@link UnexpectedExceptionMapper} and a client's typo would look like a server failure.
 */
@Provider
public class RequestBodyReadInterceptor implements ReaderInterceptor {
    /** How JSON-B (Yasson) names the property it could not read, in its exception messages. */
    private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_$]+)'?");

    @Context
    ResourceInfo resource;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = RequestBodyLimit.forResource(resource);
        context.setInputStream(new RequestBodyLimit.Bounded(context.getInputStream(), limit));
        try {
            return context.proceed();
        } catch (WebApplicationException | ProblemException alreadyAnswered) {
            throw alreadyAnswered;
        } catch (IOException | RuntimeException failure) {
            Optional<Problem> problem = problem(failure);
            if (problem.isPresent()) {
                throw new ProblemException(problem.get(), failure);
            }
            throw failure;
        }
    }

    private static Optional<Problem> problem(Throwable failure) {
        JsonParsingException parsing = null;
        boolean jsonFailure = false;
        List<String> path = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException && t.getMessage() != null) {
                Matcher property = PROPERTY.matcher(t.getMessage());
                if (property.find() && (path.isEmpty() || !path.get(path.size() - 1).equals(property.group(1)))) {
                    path.add(property.group(1));
                }
            }
            if (t instanceof RequestBodyLimit.Exceeded exceeded) {
                return Optional.of(RequestBodyLimit.problem(exceeded.limit));
            }
            if (t instanceof NoContentException) {
                return Optional.of(malformed("The request has no body; this resource reads a JSON document."));
            }
            if (t instanceof JsonParsingException p && parsing == null) {
                parsing = p;
            }
            jsonFailure |= t instanceof JsonException || t instanceof JsonbException;
        }
        if (parsing != null) {
            JsonLocation at = parsing.getLocation();
            return Optional.of(malformed(at == null
                    ? "The request body is not valid JSON."
                    : "The request body is not valid JSON (line " + at.getLineNumber()
                            + ", column " + at.getColumnNumber() + ")."));
        }
        if (jsonFailure && !path.isEmpty()) {
            String field = String.join(".", path);
            return Optional.of(malformed("The field '" + field + "' has a value of the wrong type.")
                    .withErrors(List.of(new Problem.FieldError(field, "has a value of the wrong type"))));
        }
        if (jsonFailure) {
            return Optional.of(malformed(
                    "The request body is not JSON of the shape this resource reads (a value of the wrong type?)."));
        }
        return Optional.empty();
    }

    private static Problem malformed(String detail) {
        return Problem.of(ProblemTypes.MALFORMED_BODY, "Malformed request body", 400, detail);
    }
}
