package cn.jast.plan.web.account.rest;

import cn.jast.plan.web.account.AccountService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.List;

/** User accounts, as the office looks after them, and each person's own password. */
@Path("v1/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @Inject
    cn.jast.plan.web.security.ClientAddress clientAddress;

    @Context
    HttpServletRequest request;

    /** The body of a new account. */
    public record NewAccountRequest(String username, String role, String society, String email) {
    }

    /** The body of a person's own new password. */
    public record PasswordRequest(String currentPassword, String newPassword) {
    }

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Every account (office): roles, society, e-mail, last login, whether it still holds a "
            + "one-time password, whether it is locked")
    public List<AccountService.Summary> all() {
        return accounts.accounts();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Make an account with a one-time password (office; audited)",
            description = "Body: `{\"username\": \"...\", \"role\": \"SOCIETY\"|\"EXPERT\"|\"OFFICE\", \"society\": "
                    + "\"S-0001\" (a society's account only), \"email\": optional}`. The answer holds the one-time "
                    + "password, once (`Cache-Control: no-store`); the owner must set their own at the first login.")
    @APIResponse(responseCode = "201", description = "Made; the body holds the one-time password")
    @APIResponse(responseCode = "400", description = "A field is malformed or the user name is taken; `errors` names it")
    public Response create(@NotNull NewAccountRequest body) {
        AccountService.Issued issued = accounts.create(new AccountService.NewAccount(body.username(), body.role(),
                body.society(), body.email()));
        return Response.created(URI.create("v1/accounts/" + issued.username())).entity(issued)
                .cacheControl(noStore()).build();
    }

    @POST
    @Path("{username}/password-reset")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Give an account a new one-time password (office; audited)",
            description = "Every session and remembered login of the old password ends, on every instance; the "
                    + "account's lock is lifted. The answer holds the one-time password, once.")
    @APIResponse(responseCode = "200", description = "Reset; the body holds the one-time password")
    @APIResponse(responseCode = "404", description = "No such account")
    public Response reset(@PathParam("username") String username) {
        return Response.ok(accounts.resetPassword(username)).cacheControl(noStore()).build();
    }

    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT})
    @Operation(summary = "Set the caller's own password, giving the current one (audited)",
            description = "Body: `{\"currentPassword\": \"...\", \"newPassword\": \"...\"}`, the new one 12 to 128 "
                    + "characters, not the current one or the user name. The one request an account holding a "
                    + "one-time password may make.")
    @APIResponse(responseCode = "204", description = "Set")
    @APIResponse(responseCode = "400", description = "The current password is wrong or the new one is refused; "
            + "`errors` names the field")
    public Response changeOwn(@NotNull PasswordRequest body) {
        if (body.newPassword() == null) {
            throw Failures.invalid("newPassword", "is required");
        }
        accounts.changeOwnPassword(body.currentPassword() == null ? null : body.currentPassword().toCharArray(),
                body.newPassword().toCharArray(), clientAddress.of(request));
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/unlock")
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

    private static CacheControl noStore() {
        CacheControl c = new CacheControl();
        c.setNoStore(true);
        c.setNoCache(true);
        return c;
    }
}
