package cn.jast.plan.web.refusal;

import java.net.URI;
import java.util.List;

import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.web.problem.Problem;
import cn.jast.plan.web.problem.ProblemException;
import cn.jast.plan.web.problem.ProblemTypes;

/** The refusals the application services answer with, as {@link ProblemException}s (problem+json). */
public final class Failures {

    public static final URI NOT_ALLOWED_NOW = URI.create("urn:jast:plan:problem:not-allowed-now");

    private Failures() {
    }

    /** Not found, or not the caller's to see: the two are answered alike so that existence is not revealed. */
    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.ofStatus(404, "There is no " + what + "."));
    }

    public static ProblemException unauthenticated() {
        return new ProblemException(Problem.ofStatus(401, "Log in (HTTP Basic) to do this."));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.ofStatus(403, detail));
    }

    /** One bad field of the request, answered 400 like a Bean Validation failure. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.of(ProblemTypes.INVALID_INPUT, "Invalid input", 400,
                field + ": " + message).withErrors(List.of(new Problem.FieldError(field, message))));
    }

    /** The domain's reader named the bad fields of a JSON document. */
    public static ProblemException invalid(String what, InvalidInputException e) {
        return new ProblemException(Problem.of(ProblemTypes.INVALID_INPUT, "Invalid input", 400,
                        "The " + what + " cannot be read: " + e.getMessage())
                .withErrors(e.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList()));
    }

    /** A well-formed request that the present state of things does not allow (409). */
    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(NOT_ALLOWED_NOW, "Not allowed now", 409, detail));
    }
}
