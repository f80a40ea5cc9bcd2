package cn.jast.plan.web.application.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.exchange.ContentChanges;
import cn.jast.plan.web.application.Revision;
import cn.jast.plan.persistence.application.Submissions;
import cn.jast.plan.web.application.ApplicationService;
import cn.jast.plan.web.check.rest.CheckAnswer;
import cn.jast.plan.web.problem.Problem;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.request.Bodies;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Applications (申报书): drafts of a society, their check against the guide and their form, submission,
 * withdrawal, and every saved version with what changed. The request body of a draft is the API.md
 * {@code application} shape with the form's sections in {@code form}
 * ({@code GET /api/v1/plans/{year}/forms/{category}[/{subProject}]} says what they hold).
 */
@Path("v1/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    ApplicationService applications;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.SOCIETY)
    @Operation(summary = "Create a draft for the caller's society (body: API.md `application`)")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "A field cannot be read; `errors` names it")
    public Response create(@QueryParam("year") Integer year, String body) {
        if (year == null) {
            throw Failures.invalid("year", "is required, e.g. ?year=2021");
        }
        PlanYear plan = applications.planForNewDraft(year);
        Application a = applications.create(year, Bodies.read("application", body, json -> ApplicationJson.read(json, plan)));
        return Response.created(URI.create(uri.getBaseUri() + "v1/applications/" + a.id().value()))
                .tag(tag(a)).entity(ApplicationView.of(a)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT})
    @Operation(summary = "The applications the caller may see",
            description = "Office: all; a society: its own; an expert: those assigned to them.")
    public List<ApplicationView> list(@QueryParam("year") Integer year, @QueryParam("state") String state) {
        return applications.list(year, state(state)).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT})
    @Operation(summary = "One application (404 also when it is not the caller's to see)")
    public Response get(@PathParam("id") String id) {
        Application a = applications.get(id);
        return Response.ok(view(a)).tag(tag(a)).build();
    }

    /** An expert of a blind review does not see who applies. */
    private ApplicationView view(Application a) {
        ApplicationView v = ApplicationView.of(a);
        return applications.applicantHiddenFromCaller(a) ? v.withoutApplicant() : v;
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.SOCIETY)
    @Operation(summary = "Revise a draft (body: API.md `application`; If-Match or ?version= for optimistic locking)")
    @APIResponse(responseCode = "409", description = "Not a draft any more, or changed by someone else")
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @QueryParam("version") Long version, String body) {
        PlanYear plan = applications.planOfDraft(id);
        Application a = applications.revise(id, Bodies.read("application", body, json -> ApplicationJson.read(json, plan)),
                Versions.expected(ifMatch, version));
        return Response.ok(ApplicationView.of(a)).tag(tag(a)).build();
    }

    @POST
    @Path("{id}/check")
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "Check the stored draft now against the guide, beside the society's other live applications",
            description = "Answers like the public rule check (`admissible`, every violation, the warnings) and adds "
                    + "`missingFields`, every required field of the form left empty with its section and clause, "
                    + "`complete` when there is none, and `submittable` when a submission now would pass.")
    public DraftCheckAnswer check(@PathParam("id") String id) {
        return DraftCheckAnswer.of(applications.check(id));
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE, Roles.EXPERT})
    @Operation(summary = "Every saved version of the application's content, oldest first (without the content)")
    public List<RevisionView> revisions(@PathParam("id") String id) {
        boolean blind = applications.applicantHiddenFromCaller(applications.get(id));
        return applications.revisions(id).stream().map(r -> RevisionView.of(r, false, blind)).toList();
    }

    @GET
    @Path("{id}/revisions/{revision}")
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE, Roles.EXPERT})
    @Operation(summary = "One saved version of the application's content, as it was saved")
    @APIResponse(responseCode = "404", description = "No such application or revision")
    public RevisionView revision(@PathParam("id") String id, @PathParam("revision") int revision) {
        boolean blind = applications.applicantHiddenFromCaller(applications.get(id));
        return RevisionView.of(applications.revision(id, revision), true, blind);
    }

    @GET
    @Path("{id}/changes")
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE, Roles.EXPERT})
    @Operation(summary = "What changed between two saved versions, field by field (?from=1&to=2)",
            description = "Each changed field (a fact such as `event.plannedParticipants`, a form field such as "
                    + "`form.budget.amountRequested`, a table cell such as `form.team.members[1].role`) with its value "
                    + "before and after (null where not given).")
    public List<ChangeView> changes(@PathParam("id") String id, @QueryParam("from") Integer from,
                                    @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw Failures.invalid(from == null ? "from" : "to", "is required: ?from=<revision>&to=<revision>");
        }
        return applications.changes(id, from, to).stream().map(ChangeView::of).toList();
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Roles.SOCIETY)
    @Operation(summary = "Submit the draft now (atomic under the society's lock)",
            description = "422 with every violated rule (e.g. DEADLINE-1 from 17:00 on the closing day, LIMIT-1/3) and "
                    + "every required field of the form left empty (`missingFields`, with section and clause).")
    @APIResponse(responseCode = "200", description = "Submitted; the fingerprint to print on the paper copy")
    @APIResponse(responseCode = "422", description = "Rules of the guide refuse it or required fields are empty; nothing changed")
    @APIResponse(responseCode = "409", description = "Not a draft, or changed by someone else")
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @QueryParam("version") Long version) {
        Submissions.Submitted s = applications.submit(id, Versions.expected(ifMatch, version));
        return Response.ok(new Submitted(ApplicationView.of(s.application()),
                CheckAnswer.of(s.evaluation()).warnings())).tag(tag(s.application())).build();
    }

    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.SOCIETY)
    @Operation(summary = "Withdraw a draft or a submitted application whose paper copy is not recorded yet")
    public Response withdraw(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                             @QueryParam("version") Long version) {
        Application a = applications.withdraw(id, Versions.expected(ifMatch, version));
        return Response.ok(ApplicationView.of(a)).tag(tag(a)).build();
    }

    /** The answer to a submission: the application and the warnings that did not block it. */
    @JsonbPropertyOrder({"application", "warnings"})
    public record Submitted(ApplicationView application, List<Problem.Violation> warnings) {
    }

    /**
     * A saved version: its number, when and by whom (left out for an expert of a blind review: the account
     * names the society), and (for one revision) the content as saved.
     */
    @JsonbPropertyOrder({"revision", "savedAt", "savedBy", "content"})
    public record RevisionView(int revision, Instant savedAt, String savedBy, JsonValue content) {
        static RevisionView of(Revision r, boolean withContent, boolean blind) {
            return new RevisionView(r.revision(), r.savedAt(), blind ? null : r.savedBy(),
                    withContent ? RawJson.of(r.contentJson()) : null);
        }
    }

    /** One changed field: its path, and its JSON value before and after (null where not given). */
    @JsonbPropertyOrder({"field", "before", "after"})
    public record ChangeView(String field, JsonValue before, JsonValue after) {
        static ChangeView of(ContentChanges.Change c) {
            return new ChangeView(c.path(), c.before() == null ? JsonValue.NULL : RawJson.of(c.before()),
                    c.after() == null ? JsonValue.NULL : RawJson.of(c.after()));
        }
    }

    static EntityTag tag(Application a) {
        return new EntityTag(Long.toString(a.version()));
    }

    static ApplicationState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ApplicationState.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("state", "must be one of " + List.of(ApplicationState.values()));
        }
    }
}
