package cn.jast.plan.web.society.rest;

import java.util.List;

import cn.jast.plan.domain.exchange.SocietyJson;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.web.application.rest.RawJson;
import cn.jast.plan.web.application.rest.Versions;
import cn.jast.plan.web.request.Bodies;
import cn.jast.plan.web.security.Roles;
import cn.jast.plan.web.society.SocietyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Societies and their profiles (API.md society shape). */
@Path("v1/societies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SocietyResource {

    @Inject
    SocietyService societies;

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Every society (office)")
    public List<SocietyView> all() {
        return societies.all().stream().map(SocietyView::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY})
    @Operation(summary = "One society with its profile (office, or the society itself)",
            description = "The ETag is the version; send it back as If-Match when updating the profile.")
    public Response society(@PathParam("code") String code) {
        Society s = societies.society(code);
        return Response.ok(SocietyView.of(s)).tag(new EntityTag(Long.toString(s.version()))).build();
    }

    @PUT
    @Path("{code}/profile")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY})
    @Operation(summary = "Replace the society's profile (API.md `society` shape)",
            description = "Optimistic locking: If-Match with the version (ETag) read, or `?version=`; a stale "
                    + "version is a 409.")
    @APIResponse(responseCode = "200", description = "Updated")
    @APIResponse(responseCode = "400", description = "A field cannot be read; `errors` names it")
    @APIResponse(responseCode = "409", description = "Changed by someone else")
    public Response updateProfile(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                                  @QueryParam("version") Long version, @QueryParam("year") Integer year,
                                  String body) {
        PlanYear plan = societies.planForProfile(code, year);
        Society s = societies.updateProfile(code,
                Bodies.read("society profile", body, json -> SocietyJson.read(json, plan)),
                Versions.expected(ifMatch, version));
        return Response.ok(SocietyView.of(s)).tag(new EntityTag(Long.toString(s.version()))).build();
    }

    @JsonbPropertyOrder({"code", "name", "version", "profile"})
    public record SocietyView(String code, String name, long version, JsonValue profile) {
        static SocietyView of(Society s) {
            return new SocietyView(s.id().value(), s.name(), s.version(), RawJson.of(SocietyJson.canonical(s.profile())));
        }
    }
}
