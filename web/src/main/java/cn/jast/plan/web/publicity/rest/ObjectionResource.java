package cn.jast.plan.web.publicity.rest;

import cn.jast.plan.web.publicity.PublicityService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** The office decides objections. */
@Path("v1/objections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ObjectionResource {

    @Inject
    PublicityService publicity;

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Decide an objection (office); upheld takes the application off the list (rejected)")
    public NoticeResource.ObjectionView decide(@PathParam("id") String id, @Valid @NotNull Decision decision) {
        return NoticeResource.ObjectionView.of(publicity.decide(id, decision.upheld(), decision.note()));
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Decide several objections, each with its reason (office)",
            description = "Every decision, or none: one transaction; a refused one answers as a single decision would, "
                    + "the objection named at the head of the detail, and nothing is decided.")
    public java.util.List<NoticeResource.ObjectionView> decideAll(
            @Valid @NotNull java.util.List<BulkDecision> decisions) {
        return publicity.decideAll(decisions.stream().map(d -> new PublicityService.Decision(d.objection(),
                Boolean.TRUE.equals(d.upheld()), d.note())).toList()).stream().map(NoticeResource.ObjectionView::of).toList();
    }

    /** One decision of the bulk step. */
    public record BulkDecision(@NotNull @Size(max = 64) String objection, @NotNull Boolean upheld,
                               @Size(max = 4000) String note) {
        public BulkDecision(String objection, Boolean upheld, String note) {
            this.objection = objection;
            this.upheld = upheld;
            this.note = note;
        }
    }

    public record Decision(@NotNull Boolean upheld, @Size(max = 4000) String note) {
        public Decision(Boolean upheld, String note) {
            this.upheld = upheld;
            this.note = note;
        }
    }
}
