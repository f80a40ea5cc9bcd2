package cn.jast.plan.web.funding.rest;

import cn.jast.plan.web.funding.FundingService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** A project's ring-fenced ledger: planned and actual expenses, funds received, and the totals. */
@Path("v1/applications/{id}/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    @Inject
    FundingService funding;

    @GET
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "The ledger with totals planned, spent, received and the balance (its society or the office)")
    public FundingResource.LedgerView ledger(@PathParam("id") String id) {
        return FundingResource.LedgerView.of(funding.ledger(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "Book an entry, a positive amount in yuan: PLANNED_EXPENSE or ACTUAL_EXPENSE by the project's "
            + "society; FUNDS_RECEIVED by the office, for a funded project only (403 naming kind for the wrong role, "
            + "409 for a project that is not funded)")
    public Response book(@PathParam("id") String id, @Valid @NotNull FundingResource.EntryRequest entry) {
        return Response.status(201).entity(FundingResource.LedgerView.of(funding.book(id, entry.kind(), entry.item(),
                entry.amount(), entry.bookedOn()))).build();
    }

    @POST
    @Path("{entryId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SOCIETY, Roles.OFFICE})
    @Operation(summary = "Correct an entry by booking its reversal (the opposite amount); entries are never edited")
    public Response reverse(@PathParam("id") String id, @PathParam("entryId") String entryId,
                            @Valid @NotNull FundingResource.ReversalRequest request) {
        return Response.status(201).entity(FundingResource.LedgerView.of(funding.reverse(id, entryId,
                request.reason()))).build();
    }
}
