package cn.jast.plan.web.publicity.rest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.web.application.rest.ApplicationView;
import cn.jast.plan.web.publicity.PublicityService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Public notices (公示) and the objections to them. Reading and objecting are open to anyone. */
@Path("v1/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    PublicityService publicity;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Publish the approval list of every recommended application (office)",
            description = "The period runs the plan year's working days from start (the day the office chose, not "
                    + "before today; absent: today, Beijing time); all or nothing.")
    public Response publish(@Valid @NotNull PublishRequest request) {
        PublicityNotice n = publicity.publish(request.year(), request.kind(), request.title(), request.start());
        return Response.created(URI.create(uri.getBaseUri() + "v1/notices/" + n.id())).entity(view(n)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Every public notice, newest first (public)")
    public List<NoticeView> notices() {
        return publicity.notices().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One public notice with its listed applications (public)")
    public NoticeView notice(@PathParam("id") String id) {
        return view(publicity.notice(id));
    }

    @POST
    @Path("{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Object to a listed application while the notice runs (anyone, also anonymously)")
    public Response object(@PathParam("id") String id, @Valid @NotNull ObjectionRequest request) {
        Objection o = publicity.object(id, request.applicationId(), request.text(), request.contact());
        return Response.status(201).entity(ObjectionView.of(o)).build();
    }

    @GET
    @Path("{id}/objections")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "The objections to a notice (office)")
    public List<ObjectionView> objections(@PathParam("id") String id) {
        return publicity.objections(id).stream().map(ObjectionView::of).toList();
    }

    @POST
    @Path("{id}/conclude")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "After the period: approve every listed application still in publicity (office; all or nothing)")
    public List<ApplicationView> conclude(@PathParam("id") String id) {
        return publicity.conclude(id).stream().map(ApplicationView::of).toList();
    }

    private NoticeView view(PublicityNotice n) {
        Instant now = clock.instant();
        return new NoticeView(n.id(), n.planYear(), n.kind().name(), n.title(), n.publishedAt(), n.period().firstDay(),
                n.period().lastDay(), n.period().workingDays(), n.period().endsAt(), n.period().isRunningAt(now),
                publicity.listings(n).stream().map(l -> new ListedView(l.application().id().value(),
                        l.application().society().value(), l.societyName(), l.application().category(),
                        l.application().subProject(), l.application().content().title())).toList());
    }

    /** {@code start}: the first day the office chose (Beijing time); absent: today. */
    public record PublishRequest(@Min(2000) @Max(2100) int year, @NotNull NoticeKind kind,
                                 @NotBlank @Size(max = 500) String title, LocalDate start) {
        public PublishRequest(int year, NoticeKind kind, String title, LocalDate start) {
            this.year = year;
            this.kind = kind;
            this.title = title;
            this.start = start;
        }
    }

    public record ObjectionRequest(@NotBlank @Size(max = 64) String applicationId,
                                   @NotBlank @Size(max = 20000) String text, @Size(max = 200) String contact) {
        public ObjectionRequest(String applicationId, String text, String contact) {
            this.applicationId = applicationId;
            this.text = text;
            this.contact = contact;
        }
    }

    @JsonbPropertyOrder({"id", "year", "kind", "title", "publishedAt", "firstDay", "lastDay", "workingDays", "endsAt",
            "running", "applications"})
    public record NoticeView(String id, int year, String kind, String title, Instant publishedAt, LocalDate firstDay,
                             LocalDate lastDay, int workingDays, Instant endsAt, boolean running,
                             List<ListedView> applications) {
    }

    @JsonbPropertyOrder({"id", "society", "societyName", "category", "subProject", "title"})
    public record ListedView(String id, String society, String societyName, String category, String subProject,
                             String title) {
    }

    @JsonbPropertyOrder({"id", "notice", "application", "text", "raisedBy", "raisedAt", "status", "decisionNote"})
    public record ObjectionView(String id, String notice, String application, String text, String raisedBy,
                                Instant raisedAt, String status, String decisionNote) {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id(), o.noticeId(), o.applicationId(), o.text(), o.raisedBy(), o.raisedAt(),
                    o.status().name(), o.decisionNote());
        }
    }
}
