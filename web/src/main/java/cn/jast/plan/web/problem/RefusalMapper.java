package cn.jast.plan.web.problem;

import java.net.URI;

import cn.jast.plan.web.refusal.Conflict;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.refusal.NotAllowed;
import cn.jast.plan.web.refusal.NotFound;
import cn.jast.plan.web.refusal.Refusal;
import cn.jast.plan.web.refusal.RefusedByRules;
import cn.jast.plan.web.refusal.StaleVersion;
import cn.jast.plan.web.refusal.TooManyRequests;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An application service's {@link Refusal} as problem+json, one answer per kind:
 * <table>
 * <caption>refusal to problem</caption>
 * <tr><th>refusal</th><th>status</th><th>type</th></tr>
 * <tr><td>{@link NotFound}</td><td>404</td><td>{@code about:blank}</td></tr>
 * <tr><td>{@link NotAllowed}</td><td>401 (nobody logged in) or 403</td><td>{@code about:blank}</td></tr>
 * <tr><td>{@link InvalidInput}</td><td>400</td><td>{@code invalid-input}, with {@code errors}</td></tr>
 * <tr><td>{@link RefusedByRules}</td><td>422</td><td>{@code rule-violation}, with every violation</td></tr>
 * <tr><td>{@link Conflict}</td><td>409 (422 when nothing matches)</td><td>{@code not-allowed-now};
 * a refused lifecycle step as {@link TransitionRefusedMapper} answers it</td></tr>
 * <tr><td>{@link StaleVersion}</td><td>409</td><td>{@code edit-conflict}, as a JPA optimistic lock failure</td></tr>
 * <tr><td>{@link TooManyRequests}</td><td>429 with {@code Retry-After} (seconds)</td><td>{@code about:blank}</td></tr>
 * </table>
 */
@Provider
public class RefusalMapper extends ProblemMapping implements ExceptionMapper<Refusal> {

    /** A well-formed request that the present state of things does not allow. */
    public static final URI NOT_ALLOWED_NOW = URI.create("urn:jast:plan:problem:not-allowed-now");

    @Override
    public Response toResponse(Refusal refusal) {
        Response answer = problem(refusal).withInstance(path()).toResponse();
        if (refusal instanceof TooManyRequests t) {
            return Response.fromResponse(answer).header("Retry-After", t.retryAfter().toSeconds()).build();
        }
        return answer;
    }

    /** The problem of a refusal, without the request's path. */
    public static Problem problem(Refusal refusal) {
        if (refusal instanceof NotFound) {
            return Problem.ofStatus(404, refusal.detail());
        }
        if (refusal instanceof NotAllowed n) {
            Problem p = Problem.ofStatus(n.isLoginNeeded() ? 401 : 403, refusal.detail());
            return n.errors().isEmpty() ? p
                    : p.withErrors(n.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList());
        }
        if (refusal instanceof InvalidInput i) {
            return Problem.of(ProblemTypes.INVALID_INPUT, "Invalid input", 400, i.detail())
                    .withErrors(i.errors().stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList());
        }
        if (refusal instanceof RefusedByRules r) {
            return Problem.of(ProblemTypes.RULE_VIOLATION, "The request breaks rules of the plan guide", 422, r.detail())
                    .withViolations(r.violations().stream().map(Problem.Violation::of).toList());
        }
        if (refusal instanceof Conflict c) {
            if (c.transition().isPresent()) {
                return TransitionRefusedMapper.problem(c.transition().get());
            }
            return Problem.of(NOT_ALLOWED_NOW, c.title(), c.nothingMatches() ? 422 : 409, c.detail());
        }
        if (refusal instanceof TooManyRequests) {
            return Problem.ofStatus(429, refusal.detail());
        }
        if (refusal instanceof StaleVersion) {
            return OptimisticLockExceptionMapper.problem();
        }
        throw new IllegalStateException("A refusal of an unknown kind: " + refusal.getClass().getName());
    }
}
