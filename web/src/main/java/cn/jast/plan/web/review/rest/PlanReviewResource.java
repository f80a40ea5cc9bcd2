package cn.jast.plan.web.review.rest;

import java.util.List;

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
}
