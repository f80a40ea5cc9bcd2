package cn.jast.plan.web.health;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import cn.jast.plan.web.clock.ClockProducer;
/**
 * Readiness ({@code /health/ready}): the web layer is wired and its clock configured; the reply shows
 * which clock runs, so a demo on a fixed date is visible at a glance. {@link DatabaseReadinessCheck}
 * checks the database.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("jast-plan-clock")
                .withData("clock", clocks.mode().name().toLowerCase(java.util.Locale.ROOT))
                .withData("now", clock.instant().toString())
                .up()
                .build();
    }
}
