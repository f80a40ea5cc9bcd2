package cn.jast.plan.web.refusal;

import java.time.Duration;
import java.util.Objects;

/**
 * The caller did this too often from where they are (an anonymous objection to a public notice): try
 * again after {@link #retryAfter()}. Nothing was stored.
 */
public final class TooManyRequests extends Refusal {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public TooManyRequests(String detail, Duration retryAfter) {
        super(detail);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long the caller waits before the next attempt is taken (at least one second). */
    public Duration retryAfter() {
        return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }
}
