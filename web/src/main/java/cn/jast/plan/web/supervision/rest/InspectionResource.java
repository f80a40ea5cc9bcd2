package cn.jast.plan.web.supervision.rest;

import java.time.Instant;
import java.util.List;

import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.supervision.Finding;
import cn.jast.plan.domain.supervision.Inspection;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import cn.jast.plan.web.supervision.SupervisionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Inspections of a project: routine supervision (IV.2) and the inspection of fund use (IV.3). */
@Path("v1/applications/{id}/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    SupervisionService supervision;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Record an inspection with its findings and evidence (office)",
            description = "kind: ROUTINE_SUPERVISION (日常督查) or FUND_USE (专项检查). A finding whose misconduct is "
                    + "FRAUD or FUND_MISUSE records an integrity incident against the society (ELIG-3); terminate: true "
                    + "stops the project and cancels its funding, on such a finding only.")
    public Response inspect(@PathParam("id") String id, @Valid @NotNull InspectionRequest request) {
        List<Finding> findings = request.findings() == null ? List.of() : request.findings().stream().map(f -> {
            try {
                return new Finding(f.text(), f.misconduct(), f.evidence());
            } catch (IllegalArgumentException e) {
                throw Failures.invalid("findings.text", e.getMessage());
            }
        }).toList();
        Inspection i = supervision.inspect(id, request.kind(), findings, Boolean.TRUE.equals(request.terminate()));
        return Response.status(201).entity(InspectionView.of(i)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY})
    @Operation(summary = "The inspections of the project (its society or the office)")
    public List<InspectionView> inspections(@PathParam("id") String id) {
        return supervision.inspections(id).stream().map(InspectionView::of).toList();
    }

    public record InspectionRequest(@NotNull Inspection.Kind kind, @Size(min = 1, max = 100) List<FindingRequest> findings,
                                    Boolean terminate) {
        public InspectionRequest(Inspection.Kind kind, List<FindingRequest> findings, Boolean terminate) {
            this.kind = kind;
            this.findings = findings;
            this.terminate = terminate;
        }
    }

    /** A finding; its text is checked by the domain ({@code findings.text} names it when blank). */
    public record FindingRequest(String text, IncidentKind misconduct, List<String> evidence) {
        public FindingRequest(String text, IncidentKind misconduct, List<String> evidence) {
            this.text = text;
            this.misconduct = misconduct;
            this.evidence = evidence;
        }
    }

    @JsonbPropertyOrder({"id", "application", "kind", "at", "inspectedBy", "findings", "terminate"})
    public record InspectionView(String id, String application, String kind, Instant at, String inspectedBy,
                                 List<FindingView> findings, boolean terminate) {
        static InspectionView of(Inspection i) {
            return new InspectionView(i.id(), i.applicationId(), i.kind().name(), i.at(), i.inspectedBy(),
                    i.findings().stream().map(f -> new FindingView(f.text(), f.misconduct() == null ? null
                            : f.misconduct().name(), f.evidence())).toList(), i.terminate());
        }
    }

    @JsonbPropertyOrder({"text", "misconduct", "evidence"})
    public record FindingView(String text, String misconduct, List<String> evidence) {
    }
}
