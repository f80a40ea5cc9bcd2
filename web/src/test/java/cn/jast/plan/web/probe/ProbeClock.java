package cn.jast.plan.web.probe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import cn.jast.plan.web.clock.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The application's clock, movable by the tests: the configured clock ({@link ClockProducer}) plus an
 * offset that {@link FixtureResource} sets, so a test can let a deadline or a public notice pass. An
 * enabled alternative to the producer, in the test WAR only; production code has no way to move time.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class ProbeClock {

    @Inject
    ClockProducer configured;

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Produces
    public Clock clock() {
        return new Movable();
    }

    public void moveTo(Instant at) {
        offset.set(Duration.between(configured.clock().instant(), at));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    private final class Movable extends Clock {
        @Override
        public ZoneId getZone() {
            return configured.clock().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(configured.clock().withZone(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return configured.clock().instant().plus(offset.get());
        }
    }
}
