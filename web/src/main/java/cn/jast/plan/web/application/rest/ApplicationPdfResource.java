package cn.jast.plan.web.application.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.jast.plan.web.application.print.PrintService;
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

/** The 申报书 of an application as a PDF, to print, stamp and post. */
@Path("v1/applications/{id}/pdf")
@RequestScoped
public class ApplicationPdfResource {

    public static final String PDF = "application/pdf";

    @Inject
    PrintService print;

    @GET
    @Produces(PDF)
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "The 申报书 as a PDF (its society or the office)",
            description = "Every section of the form, the society, the submission instant in the plan year's zone, "
                    + "the content fingerprint as text and QR code, a place for the stamp; Chinese in an embedded "
                    + "font. A draft's PDF is marked 草稿 on every page and has no fingerprint.")
    @APIResponse(responseCode = "200", description = "The PDF; Content-Disposition names the file")
    @APIResponse(responseCode = "404", description = "No such application, or not the caller's society's")
    public Response pdf(@PathParam("id") String id) {
        PrintService.Pdf pdf = print.pdf(id);
        return Response.ok(pdf.bytes(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + pdf.asciiFileName()
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(pdf.fileName(), StandardCharsets.UTF_8)
                        .replace("+", "%20"))
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
