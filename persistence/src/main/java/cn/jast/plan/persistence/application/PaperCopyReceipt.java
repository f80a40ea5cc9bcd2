package cn.jast.plan.persistence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A stamped paper copy that reached the office: the fingerprint printed on it, when it arrived,
 * who recorded it, and whether it matched the electronic submission in time. Kept for every copy,
 * matched or not, so the office can show what arrived when.
 *
 * <p>A persistence class: the domain records only the matching copy on the application
 * ({@code Application.recordPaperCopy}); the log of every copy that arrived is the office's record.
 */
@Entity
@Table(name = "paper_copy_receipt")
public class PaperCopyReceipt {
    @Id
    @Column(name = "id", length = 64)
    private String id;
    @Column(name = "application_id", nullable = false)
    private String applicationId;
    @Column(name = "printed_fingerprint", nullable = false, length = 64)
    private String printedFingerprint;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Column(name = "matched", nullable = false)
    private boolean matched;
    @Column(name = "note")
    private String note;

    protected PaperCopyReceipt() {
    }

    public PaperCopyReceipt(String id, String applicationId, String printedFingerprint, Instant receivedAt,
                            String recordedBy, Instant recordedAt, boolean matched, String note) {
        this.id = Objects.requireNonNull(id, "id");
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        this.printedFingerprint = Objects.requireNonNull(printedFingerprint, "printedFingerprint");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.matched = matched;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
    }

    public String id() {
        return id;
    }

    public String applicationId() {
        return applicationId;
    }

    public String printedFingerprint() {
        return printedFingerprint;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public boolean matched() {
        return matched;
    }

    /** Why it did not match (the domain's reason), or a remark; null when none. */
    public String note() {
        return note;
    }
}
