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

    public record Decision(@NotNull Boolean upheld, @Size(max = 4000) String note) {
        public Decision(Boolean upheld, String note) {
            this.upheld = upheld;
            this.note = note;
        }
    }
}
