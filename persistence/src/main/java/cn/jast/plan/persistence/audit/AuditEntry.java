package cn.jast.plan.persistence.audit;

import cn.jast.plan.persistence.support.InstantConverter;
import cn.jast.plan.persistence.support.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One entry of the audit log. Every column is insert-only ({@code updatable = false}), the class
 * has no mutator, and {@link AuditLog} offers no update or delete. Each entry carries the hash of
 * the entry before it, and its own hash is the SHA-256 of {@link #canonicalForm} — which includes
 * that previous hash — so that changing, removing or inserting an entry breaks the chain at that
 * point.
 *
 * <p>A persistence class: the audit log is a record of what the application did, not part of
 * the domain model.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    @Column(name = "seq", updatable = false)
    private long seq;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;
    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;
    @Column(name = "action", nullable = false, updatable = false)
    private String action;
    @Column(name = "target_type", updatable = false)
    private String targetType;
    @Column(name = "target_id", updatable = false)
    private String targetId;
    @Lob
    @Column(name = "before_json", updatable = false)
    private String beforeJson;
    @Lob
    @Column(name = "after_json", updatable = false)
    private String afterJson;
    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;
    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, AuditRecord r, String previousHash) {
        this.seq = seq;
        this.at = r.at();
        this.actor = r.actor();
        this.action = r.action();
        this.targetType = r.targetType();
        this.targetId = r.targetId();
        this.beforeJson = r.beforeJson();
        this.afterJson = r.afterJson();
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    /**
     * The text that is hashed: a version tag, then every field as {@code <length>:<value>} (or
     * {@code -} for null) on its own line, lengths in UTF-8 bytes so that no value can pass for
     * another, ending with the previous hash.
     */
    public String canonicalForm() {
        StringBuilder b = new StringBuilder(256).append("jast-plan-audit/1\n");
        field(b, Long.toString(seq));
        field(b, at == null ? null : InstantConverter.format(at));
        field(b, actor);
        field(b, action);
        field(b, targetType);
        field(b, targetId);
        field(b, beforeJson);
        field(b, afterJson);
        field(b, previousHash);
        return b.toString();
    }

    /** The hash this entry's fields give now; differs from {@link #hash()} when the row was changed. */
    public String computeHash() {
        return Sha256.hex(canonicalForm());
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-\n");
        } else {
            b.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
        }
    }

    public long seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String beforeJson() {
        return beforeJson;
    }

    public String afterJson() {
        return afterJson;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
