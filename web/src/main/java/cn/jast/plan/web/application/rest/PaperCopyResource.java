package cn.jast.plan.web.application.rest;

import java.time.Instant;

import cn.jast.plan.web.application.PaperCopyRecorded;
import cn.jast.plan.web.application.PaperCopyService;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The office records stamped paper copies by their printed fingerprint. */
@Path("v1/paper-copies")
@RequestScoped
public class PaperCopyResource {

    @Inject
    PaperCopyService paperCopies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Record a paper copy that arrived (`receivedAt` defaults to now)")
    @APIResponse(responseCode = "201", description = "Matched and recorded on the application")
    @APIResponse(responseCode = "409", description = "Late, or the application cannot take it (kept as a refused receipt)")
    @APIResponse(responseCode = "422", description = "No submitted application has that fingerprint; nothing stored")
    public Response record(@Valid @NotNull PaperCopyRequest request) {
        PaperCopyRecorded r = paperCopies.record(request.fingerprint(), request.receivedAt());
        return Response.status(201).entity(new ReceiptView(r.id(), r.applicationId(), r.printedFingerprint(),
                r.receivedAt(), r.recordedBy(), r.matched())).build();
    }

    /** A paper copy: the fingerprint printed on it, and when it arrived (default: now). */
    public record PaperCopyRequest(@NotBlank @Size(max = 100) String fingerprint, Instant receivedAt) {
        public PaperCopyRequest(String fingerprint, Instant receivedAt) {
            this.fingerprint = fingerprint;
            this.receivedAt = receivedAt;
        }
    }

    @JsonbPropertyOrder({"id", "application", "fingerprint", "receivedAt", "recordedBy", "matched"})
    public record ReceiptView(String id, String application, String fingerprint, Instant receivedAt,
                              String recordedBy, boolean matched) {
    }
}
