package cn.jast.plan.web.notification.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.jast.plan.web.notification.NotificationService;
import cn.jast.plan.web.notification.ReminderService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's notifications, the office's outbox and reminder run, and where an account's mail goes. */
@Path("v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    ReminderService reminders;

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT})
    @Operation(summary = "The caller's notifications, newest first")
    public List<NotificationService.View> mine() {
        return notifications.mine();
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT})
    @Operation(summary = "Mark one of the caller's notifications read")
    public NotificationService.View read(@PathParam("id") String id) {
        return notifications.markRead(id);
    }

    @GET
    @Path("outbox")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Every notification, newest first: to whom, when, sent or failed (office)")
    public List<NotificationService.View> outbox(@QueryParam("state") String state,
                                                 @QueryParam("first") @DefaultValue("0") int first) {
        return notifications.outbox(state, first);
    }

    @POST
    @Path("{id}/resend")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Send a notification again: a new PENDING attempt of the same row (office; audited)")
    public NotificationService.View resend(@PathParam("id") String id) {
        return notifications.resend(id);
    }

    @POST
    @Path("reminders")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Run the reminders as at an instant (office; default now); idempotent")
    public ReminderService.Run remind(@QueryParam("at") String at) {
        Instant when;
        if (at == null || at.isBlank()) {
            when = Instant.now();
        } else {
            try {
                when = OffsetDateTime.parse(at.strip()).toInstant();
            } catch (DateTimeParseException e) {
                throw Failures.invalid("at", "must be an ISO-8601 instant with its offset, e.g. 2021-05-25T17:00:00+08:00");
            }
        }
        return reminders.remind(when);
    }

    /** Where an account's notifications go. */
    public record Contact(String email, String language) {
    }

    @GET
    @Path("contacts/{username}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT})
    @Operation(summary = "An account's e-mail address (null: none) and language; the office for any, a user for their own")
    public NotificationService.Contact contactOf(@PathParam("username") String username) {
        return notifications.contactOf(username);
    }

    @PUT
    @Path("contacts/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT})
    @Operation(summary = "Set an account's e-mail address and language (zh or en); the office for any, a user for their own")
    public Response contact(@PathParam("username") String username, Contact contact) {
        if (contact == null) {
            throw Failures.invalid("email", "the body must be {\"email\": ..., \"language\": \"zh\" or \"en\"}");
        }
        notifications.contact(username, contact.email(), contact.language());
        return Response.noContent().build();
    }
}
