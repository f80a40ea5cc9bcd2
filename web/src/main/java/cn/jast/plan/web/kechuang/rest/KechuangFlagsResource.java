package cn.jast.plan.web.kechuang.rest;

import java.util.List;

import cn.jast.plan.web.kechuang.KechuangService;
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

/** The 科创江苏 flags of a plan year with their state (LIMIT-5, II.3.5), office only. */
@Path("v1/plans/{year}/kechuang-flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KechuangFlagsResource {

    @Inject
    KechuangService kechuang;

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "The plan year's applications flagged as on the 科创江苏 list, with their state (office)")
    public List<KechuangListResource.FlagView> flags(@PathParam("year") int year) {
        return kechuang.flags(year).stream().map(f -> KechuangListResource.FlagView.of(f.flag(), f.applicationState())).toList();
    }
}
