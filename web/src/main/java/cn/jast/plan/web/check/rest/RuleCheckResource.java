package cn.jast.plan.web.check.rest;

import cn.jast.plan.domain.exchange.CheckRequest;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.web.plan.PlanCatalog;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.request.Bodies;
import cn.jast.plan.web.security.StoresNothing;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public rule check (API.md): could this application be submitted at this instant, by this
 * society, beside its other applications of the plan year? Stores nothing; lists every rule the
 * application breaks, with its clause and the guide's words. Anyone may call it.
 *
 * <p>The body is read by the domain's own reader ({@link CheckRequest#read}), so that a bad field
 * is named the same way here as anywhere else, and evaluated by the plan year's one rule book.
 */
@Path("v1/plans/{year}/check")
@RequestScoped
public class RuleCheckResource {

    @Inject
    PlanCatalog plans;

    @POST
    @StoresNothing
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check an application against every rule of the plan year's guide",
            description = "Answers 200 with `admissible`, every violation and the warnings. Bad input "
                    + "(not JSON, unknown codes, malformed dates, negative numbers, a sub-project of "
                    + "another category) is a 400 naming the field; an unknown year is a 404.")
    @APIResponse(responseCode = "200", description = "The check was made; see `admissible`.")
    @APIResponse(responseCode = "400", description = "The request cannot be read; `errors` names the fields.")
    @APIResponse(responseCode = "404", description = "No such plan year.")
    public CheckAnswer check(@PathParam("year") String year, String body) {
        SubmissionRules rules = rulesOf(year);
        CheckRequest request = Bodies.read("check request", body, json -> CheckRequest.read(json, rules.plan()));
        Evaluation evaluation = rules.evaluate(request.context(rules.plan()));
        return CheckAnswer.of(evaluation);
    }

    private SubmissionRules rulesOf(String year) {
        if (year.matches("[0-9]{4}")) {
            var found = plans.rules(Integer.parseInt(year));
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw Failures.notFound("plan year " + year);
    }
}
