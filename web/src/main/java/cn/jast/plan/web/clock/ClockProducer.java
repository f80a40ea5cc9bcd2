package cn.jast.plan.web.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * The one source of "now" for the application: every deadline of the guide (17:00 on the closing day,
 * the review window, the assessment year) is decided against the {@link Clock} produced here, never
 * against {@code Instant.now()}.
 *
 * <p>Three MicroProfile Config properties let a demo or a test replay the plan year:
 * <ul>
 * <li>{@code jast.clock.fixed}: an ISO-8601 instant, e.g. {@code 2021-05-20T02:00:00Z} (10:00 in Nanjing).
 *     Time stands still there: screenshots and tests are repeatable.</li>
 * <li>{@code jast.clock.offset}: an ISO-8601 {@link Duration} added to the real clock, e.g. {@code P-2000D}.
 *     Time moves, so a demo can watch a deadline pass; the offset is relative to today, so it suits
 *     "a few days before the deadline" rather than a fixed date.</li>
 * <li>{@code jast.clock.start}: an ISO-8601 instant at which the application's clock starts when the
 *     application starts, e.g. {@code 2021-05-20T02:00:00Z}; from there it runs on in real time. The offset
 *     from the real clock is computed once, at start-up; a restart on a database that recorded later
 *     instants resumes just after the last of them ({@link ClockResume}), so time never runs backwards.
 *     This is what the one-command demo uses: a known date inside the submission window, and time that
 *     moves, so records made during the demo get distinct, ordered instants.</li>
 * </ul>
 * None set (or blank): {@link Clock#systemUTC()}. More than one set, or a value that does not parse, stops
 * the deployment with a message naming the properties: a demo must never run on a clock it did not ask for.
 * Like any MicroProfile Config property they can come from a system property
 * ({@code -Djast.clock.fixed=...}), an environment variable ({@code JAST_CLOCK_FIXED}) or
 * {@code META-INF/microprofile-config.properties}.
 *
 * <p>The clock is in UTC; code that shows or compares wall-clock times converts with the plan's zone
 * (Asia/Shanghai) explicitly.
 */
@ApplicationScoped
public class ClockProducer {

    public static final String FIXED = "jast.clock.fixed";
    public static final String OFFSET = "jast.clock.offset";
    public static final String START = "jast.clock.start";

    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    /** How the clock was chosen, as shown by the status resource. */
    public enum Mode { SYSTEM, FIXED, OFFSET, START }

    @Inject
    Config config;

    private Clock clock;
    private Mode mode;

    @PostConstruct
    void configure() {
        Optional<String> fixed = value(FIXED);
        Optional<String> offset = value(OFFSET);
        Optional<String> start = value(START);
        Map<String, String> set = new LinkedHashMap<>();
        fixed.ifPresent(v -> set.put(FIXED, v));
        offset.ifPresent(v -> set.put(OFFSET, v));
        start.ifPresent(v -> set.put(START, v));
        if (set.size() > 1) {
            throw new IllegalStateException("Set only one of " + FIXED + ", " + OFFSET + " and " + START + " (got "
                    + set + ")");
        }
        if (fixed.isPresent()) {
            clock = Clock.fixed(parse(FIXED, fixed.get(), Instant::parse), Clock.systemUTC().getZone());
            mode = Mode.FIXED;
        } else if (offset.isPresent()) {
            clock = Clock.offset(Clock.systemUTC(), parse(OFFSET, offset.get(), Duration::parse));
            mode = Mode.OFFSET;
        } else if (start.isPresent()) {
            Instant startsAt = parse(START, start.get(), Instant::parse);
            // Computed once: the clock shows startsAt now and runs on in real time from here.
            clock = new RunningClock(Clock.systemUTC(), Duration.between(Instant.now(), startsAt));
            mode = Mode.START;
        } else {
            clock = Clock.systemUTC();
            mode = Mode.SYSTEM;
        }
    }

    /** Builds the clock when the application starts, so a bad setting fails the deployment, not a request. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (mode != Mode.SYSTEM) {
            LOG.warning(() -> "Demo clock in use (" + mode + "): now is " + clock.instant() + ", " + clock);
        }
    }

    /**
     * A demo clock that started at {@code jast.clock.start} moves on past {@code lastRecorded} if it
     * shows no later time (a restarted demo, {@link ClockResume}); other clocks are left alone.
     */
    public boolean resumeAfter(Instant lastRecorded) {
        return clock instanceof RunningClock running && running.resumeAfter(lastRecorded);
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    public Mode mode() {
        return mode;
    }

    private Optional<String> value(String name) {
        // Blank counts as absent: the Maven plugin passes -Djast.clock.fixed= when no such clock is wanted.
        return config.getOptionalValue(name, String.class).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static <T> T parse(String name, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Cannot read " + name + "=" + value + ": " + e.getMessage(), e);
        }
    }
}
