package cn.jast.plan.web.review.rest;

import java.util.List;

import cn.jast.plan.web.review.ReviewService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The scores of an application: the office sees all, an assigned expert only their own. */
@Path("v1/applications/{id}/scores")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScoresResource {

    @Inject
    ReviewService reviews;

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.EXPERT})
    @Operation(summary = "Scores of the application (office: all; an assigned expert: only their own)")
    public List<ReviewResource.ScoreView> scores(@PathParam("id") String id) {
        java.util.Map<String, java.util.Map<String, java.math.BigDecimal>> criteria = reviews.criteriaOf(id);
        return reviews.scores(id).stream().map(s -> ReviewResource.ScoreView.of(s,
                criteria.getOrDefault(s.expert(), java.util.Map.of()))).toList();
    }
}
