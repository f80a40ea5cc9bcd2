package cn.jast.plan.web;

import java.util.Map;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API of the Jiangsu Association for Science and Technology's yearly plan for improving
 * provincial societies' capacity to serve sci-tech innovation, mounted at {@code /api}.
 *
 * <p>Resources and providers are discovered by scanning (no {@code getClasses()}), so a feature adds a
 * resource by writing it. Versioned paths start with {@code /api/v1}. Every error answer is an
 * RFC 9457 {@code application/problem+json} document, see {@link cn.jast.plan.web.problem.Problem}.
 * MicroProfile Health answers at {@code /health} and the OpenAPI document at {@code /openapi}; both are
 * served by Payara outside this application's context.
 */
@ApplicationPath("api")
@DeclareRoles({"SOCIETY", "OFFICE", "EXPERT"})
@OpenAPIDefinition(info = @Info(
        title = "JAST society capability plan API",
        version = "v1",
        description = "Runs the yearly grant plan of the Jiangsu Association for Science and Technology "
                + "(江苏省科协) to improve provincial societies' capacity to serve sci-tech innovation: "
                + "applications, review, assessment and funding. Errors are application/problem+json "
                + "(RFC 9457); a rule breach lists every violated rule with its clause of the guide."))
public class RestApplication extends Application {

    /**
     * Jersey answers {@code OPTIONS} with a WADL document of every resource, naming its own version,
     * unless told not to; {@code OPTIONS} then answers the allowed methods only.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
