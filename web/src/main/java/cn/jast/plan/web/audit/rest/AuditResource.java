package cn.jast.plan.web.audit.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

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
    @Path("entries")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "The audit entries a filter selects, newest first, a page at a time (office)",
            description = "actor exactly, action or its start (review.), targetType and targetId exactly (Application, "
                    + "D21-02), from and to as dates (YYYY-MM-DD) in the plan year's zone, both inclusive; first "
                    + "(default 0) and limit (1..1000, default 100). The answer says how many entries the filter "
                    + "selects in all.")
    public PageView entries(@QueryParam("actor") String actor, @QueryParam("action") String action,
                            @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
                            @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("limit") @DefaultValue("100") int limit) {
        AuditService.Page page = audit.search(new AuditService.Filter(actor, action, targetType, targetId,
                date("from", from), date("to", to)), first, limit);
        return new PageView(page.total(), first, page.entries().stream().map(e -> new EntryView(e.seq(), e.at(),
                e.actor(), e.action(), e.targetType(), e.targetId(), e.hash(), e.previousHash())).toList());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Failures.invalid(field, "must be a date YYYY-MM-DD, not " + (value.length() > 40 ? value.substring(0, 40) + "…" : value));
        }
    }

    @JsonbPropertyOrder({"total", "first", "entries"})
    public record PageView(long total, int first, List<EntryView> entries) {
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
