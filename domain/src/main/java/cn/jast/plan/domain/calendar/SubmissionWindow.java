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
public final class SubmissionWindow {
    private final ZoneId zone;
    private final LocalDateTime opens;
    private final LocalDateTime closes;
    private final LocalDateTime paperCopyBy;
    // The instants, computed once: every submission check compares with them.
    private final Instant opensAt;
    private final Instant closesAt;
    private final Instant paperCopyDeadline;

    public SubmissionWindow(ZoneId zone, LocalDateTime opens, LocalDateTime closes, LocalDateTime paperCopyBy) {
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
        this.zone = zone;
        this.opens = opens;
        this.closes = closes;
        this.paperCopyBy = paperCopyBy;
        this.opensAt = opens.atZone(zone).toInstant();
        this.closesAt = closes.atZone(zone).toInstant();
        this.paperCopyDeadline = paperCopyBy.atZone(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The opening, a local date-time in the plan's zone. */
    public LocalDateTime opens() {
        return opens;
    }

    /** The closing, a local date-time in the plan's zone: the first instant that is too late. */
    public LocalDateTime closes() {
        return closes;
    }

    /** The paper deadline, a local date-time in the plan's zone: the first instant that is too late. */
    public LocalDateTime paperCopyBy() {
        return paperCopyBy;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public Instant paperCopyDeadline() {
        return paperCopyDeadline;
    }

    /** True from the opening instant up to, but not at, the closing one. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(opensAt) && at.isBefore(closesAt);
    }

    /** True when a paper copy received at this instant is in time. */
    public boolean paperCopyInTime(Instant receivedAt) {
        return receivedAt.isBefore(paperCopyDeadline);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubmissionWindow w && zone.equals(w.zone) && opens.equals(w.opens)
                && closes.equals(w.closes) && paperCopyBy.equals(w.paperCopyBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, opens, closes, paperCopyBy);
    }

    @Override
    public String toString() {
        return "SubmissionWindow[" + zone + ", " + opens + " .. " + closes + ", paper " + paperCopyBy + "]";
    }

    public ZonedDateTime inZone(Instant at) {
        return at.atZone(zone);
    }
}
