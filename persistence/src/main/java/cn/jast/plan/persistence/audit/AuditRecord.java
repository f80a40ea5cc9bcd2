package cn.jast.plan.persistence.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What is to be logged: when, who, what action, on what, and the target's state before and after
 * as JSON text (null where there is none, e.g. before a creation).
 */
public record AuditRecord(Instant at, String actor, String action, String targetType, String targetId,
                          String beforeJson, String afterJson) {
    public AuditRecord {
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an audit entry names who acted");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry names the action");
        }
    }
}
