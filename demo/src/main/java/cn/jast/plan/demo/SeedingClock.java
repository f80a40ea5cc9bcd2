package cn.jast.plan.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import cn.jast.plan.web.clock.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * The application's clock in the demo WAR: the instant the seeding acts at ({@link Acting}) while it calls a
 * service, else the clock {@link ClockProducer} chose, read anew at every call. Only the demo module has it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class SeedingClock {

    @Inject
    ClockProducer clocks;

    @Produces
    public Clock clock() {
        return new Seeded(clocks);
    }

    /** The seeding's instant on the seeding thread, the configured clock otherwise. */
    private static final class Seeded extends Clock {
        private final ClockProducer clocks;

        Seeded(ClockProducer clocks) {
            this.clocks = clocks;
        }

        @Override
        public ZoneId getZone() {
            return clocks.clock().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Acting.current().map(a -> Clock.fixed(a.at(), zone)).orElseGet(() -> clocks.clock().withZone(zone));
        }

        @Override
        public Instant instant() {
            return Acting.current().map(Acting::at).orElseGet(() -> clocks.clock().instant());
        }
    }
}
