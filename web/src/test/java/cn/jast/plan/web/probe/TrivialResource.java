package cn.jast.plan.web.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Issue #15 item 2: the ceiling of the deadline storm, a JAX-RS endpoint that does nothing, deployed in the
 * same server beside the application by load/storm (the test-only probe package, never in the shipped WAR).
 */
@Path("test/trivial")
@ApplicationScoped
public class TrivialResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return "{\"ok\":true}";
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String post(String body) {
        return "{\"ok\":true,\"length\":" + (body == null ? 0 : body.length()) + "}";
    }
}
