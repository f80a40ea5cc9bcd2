package cn.jast.plan.persistence.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The office's exception that lets allocation rank an application with fewer score sheets than the plan
 * year asks (IV.2 评审立项), with its reason: one per application, written once.
 */
@Entity
@Table(name = "review_exception")
public class ReviewExceptionRow {
    @Id
    @Column(name = "application_id", length = 64)
    private String applicationId;
    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;
    @Column(name = "recorded_by", nullable = false, length = 128)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReviewExceptionRow() {
    }

    public ReviewExceptionRow(String applicationId, String reason, String recordedBy, Instant recordedAt) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an exception gives its reason");
        }
        this.reason = reason;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public String applicationId() {
        return applicationId;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
