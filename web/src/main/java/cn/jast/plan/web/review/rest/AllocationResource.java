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

/** The allocation of a plan year's places by the experts' mean scores. */
@Path("v1/plans/{year}/allocation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    ReviewService reviews;

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Allocate: mean scores, rank per quota group, recommend within the quota (office)",
            description = "Refused (409) while an application under review has no score; all or nothing.")
    public List<ReviewResource.OutcomeView> allocate(@PathParam("year") int year) {
        return reviews.allocate(year).stream().map(ReviewResource.OutcomeView::of).toList();
    }

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "The stored allocation outcomes with their explanation (office)")
    public List<ReviewResource.OutcomeView> outcomes(@PathParam("year") int year) {
        return reviews.allocation(year).stream().map(ReviewResource.OutcomeView::of).toList();
    }
}
