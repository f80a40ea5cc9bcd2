package cn.jast.plan.web.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's clock ({@code jast.clock.start}): real time shifted by an offset, which may move forward
 * but never back. A restarted demo starts at the configured instant again; {@link #resumeAfter} moves
 * it past the last instant the application recorded, so that audit entries and submissions made
 * after a restart are never dated before those made before it.
 */
public final class RunningClock extends Clock {
    private final Clock base;
    private volatile Duration offset;

    public RunningClock(Clock base, Duration offset) {
        this.base = base;
        this.offset = offset;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    /** Moves the clock on to just after {@code lastRecorded} if it shows no later time; answers whether it moved. */
    public synchronized boolean resumeAfter(Instant lastRecorded) {
        Instant now = instant();
        if (lastRecorded == null || now.isAfter(lastRecorded)) {
            return false;
        }
        offset = offset.plus(Duration.between(now, lastRecorded)).plusMillis(1);
        return true;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset);
    }

    @Override
    public String toString() {
        return "RunningClock[" + base + " + " + offset + "]";
    }
}
