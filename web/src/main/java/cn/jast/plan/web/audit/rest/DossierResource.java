package cn.jast.plan.web.audit.rest;

import cn.jast.plan.web.audit.DossierService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One application's dossier as a zip, to be checked offline (office). */
@Path("v1/applications/{id}/dossier")
@RequestScoped
public class DossierResource {

    public static final String ZIP = "application/zip";

    @Inject
    DossierService dossiers;

    @GET
    @Produces(ZIP)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "The application's dossier as a zip (office)",
            description = "The 申报书 PDF, the attachments with their SHA-256, every audit entry about the application "
                    + "with what its hash covers, the chain's links from its first entry to the head, the chain's "
                    + "verification at the export, README.txt and verify.py (Python 3) to check it offline, SHA256SUMS.")
    @APIResponse(responseCode = "200", description = "The zip; Content-Disposition names the file")
    @APIResponse(responseCode = "404", description = "No such application")
    public Response dossier(@PathParam("id") String id) {
        DossierService.Dossier d = dossiers.dossier(id);
        return Response.ok(d.zip(), ZIP)
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
