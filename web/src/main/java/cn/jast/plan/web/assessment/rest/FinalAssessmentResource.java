package cn.jast.plan.web.assessment.rest;

import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.funding.rest.FundingResource;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The office's final assessment (验收考核), which decides the funding. */
@Path("v1/applications/{id}/final-assessment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinalAssessmentResource {

    @Inject
    AssessmentService assessment;

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Conclude the final assessment of a project whose final report is filed (office)",
            description = "Passed: funded the next year (categories 1 and 2: no money). Failed: funding cancelled, "
                    + "and the society may not apply to the category next year (ELIG-5).")
    public FundingResource.FundingView conclude(@PathParam("id") String id,
                                                @Valid @NotNull AssessmentResource.Verdict verdict) {
        return FundingResource.FundingView.of(assessment.finalAssessment(id, verdict.passed(), verdict.note()));
    }
}
