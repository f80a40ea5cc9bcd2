package cn.jast.plan.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import cn.jast.plan.web.clock.ClockProducer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * The application's clock in the demo WAR: the instant the seeding acts at ({@link Acting}) while it calls a
 * service, else the clock the application would have without this class (the one {@link ClockProducer}
 * chose, or a test's movable clock, another alternative of lower priority), read anew at every call. Only the
 * demo module has it.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class SeedingClock {

    @Inject
    BeanManager beans;

    @Inject
    ClockProducer configured;

    private volatile Clock otherwise;

    @Produces
    public Clock clock() {
        return new Seeded(this);
    }

    /** The clock CDI would choose among the others: the configured one, or a test's alternative to it. */
    Clock otherwise() {
        Clock c = otherwise;
        if (c == null) {
            Set<Bean<?>> others = new HashSet<>(beans.getBeans(Clock.class));
            others.removeIf(b -> b.getBeanClass() == SeedingClock.class);
            Bean<?> bean = others.isEmpty() ? null : beans.resolve(others);
            c = bean == null ? configured.clock()
                    : (Clock) beans.getReference(bean, Clock.class, beans.createCreationalContext(bean));
            otherwise = c;
        }
        return c;
    }

    /** The seeding's instant on the seeding thread, the configured clock otherwise. */
    private static final class Seeded extends Clock {
        private final SeedingClock clocks;

        Seeded(SeedingClock clocks) {
            this.clocks = clocks;
        }

        @Override
        public ZoneId getZone() {
            return clocks.otherwise().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Acting.current().map(a -> Clock.fixed(a.at(), zone)).orElseGet(() -> clocks.otherwise().withZone(zone));
        }

        @Override
        public Instant instant() {
            return Acting.current().map(Acting::at).orElseGet(() -> clocks.otherwise().instant());
        }
    }
}
