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
    /** When set: the instant the clock was set to, and System.nanoTime() then; the clock runs on from it. */
    private final AtomicReference<Object[]> running = new AtomicReference<>();

    @Produces
    public Clock clock() {
        return new Movable();
    }

    public void moveTo(Instant at) {
        running.set(null);
        offset.set(Duration.between(configured.clock().instant(), at));
    }

    /** The clock reads {@code at} now and runs on in real time (a fixed configured clock does not run). */
    public void runFrom(Instant at) {
        running.set(new Object[] {at, System.nanoTime()});
    }

    public void reset() {
        running.set(null);
        offset.set(Duration.ZERO);
    }

    private Instant now() {
        Object[] r = running.get();
        if (r != null) {
            return ((Instant) r[0]).plusNanos(System.nanoTime() - (Long) r[1]);
        }
        return configured.clock().instant().plus(offset.get());
    }

    private final class Movable extends Clock {
        @Override
        public ZoneId getZone() {
            return configured.clock().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            ProbeClock outer = ProbeClock.this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return outer.clock().withZone(other);
                }

                @Override
                public Instant instant() {
                    return outer.now();
                }
            };
        }

        @Override
        public Instant instant() {
            return now();
        }
    }
}
