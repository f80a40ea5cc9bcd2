package cn.jast.plan.domain.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When applications may be submitted electronically and by when the stamped paper copy must have
 * arrived (V.2). All three instants are read in the plan's zone (Asia/Shanghai for JAST), never in
 * the server's.
 *
 * <p>The window is half open: a submission at {@code opens} is in, one at {@code closes} is out
 * ("5 月 28 日 17:00 时关闭项目申报系统").
 */
public record SubmissionWindow(ZoneId zone, LocalDateTime opens, LocalDateTime closes, LocalDateTime paperCopyBy) {
    public SubmissionWindow {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(paperCopyBy, "paperCopyBy");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("the window must open before it closes: " + opens + " / " + closes);
        }
        if (paperCopyBy.isBefore(closes)) {
            throw new IllegalArgumentException("the paper deadline must not come before the electronic one");
        }
    }

    public Instant opensAt() {
        return opens.atZone(zone).toInstant();
    }

    public Instant closesAt() {
        return closes.atZone(zone).toInstant();
    }

    public Instant paperCopyDeadline() {
        return paperCopyBy.atZone(zone).toInstant();
    }

    /** True from the opening instant up to, but not at, the closing one. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(opensAt()) && at.isBefore(closesAt());
    }

    /** True when a paper copy received at this instant is in time. */
    public boolean paperCopyInTime(Instant receivedAt) {
        return receivedAt.isBefore(paperCopyDeadline());
    }

    public ZonedDateTime inZone(Instant at) {
        return at.atZone(zone);
    }
}
