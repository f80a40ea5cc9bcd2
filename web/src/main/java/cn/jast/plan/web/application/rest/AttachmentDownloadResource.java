package cn.jast.plan.web.application.rest;

import cn.jast.plan.web.application.AttachmentService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Downloads an attachment: its society and the office only. */
@Path("v1/attachments")
@RequestScoped
public class AttachmentDownloadResource {

    @Inject
    AttachmentService attachments;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "Download an attachment (its society or the office)")
    public Response download(@PathParam("id") String id) {
        AttachmentService.Download d = attachments.download(id);
        String name = d.attachment().downloadName();
        return Response.ok(d.content(), d.attachment().contentType())
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^\\x20-\\x7e]|\"", "_")
                        + "\"; filename*=UTF-8''" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
