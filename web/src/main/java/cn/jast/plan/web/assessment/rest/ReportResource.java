package cn.jast.plan.web.assessment.rest;

import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.assessment.ProjectReport;
import cn.jast.plan.domain.assessment.ReportKind;
import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A project's reports (中期, 总结, 项目评述) with evidence attachments. */
@Path("v1/applications/{id}/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    AssessmentService assessment;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SOCIETY)
    @Operation(summary = "File a report (its society); FINAL_SUMMARY files the final report for the assessment")
    public Response file(@PathParam("id") String id, @Valid @NotNull ReportRequest request) {
        ProjectReport r = assessment.fileReport(id, request.kind(), request.text(), request.evidenceAttachmentIds());
        return Response.status(201).entity(ReportView.of(r)).build();
    }

    @GET
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "The project's reports (its society or the office)")
    public List<ReportView> reports(@PathParam("id") String id) {
        return assessment.reports(id).stream().map(ReportView::of).toList();
    }

    /** What a report holds; AssessmentService.fileReport checks it, for this resource and the pages alike. */
    public record ReportRequest(ReportKind kind, String text, List<String> evidenceAttachmentIds) {
        public ReportRequest(ReportKind kind, String text, List<String> evidenceAttachmentIds) {
            this.kind = kind;
            this.text = text;
            this.evidenceAttachmentIds = evidenceAttachmentIds;
        }
    }

    @JsonbPropertyOrder({"id", "application", "kind", "text", "evidenceAttachmentIds", "filedAt"})
    public record ReportView(String id, String application, String kind, String text, List<String> evidenceAttachmentIds,
                             Instant filedAt) {
        static ReportView of(ProjectReport r) {
            return new ReportView(r.id(), r.applicationId(), r.kind().name(), r.text(), r.evidenceAttachmentIds(),
                    r.filedAt());
        }
    }
}
