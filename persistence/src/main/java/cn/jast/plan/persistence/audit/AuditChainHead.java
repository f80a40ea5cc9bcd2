package cn.jast.plan.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that says where the chain ends. Every append locks it, so appends are
 * serialised: two can never link to the same predecessor. It also lets the verification see an
 * entry cut off the end of the log.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {
    static final int ID = 1;

    @Id
    @Column(name = "id")
    private int id;
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;
    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEntry entry) {
        this.lastSeq = entry.seq();
        this.lastHash = entry.hash();
    }
}
