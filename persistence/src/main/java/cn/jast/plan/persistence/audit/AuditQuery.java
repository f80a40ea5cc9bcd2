package cn.jast.plan.persistence.audit;

import java.time.Instant;

/**
 * Which audit entries to read ({@link AuditLog#search}): each criterion that is given narrows the
 * entries, null leaves it open.
 *
 * @param actor        who acted, exactly
 * @param actionPrefix the action, or the start of it ({@code review.} for every review step)
 * @param targetType   what kind of thing the entry is about ({@code Application}, {@code Society}, ...), exactly
 * @param targetId     which one ({@code D21-02}), exactly
 * @param from         the first instant, inclusive
 * @param until        the end of the period, exclusive
 */
public record AuditQuery(String actor, String actionPrefix, String targetType, String targetId, Instant from,
                         Instant until) {

    /** Every entry. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        actionPrefix = blankToNull(actionPrefix);
        targetType = blankToNull(targetType);
        targetId = blankToNull(targetId);
        if (from != null && until != null && !from.isBefore(until)) {
            throw new IllegalArgumentException("the period ends (" + until + ") before or when it starts (" + from + ")");
        }
    }

    /** The entries about one application. */
    public static AuditQuery ofApplication(String applicationId) {
        return new AuditQuery(null, null, "Application", applicationId, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
