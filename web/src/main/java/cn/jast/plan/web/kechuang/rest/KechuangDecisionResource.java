package cn.jast.plan.web.kechuang.rest;

import cn.jast.plan.domain.kechuang.KechuangFlag;
import cn.jast.plan.web.kechuang.KechuangService;
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

/** The office's decision on one 科创江苏 flag (LIMIT-5, II.3.5). */
@Path("v1/kechuang-flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KechuangDecisionResource {

    @Inject
    KechuangService kechuang;

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Decide on a flag, with a reason (office)",
            description = "NOT_THE_SAME_PROJECT clears it and review goes on; THE_SAME_PROJECT refuses the application"
                    + " (REJECTED; 409 once approved) and a place it held goes to the reserve list. Once only.")
    public KechuangListResource.FlagView decide(@PathParam("id") String id, @Valid @NotNull DecisionRequest request) {
        KechuangService.Decided d = kechuang.decide(id, request.decision(), request.reason());
        return KechuangListResource.FlagView.of(d.flag(), d.application().state());
    }

    public record DecisionRequest(@NotNull KechuangFlag.Decision decision, @NotBlank @Size(max = 2000) String reason) {
        public DecisionRequest(KechuangFlag.Decision decision, String reason) {
            this.decision = decision;
            this.reason = reason;
        }
    }
}
