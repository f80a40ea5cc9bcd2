package cn.jast.plan.web.problem;

import java.net.URI;
import java.util.List;

import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.web.refusal.RefusedByRules;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A lifecycle step the domain refuses: {@code 422} with every violated rule and every required field of
 * the form left empty when the refusal is the guide's (a submission), otherwise {@code 409}: the application is not in a state that allows
 * the step (submitting twice, approving before the notice is over). The reason is the domain's, in
 * Chinese and English.
 */
@Provider
public class TransitionRefusedMapper extends ProblemMapping implements ExceptionMapper<TransitionRefused> {

    /** The step is not allowed in the application's present state. */
    public static final URI TRANSITION_REFUSED = URI.create("urn:jast:plan:problem:transition-refused");

    @Override
    public Response toResponse(TransitionRefused e) {
        return problem(e).withInstance(path()).toResponse();
    }

    /** The problem for a refusal, for services that answer it themselves. */
    public static Problem problem(TransitionRefused e) {
        List<Problem.MissingField> missing = e.missing().stream().map(Problem.MissingField::of).toList();
        if (!e.violations().isEmpty()) {
            return RefusalMapper.problem(new RefusedByRules(e.violations())).withMissingFields(missing);
        }
        if (!missing.isEmpty()) {
            return Problem.of(ProblemTypes.RULE_VIOLATION, "The request breaks rules of the plan guide", 422,
                    missing.size() + " required field(s) of the application form are empty: "
                            + missing.stream().map(Problem.MissingField::field).toList()
                            + " / " + e.reason().zh()).withMissingFields(missing);
        }
        return Problem.of(TRANSITION_REFUSED, "The step is not allowed now", 409,
                e.reason().en() + " / " + e.reason().zh());
    }
}
