package cn.jast.plan.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing without letting a stranger lock anybody out. Failed logins are
 * counted per user name <em>and</em> source address; after {@code jast.login.free-failures} of them
 * each further failure makes that pair wait longer before its next attempt (starting at
 * {@code jast.login.first-delay}, doubling, at most {@code jast.login.max-delay}). While it waits,
 * the pair is answered 429 without looking at the password. Another address is not slowed down,
 * so nobody can bar the office from its own desk by guessing from elsewhere; a success from an
 * address forgets that address's failures; the office can forget them all for a name
 * ({@link #unlock}).
 *
 * <p>Names that exist and names that do not are counted alike, so the answers (401, then 429 with
 * {@code Retry-After}) do not tell which names exist. The counts live in memory, per instance, and
 * there are at most {@link #MAX_ENTRIES} of them (the oldest go first), so that a stranger spraying
 * names cannot fill the heap or write to the database.
 */
@ApplicationScoped
public class LoginThrottle {
    /** The settings (MicroProfile Config) and their defaults. */
    public static final String FREE_FAILURES = "jast.login.free-failures";
    public static final String FIRST_DELAY = "jast.login.first-delay";
    public static final String MAX_DELAY = "jast.login.max-delay";
    static final int MAX_ENTRIES = 10_000;

    private final ConcurrentMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private int freeFailures = 3;
    private Duration firstDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofMinutes(15);

    private record Key(String name, String source) {
    }

    private static final class Entry {
        int failures;
        Instant notBefore = Instant.MIN;
        Instant lastFailure = Instant.MIN;
    }

    @PostConstruct
    void configure() {
        Config config = ConfigProvider.getConfig();
        freeFailures = config.getOptionalValue(FREE_FAILURES, Integer.class).orElse(freeFailures);
        firstDelay = config.getOptionalValue(FIRST_DELAY, String.class).map(Duration::parse).orElse(firstDelay);
        maxDelay = config.getOptionalValue(MAX_DELAY, String.class).map(Duration::parse).orElse(maxDelay);
        if (freeFailures < 0 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalStateException(FREE_FAILURES + " must be at least 0, and " + MAX_DELAY
                    + " at least " + FIRST_DELAY + " (a positive ISO-8601 duration such as PT1S)");
        }
    }

    /** How long the name must still wait from this source before it may try again, if at all. */
    public Optional<Duration> waitFor(String name, String source, Instant now) {
        Entry e = entries.get(new Key(name, source));
        if (e == null) {
            return Optional.empty();
        }
        synchronized (e) {
            return now.isBefore(e.notBefore) ? Optional.of(Duration.between(now, e.notBefore)) : Optional.empty();
        }
    }

    /** Counts a failed attempt; answers the wait it now imposes (zero while the failures are free). */
    public Duration failed(String name, String source, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            evictOldest();
        }
        Entry e = entries.computeIfAbsent(new Key(name, source), k -> new Entry());
        synchronized (e) {
            e.failures++;
            e.lastFailure = now;
            int over = e.failures - freeFailures;
            if (over <= 0) {
                return Duration.ZERO;
            }
            Duration delay = over > 30 ? maxDelay : firstDelay.multipliedBy(1L << (over - 1));
            if (delay.compareTo(maxDelay) > 0) {
                delay = maxDelay;
            }
            e.notBefore = now.plus(delay);
            return delay;
        }
    }

    /** A success from this source forgets its failures. */
    public void succeeded(String name, String source) {
        entries.remove(new Key(name, source));
    }

    /** The office lets a name try again at once from everywhere; answers how many sources were waiting. */
    public int unlock(String name) {
        int[] removed = {0};
        entries.keySet().removeIf(k -> {
            boolean match = k.name().equals(name);
            removed[0] += match ? 1 : 0;
            return match;
        });
        return removed[0];
    }

    private void evictOldest() {
        entries.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<Key, Entry> en) -> en.getValue().lastFailure))
                .ifPresent(oldest -> entries.remove(oldest.getKey()));
    }
}
