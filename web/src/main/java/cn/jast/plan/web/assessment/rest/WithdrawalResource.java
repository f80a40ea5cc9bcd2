package cn.jast.plan.web.assessment.rest;

import java.util.List;

import cn.jast.plan.web.application.rest.ApplicationView;
import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An approved project given up before it starts: its place goes to the reserve list. */
@Path("v1/applications/{id}/withdrawal-before-start")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WithdrawalResource {

    @Inject
    AssessmentService assessment;

    @POST
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "Give up an approved project before it starts (its society or the office); answers the "
            + "applications recommended from the reserve list in its place")
    public List<ApplicationView> withdraw(@PathParam("id") String id, @Valid @NotNull Reason reason) {
        return assessment.withdrawBeforeStart(id, reason.reason()).stream().map(ApplicationView::of).toList();
    }

    public record Reason(@NotBlank @Size(max = 2000) String reason) {
        public Reason(String reason) {
            this.reason = reason;
        }
    }
}
