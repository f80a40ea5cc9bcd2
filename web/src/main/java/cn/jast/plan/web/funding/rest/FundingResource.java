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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

    @JsonbPropertyOrder({"application", "outcome", "fundingYear", "decidedAt", "decidedBy"})
    public record FundingView(String application, String outcome, Integer fundingYear, Instant decidedAt,
                              String decidedBy) {
        public static FundingView of(FundingDecision d, Instant at, String by) {
            return new FundingView(d.applicationId(), d.outcome().name(), d.fundingYear(), at, by);
        }

        public static FundingView of(FundingDecided d) {
            return of(d.decision(), d.decidedAt(), d.decidedBy());
        }
    }

    public record EntryRequest(@NotNull LedgerEntry.Kind kind, @NotBlank @Size(max = 500) String item,
                               @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
                               LocalDate bookedOn) {
        public EntryRequest(LedgerEntry.Kind kind, String item, BigDecimal amount, LocalDate bookedOn) {
            this.kind = kind;
            this.item = item;
            this.amount = amount;
            this.bookedOn = bookedOn;
        }
    }

    @JsonbPropertyOrder({"application", "planned", "spent", "received", "balance", "entries"})
    public record LedgerView(String application, BigDecimal planned, BigDecimal spent, BigDecimal received,
                             BigDecimal balance, List<EntryView> entries) {
        static LedgerView of(ProjectLedger l) {
            return new LedgerView(l.applicationId(), l.planned(), l.spent(), l.received(), l.balance(),
                    l.entries().stream().map(e -> new EntryView(e.id(), e.kind().name(), e.item(), e.amount(),
                            e.bookedOn(), e.recordedBy(), e.recordedAt())).toList());
        }
    }

    @JsonbPropertyOrder({"id", "kind", "item", "amount", "bookedOn", "recordedBy", "recordedAt"})
    public record EntryView(String id, String kind, String item, BigDecimal amount, LocalDate bookedOn,
                            String recordedBy, Instant recordedAt) {
    }
}
