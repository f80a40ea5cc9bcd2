package cn.jast.plan.web.review.rest;

import java.util.List;
import cn.jast.plan.domain.review.ExpertAssignment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Response;

import cn.jast.plan.web.review.ReviewService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The office starts the review of a plan year. */
@Path("v1/plans/{year}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanReviewResource {

    @Inject
    ReviewService reviews;

    @POST
    @Path("start")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "After the paper deadline: lapse applications without a paper copy, start the review of the others",
            description = "All or nothing, in one transaction.")
    public ReviewService.ReviewStart start(@PathParam("year") int year) {
        return reviews.startReview(year);
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Assign several experts to several applications of the plan year (office)",
            description = "Every pair, or none: one transaction; a refused pair (a conflict of interest REVIEW-COI-n, "
                    + "an application not under review, …) answers as a single assignment would, the pair named at "
                    + "the head of the detail (\"D21-21 × expert4: …\"), and nothing is assigned.")
    public Response assignAll(@PathParam("year") int year, @Valid @NotNull BulkAssignRequest request) {
        List<ExpertAssignment> done = reviews.assignAll(year, request.applications(), request.experts());
        return Response.status(201).entity(done.stream().map(a -> new ApplicationReviewResource.AssignmentView(
                a.applicationId(), a.expert(), a.assignedAt())).toList()).build();
    }

    /** Applications by id and experts by user name: every application gets every expert. */
    public record BulkAssignRequest(@NotNull @Size(max = 500) List<String> applications,
                                    @NotNull @Size(max = 100) List<String> experts) {
        public BulkAssignRequest(List<String> applications, List<String> experts) {
            this.applications = applications;
            this.experts = experts;
        }
    }
}
