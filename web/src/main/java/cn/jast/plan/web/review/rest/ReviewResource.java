package cn.jast.plan.web.review.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.review.AllocationOutcome;
import cn.jast.plan.domain.review.ExpertScore;
import cn.jast.plan.web.application.rest.ApplicationView;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An expert's reviews: their assignments, their scores, declining for a conflict of interest. */
@Path("v1/reviews")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @GET
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "The caller's (an expert's) assignments with the application content and their own score")
    public List<AssignmentView> mine() {
        return reviews.myAssignments().stream().map(a -> new AssignmentView(a.assignment().assignedAt(),
                a.applicantVisible() ? ApplicationView.of(a.application())
                        : ApplicationView.of(a.application()).withoutApplicant(),
                a.ownScore().map(s -> ScoreView.of(s, a.ownCriteria())).orElse(null))).toList();
    }

    @PUT
    @Path("{applicationId}/score")
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "Hand in (or revise) the score sheet of an assigned application under review: "
            + "\"criteria\" gives a score for every criterion of the plan year (0 to the criterion's maximum); a plan "
            + "year without criteria takes one overall \"score\". Every bad criterion is named (400).")
    public ScoreView score(@PathParam("applicationId") String id, @Valid @NotNull ScoreRequest request) {
        ExpertScore s = reviews.score(id, request.score(), request.criteria(), request.comment());
        return ScoreView.of(s, reviews.criteriaOf(id).getOrDefault(s.expert(), java.util.Map.of()));
    }

    @POST
    @Path("{applicationId}/decline")
    @RolesAllowed(Roles.EXPERT)
    @Operation(summary = "Decline an assignment for a conflict of interest")
    public Response decline(@PathParam("applicationId") String id, @Valid @NotNull DeclineRequest request) {
        reviews.decline(id, request.reason());
        return Response.noContent().build();
    }

    public record ScoreRequest(BigDecimal score, @Size(max = 50) java.util.Map<String, BigDecimal> criteria,
                               @Size(max = 4000) String comment) {
        public ScoreRequest(BigDecimal score, java.util.Map<String, BigDecimal> criteria, String comment) {
            this.score = score;
            this.criteria = criteria;
            this.comment = comment;
        }
    }

    public record DeclineRequest(@NotBlank @Size(max = 2000) String reason) {
        public DeclineRequest(String reason) {
            this.reason = reason;
        }
    }

    @JsonbPropertyOrder({"assignedAt", "application", "ownScore"})
    public record AssignmentView(Instant assignedAt, ApplicationView application, ScoreView ownScore) {
    }

    /** {@code score} is the sheet's total; {@code criteria} its score per criterion (empty for an overall score). */
    @JsonbPropertyOrder({"application", "expert", "score", "criteria", "comment", "at"})
    public record ScoreView(String application, String expert, BigDecimal score,
                            java.util.Map<String, BigDecimal> criteria, String comment, Instant at) {
        public static ScoreView of(ExpertScore s, java.util.Map<String, BigDecimal> criteria) {
            return new ScoreView(s.applicationId(), s.expert(), s.score(), new java.util.TreeMap<>(criteria),
                    s.comment(), s.at());
        }
    }

    @JsonbPropertyOrder({"application", "quotaGroup", "rank", "quota", "groupSize", "withinQuota", "reservePosition",
            "score", "explanation"})
    public record OutcomeView(String application, String quotaGroup, int rank, int quota, int groupSize,
                              boolean withinQuota, int reservePosition, double score, String explanation) {
        public static OutcomeView of(AllocationOutcome o) {
            return new OutcomeView(o.applicationId(), o.quotaGroup(), o.rank(), o.quota(), o.groupSize(),
                    o.withinQuota(), o.reservePosition(), o.score(), o.explanation());
        }
    }
}
