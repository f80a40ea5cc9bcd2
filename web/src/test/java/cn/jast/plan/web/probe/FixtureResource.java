package cn.jast.plan.web.probe;

import java.time.Instant;

import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.web.security.AccountLogins;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Test fixtures over REST: societies (API.md society JSON), accounts with known passwords, and the
 * clock. Idempotent: creating what exists changes nothing. Tests only; never in the shipped WAR.
 */
@Path("test/fixtures")
public class FixtureResource {

    @Inject
    ProbeAccounts accounts;

    @Inject
    ProbeClock clock;

    @Inject
    AccountLogins logins;

    @POST
    @Path("societies")
    @Consumes(MediaType.WILDCARD)
    public Response society(String profileJson) {
        accounts.society(profileJson);
        return Response.noContent().build();
    }

    @POST
    @Path("plans")
    @Consumes(MediaType.WILDCARD)
    public Response plan(String planJson) {
        accounts.plan(planJson);
        return Response.noContent().build();
    }

    @POST
    @Path("accounts")
    public Response account(@QueryParam("username") String username, @QueryParam("password") String password,
                            @QueryParam("role") Role role, @QueryParam("society") String society) {
        accounts.account(username, password, role, society);
        return Response.noContent().build();
    }

    /** Sets an account's password in the database only, as another instance would (its logins are not forgotten here). */
    @PUT
    @Path("accounts/{username}/password")
    @Consumes(MediaType.WILDCARD)
    public Response passwordBehindTheApplication(@jakarta.ws.rs.PathParam("username") String username, String password) {
        accounts.setPasswordBehindTheApplication(username, password);
        return Response.noContent().build();
    }

    /** How many PBKDF2 checks of passwords this instance has run since it started. */
    @GET
    @Path("password-checks")
    @Produces(MediaType.TEXT_PLAIN)
    public long passwordChecks() {
        return logins.passwordChecks();
    }

    /** Moves the application's clock to an instant; with {@code running=true} it runs on from there in real time. */
    @PUT
    @Path("clock")
    public Response moveClock(@QueryParam("at") String at, @QueryParam("running") boolean running) {
        if (running) {
            clock.runFrom(Instant.parse(at));
        } else {
            clock.moveTo(Instant.parse(at));
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("clock")
    public Response resetClock() {
        clock.reset();
        return Response.noContent().build();
    }
}
