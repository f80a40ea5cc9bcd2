package cn.jast.plan.web.audit.rest;

import java.time.Instant;
import java.util.List;

import cn.jast.plan.persistence.audit.AuditEntry;
import cn.jast.plan.persistence.audit.AuditVerification;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.audit.AuditService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log (office). */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "The latest audit entries, newest first (office; limit 1..1000, default 100)")
    public List<EntryView> latest(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw Failures.invalid("limit", "must be between 1 and 1000");
        }
        return audit.latest(limit).stream().map(e -> new EntryView(e.seq(), e.at(), e.actor(), e.action(),
                e.targetType(), e.targetId(), e.hash(), e.previousHash())).toList();
    }

    @GET
    @Path("verify")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Walk the hash chain: ok, or the first broken link (office)")
    public VerificationView verify() {
        AuditVerification v = audit.verify();
        return new VerificationView(v.intact(), v.entriesChecked(), v.firstBrokenSeq(), v.problem());
    }

    @JsonbPropertyOrder({"seq", "at", "actor", "action", "targetType", "targetId", "hash", "previousHash"})
    public record EntryView(long seq, Instant at, String actor, String action, String targetType, String targetId,
                            String hash, String previousHash) {
    }

    @JsonbPropertyOrder({"ok", "entriesChecked", "firstBrokenSeq", "problem"})
    public record VerificationView(boolean ok, long entriesChecked, Long firstBrokenSeq, String problem) {
    }
}
