package cn.jast.plan.persistence.audit;

/**
 * One link of the audit chain without the entry's content: its sequence number, the hash of the entry
 * before it and its own hash. A run of links shows that entries follow each other unbroken; the hash
 * of an entry can only be recomputed from its content ({@link AuditEntry#canonicalForm}).
 */
public record AuditLink(long seq, String previousHash, String hash) {
}
