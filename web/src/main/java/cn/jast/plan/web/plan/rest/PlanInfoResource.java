package cn.jast.plan.web.plan.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

import cn.jast.plan.web.clock.ClockProducer;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the running application is: its version and the time it believes it is, both in UTC and in
 * the zone of the latest plan year (Beijing time for JAST), in which the guide states every deadline. A placeholder for the plan year's own
 * resources, and the first thing to look at when a demo's dates look wrong.
 */
@Path("v1/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanInfoResource {

    @Inject
    Clock clock;

    @Inject
    PlanService plans;

    @Inject
    ClockProducer clocks;

    @Inject
    @ConfigProperty(name = "jast.version", defaultValue = "unknown")
    String version;

    @GET
    @Operation(summary = "The application's version and current time",
            description = "`clock` is `system`, or `fixed`/`offset`/`start` when a demo clock is configured.")
    public PlanStatus status() {
        Instant now = clock.instant();
        return new PlanStatus("jast-plan", version, now, now.atZone(plans.latest().zone()).toOffsetDateTime(),
                clocks.mode().name().toLowerCase(Locale.ROOT));
    }

    /**
     * The status of the running application.
     *
     * @param application the application's name
     * @param version     its version
     * @param now         the current instant, UTC
     * @param planTime    the same instant in the plan year's zone
     * @param clock       {@code system}, {@code fixed}, {@code offset} or {@code start}
     */
    @JsonbPropertyOrder({"application", "version", "clock", "now", "planTime"})
    public record PlanStatus(String application, String version, Instant now, OffsetDateTime planTime,
                             String clock) {
    }
}
