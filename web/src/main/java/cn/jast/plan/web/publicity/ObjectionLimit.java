package cn.jast.plan.web.publicity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How often one address may lodge an objection to a public notice: anyone may object, without an
 * account (IV.2), so a script must not be able to bury the office's objections under thousands. At most
 * {@code jast.objections.per-source} (5) accepted objections per client address within
 * {@code jast.objections.window} (PT1H), a sliding window; the next one waits until the oldest leaves
 * it. Only what {@link PublicityService#object} accepts counts, and the REST API and the public page
 * share this one limit because both go through that service.
 *
 * <p>As the login throttle: in memory, per instance, on real time (not the demo clock, which may stand
 * still), at most {@link #MAX_SOURCES} addresses (the longest idle go first), so that it can neither fill
 * the heap nor write to the database.
 */
@ApplicationScoped
public class ObjectionLimit {
    public static final String PER_SOURCE = "jast.objections.per-source";
    public static final String WINDOW = "jast.objections.window";
    static final int MAX_SOURCES = 10_000;

    private final ConcurrentMap<String, Deque<Instant>> accepted = new ConcurrentHashMap<>();
    private int perSource = 5;
    private Duration window = Duration.ofHours(1);

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        perSource = config.getOptionalValue(PER_SOURCE, Integer.class).orElse(perSource);
        window = config.getOptionalValue(WINDOW, String.class).map(Duration::parse).orElse(window);
        if (perSource < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalStateException(PER_SOURCE + " must be at least 1 and " + WINDOW
                    + " a positive ISO-8601 duration such as PT1H");
        }
    }

    /** How long this address must still wait before its next objection is taken, if at all. */
    public Optional<Duration> waitFor(String source, Instant now) {
        Deque<Instant> times = accepted.get(source);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            forgetBefore(times, now.minus(window));
            return times.size() < perSource ? Optional.empty()
                    : Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    /** Counts an accepted objection from this address. */
    public void accepted(String source, Instant now) {
        if (accepted.size() >= MAX_SOURCES && !accepted.containsKey(source)) {
            evictIdlest();
        }
        Deque<Instant> times = accepted.computeIfAbsent(source, k -> new ArrayDeque<>());
        synchronized (times) {
            forgetBefore(times, now.minus(window));
            times.addLast(now);
        }
    }

    private static void forgetBefore(Deque<Instant> times, Instant start) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
            times.removeFirst();
        }
    }

    private void evictIdlest() {
        accepted.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Deque<Instant>> e) -> {
                    synchronized (e.getValue()) {
                        return e.getValue().isEmpty() ? Instant.MIN : e.getValue().peekLast();
                    }
                }))
                .ifPresent(idlest -> accepted.remove(idlest.getKey()));
    }
}
