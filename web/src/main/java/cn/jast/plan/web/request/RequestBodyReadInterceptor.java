package cn.jast.plan.web.request;

import java.io.IOException;
import java.util.Optional;

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
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
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
