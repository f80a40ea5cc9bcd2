package cn.jast.plan.web.account.rest;

import cn.jast.plan.web.account.AccountService;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** User accounts, as the office looks after them. */
@Path("v1/accounts/{username}")
@RequestScoped
public class AccountResource {

    @Inject
    AccountService accounts;

    @POST
    @Path("unlock")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Let an account log in again at once from every address (office; audited)")
    @APIResponse(responseCode = "204", description = "Unlocked")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response unlock(@PathParam("username") String username) {
        if (!accounts.unlock(username)) {
            throw new NotFoundException("There is no account " + username + ".");
        }
        return Response.noContent().build();
    }
}
