package cn.jast.plan.web.assessment.rest;

import java.time.Instant;

import cn.jast.plan.domain.assessment.AssessmentResult;
import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The office's mid-term evaluation of a project. */
@Path("v1/applications/{id}/midterm")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    @Inject
    AssessmentService assessment;

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Record the mid-term evaluation of an approved project (office)")
    public ResultView midTerm(@PathParam("id") String id, @Valid @NotNull Verdict verdict) {
        return ResultView.of(assessment.midTerm(id, verdict.passed(), verdict.note()));
    }

    public record Verdict(@NotNull Boolean passed, @Size(max = 4000) String note) {
        public Verdict(Boolean passed, String note) {
            this.passed = passed;
            this.note = note;
        }
    }

    @JsonbPropertyOrder({"id", "application", "stage", "passed", "note", "assessedBy", "assessedAt"})
    public record ResultView(String id, String application, String stage, boolean passed, String note,
                             String assessedBy, Instant assessedAt) {
        static ResultView of(AssessmentResult r) {
            return new ResultView(r.id(), r.applicationId(), r.stage().name(), r.passed(), r.note(), r.assessedBy(),
                    r.assessedAt());
        }
    }
}
