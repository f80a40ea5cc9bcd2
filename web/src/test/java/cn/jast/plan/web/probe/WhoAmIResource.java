package cn.jast.plan.web.probe;

import cn.jast.plan.web.security.CurrentUser;
import cn.jast.plan.web.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** Test-only resources: one open to all, one per role, each answering who the caller is. */
@Path("test/whoami")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICE)
public class WhoAmIResource {

    @Inject
    CurrentUser user;

    @GET
    @Path("anyone")
    @PermitAll
    public Map<String, Object> anyone() {
        return describe();
    }

    @GET
    @Path("office")
    public Map<String, Object> office() {
        return describe();
    }

    @GET
    @Path("society")
    @RolesAllowed(Roles.SOCIETY)
    public Map<String, Object> society() {
        return describe();
    }

    private Map<String, Object> describe() {
        return Map.of("name", user.name(), "anonymous", user.isAnonymous(), "office", user.isOffice(),
                "expert", user.isExpert(), "society", user.societyCode().orElse(""));
    }
}
