package cn.jast.plan.web.review.rest;

import java.time.Instant;

import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.web.review.ReviewService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The office assigns experts to an application. */
@Path("v1/applications/{id}/experts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationReviewResource {

    @Inject
    ReviewService reviews;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Assign an expert account to the application (office)")
    public Response assign(@PathParam("id") String id, @Valid @NotNull AssignRequest request) {
        ExpertAssignment a = reviews.assign(id, request.expert());
        return Response.status(201).entity(new AssignmentView(a.applicationId(), a.expert(), a.assignedAt())).build();
    }

    @POST
    @Path("exception")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Let allocation rank the application with fewer score sheets than the plan year asks, "
            + "giving the reason (office; once per application)")
    public Response exception(@PathParam("id") String id, @Valid @NotNull ExceptionRequest request) {
        ReviewService.RecordedException recorded = reviews.recordException(id, request.reason());
        return Response.status(201).entity(new ExceptionView(recorded.applicationId(), recorded.reason(),
                recorded.recordedBy(), recorded.recordedAt())).build();
    }

    public record ExceptionRequest(@NotBlank @Size(max = 2000) String reason) {
        public ExceptionRequest(String reason) {
            this.reason = reason;
        }
    }

    @JsonbPropertyOrder({"application", "reason", "recordedBy", "recordedAt"})
    public record ExceptionView(String application, String reason, String recordedBy, Instant recordedAt) {
    }

    public record AssignRequest(@NotBlank @Size(max = 64) String expert) {
        public AssignRequest(String expert) {
            this.expert = expert;
        }
    }

    @JsonbPropertyOrder({"application", "expert", "assignedAt"})
    public record AssignmentView(String application, String expert, Instant assignedAt) {
    }

}
