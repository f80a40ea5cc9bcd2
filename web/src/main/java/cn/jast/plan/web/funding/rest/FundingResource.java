package cn.jast.plan.web.funding.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.domain.funding.LedgerEntry;
import cn.jast.plan.domain.funding.ProjectLedger;
import cn.jast.plan.web.funding.FundingDecided;
import cn.jast.plan.web.funding.FundingService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A project's funding decision and its ring-fenced ledger (IV.3). */
@Path("v1/applications/{id}/funding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FundingResource {

    @Inject
    FundingService funding;

    @GET
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "The funding decision of the project (its society or the office); 404 before it is decided")
    public FundingView decision(@PathParam("id") String id) {
        return FundingView.of(funding.funding(id));
    }

    /** {@code amount}: what the plan year grants a funded project of its category or sub-project, in yuan. */
    @JsonbPropertyOrder({"application", "outcome", "fundingYear", "amount", "decidedAt", "decidedBy"})
    public record FundingView(String application, String outcome, Integer fundingYear, BigDecimal amount,
                              Instant decidedAt, String decidedBy) {
        public static FundingView of(FundingDecision d, BigDecimal amount, Instant at, String by) {
            return new FundingView(d.applicationId(), d.outcome().name(), d.fundingYear(), amount, at, by);
        }

        public static FundingView of(FundingDecided d) {
            return of(d.decision(), d.amount(), d.decidedAt(), d.decidedBy());
        }
    }

    /** A booking; FundingService.book checks it, for this resource and the pages alike. */
    public record EntryRequest(LedgerEntry.Kind kind, String item, BigDecimal amount, LocalDate bookedOn) {
        public EntryRequest(LedgerEntry.Kind kind, String item, BigDecimal amount, LocalDate bookedOn) {
            this.kind = kind;
            this.item = item;
            this.amount = amount;
            this.bookedOn = bookedOn;
        }
    }

    /** A reversal's reason; FundingService.reverse checks it. */
    public record ReversalRequest(String reason) {
        // an explicit constructor: Payara's OpenAPI reader fails on constraints it finds on record constructor parameters
        public ReversalRequest(String reason) {
            this.reason = reason;
        }
    }

    @JsonbPropertyOrder({"application", "planned", "spent", "received", "balance", "lines", "entries"})
    public record LedgerView(String application, BigDecimal planned, BigDecimal spent, BigDecimal received,
                             BigDecimal balance, List<LineView> lines, List<EntryView> entries) {
        static LedgerView of(ProjectLedger l) {
            return new LedgerView(l.applicationId(), l.planned(), l.spent(), l.received(), l.balance(),
                    l.lines().stream().map(x -> new LineView(x.item(), x.planned(), x.actual(), x.variance())).toList(),
                    l.entries().stream().map(e -> new EntryView(e.id(), e.kind().name(), e.item(), e.amount(),
                            e.bookedOn(), e.recordedBy(), e.recordedAt(), e.reverses())).toList());
        }
    }

    /** Planned against actual of one expense line; {@code variance} is actual less planned. */
    @JsonbPropertyOrder({"item", "planned", "actual", "variance"})
    public record LineView(String item, BigDecimal planned, BigDecimal actual, BigDecimal variance) {
    }

    @JsonbPropertyOrder({"id", "kind", "item", "amount", "bookedOn", "recordedBy", "recordedAt", "reverses"})
    public record EntryView(String id, String kind, String item, BigDecimal amount, LocalDate bookedOn,
                            String recordedBy, Instant recordedAt, String reverses) {
    }
}
