package cn.jast.plan.web.application.rest;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import cn.jast.plan.web.application.Attachment;
import cn.jast.plan.web.application.AttachmentService;
import cn.jast.plan.web.security.FileUpload;
import cn.jast.plan.web.security.Roles;
import cn.jast.plan.web.request.MaxRequestBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An application's attachments: upload (the raw bytes as the body), list. */
@Path("v1/applications/{id}/attachments")
@RequestScoped
public class AttachmentResource {

    @Inject
    AttachmentService attachments;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @FileUpload
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIETY)
    @MaxRequestBody(property = AttachmentService.MAX_BYTES, defaultBytes = 20L * 1024 * 1024)
    @Operation(summary = "Upload an attachment: the body is the file; `kind` (an attachment kind or EVIDENCE) and "
            + "`name` as query parameters, the file's type as Content-Type")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "413", description = "Larger than jast.attachments.maxBytes (default 20 MiB)")
    public Response upload(@PathParam("id") String id, @QueryParam("kind") String kind, @QueryParam("name") String name,
                           @HeaderParam("Content-Type") String contentType,
                           @HeaderParam("Content-Length") Long length, InputStream body) {
        Attachment a = attachments.upload(id, kind, name, contentType, length == null ? -1 : length, body);
        return Response.created(URI.create(uri.getBaseUri() + "v1/attachments/" + a.id()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(AttachmentView.of(a)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE, Roles.EXPERT})
    @Operation(summary = "The application's attachments (no content)")
    public List<AttachmentView> list(@PathParam("id") String id) {
        return attachments.list(id).stream().map(AttachmentView::of).toList();
    }

    @JsonbPropertyOrder({"id", "application", "kind", "name", "contentType", "size", "sha256", "storedAt", "storedBy"})
    public record AttachmentView(String id, String application, String kind, String name, String contentType,
                                 long size, String sha256, Instant storedAt, String storedBy) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.applicationId(), a.kind(), a.fileName(), a.contentType(), a.size(),
                    a.sha256(), a.storedAt(), a.storedBy());
        }
    }
}
