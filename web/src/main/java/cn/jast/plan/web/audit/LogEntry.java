package cn.jast.plan.web.audit;

import cn.jast.plan.persistence.audit.AuditEntry;

import java.time.Instant;

/**
 * One entry of the audit log as the services answer it (read model): its place in the chain, when, who,
 * what was done to which target, the target's state before and after (JSON, null where none), and the
 * hashes that chain it to the entry before.
 */
public record LogEntry(long seq, Instant at, String actor, String action, String targetType, String targetId,
                       String beforeJson, String afterJson, String previousHash, String hash) {

    /** The previous hash of the first entry of the chain. */
    public static final String GENESIS = AuditEntry.GENESIS;

    public static LogEntry of(AuditEntry e) {
        return new LogEntry(e.seq(), e.at(), e.actor(), e.action(), e.targetType(), e.targetId(), e.beforeJson(),
                e.afterJson(), e.previousHash(), e.hash());
    }
}
