package cn.jast.plan.web.society.rest;

import java.util.List;
import java.util.Map;

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
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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

    /** The body of a new society: code and name; type and affiliation (ELIG-1) when known. */
    public record NewSocietyRequest(String code, String name, String type, Boolean affiliatedToJast) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Register a society (office; audited)",
            description = "Body: `{\"code\": \"S-0013\", \"name\": \"江苏省…学会\", \"type\": \"PROVINCIAL_SOCIETY\", "
                    + "\"affiliatedToJast\": true}`; `type` and `affiliatedToJast` may be left out and recorded later "
                    + "(`recorded-facts`). Its accounts are made under `/api/v1/accounts`.")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "A field is malformed or the code is taken; `errors` names it")
    public Response register(@jakarta.validation.constraints.NotNull NewSocietyRequest body) {
        Society s = societies.register(body.code(), body.name(), body.type(), body.affiliatedToJast());
        return Response.created(java.net.URI.create("v1/societies/" + s.id().value())).entity(SocietyView.of(s))
                .tag(new EntityTag(Long.toString(s.version()))).build();
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
    @Operation(summary = "Replace the facts the society declares (API.md `society` shape)",
            description = "Party working group and branch, staff, professional secretariat, journals, awards. The "
                    + "facts only the office records may be sent back unchanged or left out; another value is a 403 "
                    + "naming them. Optimistic locking: If-Match with the version (ETag) read, or `?version=`; a stale "
                    + "version is a 409.")
    @APIResponse(responseCode = "403", description = "An office-recorded fact with another value; the detail names it")
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

    @GET
    @Path("{code}/recorded-facts")
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY})
    @Operation(summary = "The facts only the office records (ELIG-1, 2, 3, 5), each with where it came from "
            + "(office, or the society itself)")
    public RecordedFactsView recordedFacts(@PathParam("code") String code) {
        return RecordedFactsView.of(societies.society(code), societies.sourcesOfRecordedFacts(code));
    }

    @POST
    @Path("{code}/recorded-facts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Record facts that decide eligibility, with the reason (office; audited)",
            description = "Body: `{\"reason\": \"...\", \"facts\": {...}}`, `facts` in the profile's shape with "
                    + "office-recorded members only (`type`, `affiliatedToJast`, `capabilityEvaluations` "
                    + "`[{\"year\": 2020}]`, `annualInspections` `[{\"year\": 2020, \"result\": \"PASSED\"}]`, "
                    + "`integrityIncidents`, `failedAssessments`); each given member replaces the recorded one.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "No reason, no office fact, a declared fact, or a bad field; `errors` names it")
    public Response record(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           @QueryParam("version") Long version, @QueryParam("year") Integer year, String body) {
        PlanYear plan = societies.planForProfile(code, year);
        SocietyJson.OfficeRecord record = Bodies.read("office record", body, json -> SocietyJson.readOfficeRecord(json, plan));
        Society s = societies.recordFacts(code, record.facts(), record.reason(), Versions.expected(ifMatch, version));
        return Response.ok(RecordedFactsView.of(s, societies.sourcesOfRecordedFacts(code)))
                .tag(new EntityTag(Long.toString(s.version()))).build();
    }

    /** The office-recorded facts of a society, each with its source. */
    @JsonbPropertyOrder({"society", "version", "facts"})
    public record RecordedFactsView(String society, long version, List<RecordedFact> facts) {
        static RecordedFactsView of(Society s, Map<String, SocietyService.Source> sources) {
            JsonObject profile = RawJson.of(SocietyJson.canonical(s.profile())).asJsonObject();
            return new RecordedFactsView(s.id().value(), s.version(), sources.entrySet().stream()
                    .map(e -> new RecordedFact(e.getKey(), profile.containsKey(e.getKey()) ? profile.get(e.getKey())
                            : JsonValue.NULL, e.getValue())).toList());
        }
    }

    @JsonbPropertyOrder({"field", "value", "source"})
    public record RecordedFact(String field, JsonValue value, SocietyService.Source source) {
    }

    @JsonbPropertyOrder({"code", "name", "version", "profile"})
    public record SocietyView(String code, String name, long version, JsonValue profile) {
        static SocietyView of(Society s) {
            return new SocietyView(s.id().value(), s.name(), s.version(), RawJson.of(SocietyJson.canonical(s.profile())));
        }
    }
}
