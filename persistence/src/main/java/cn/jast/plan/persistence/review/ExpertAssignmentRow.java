package cn.jast.plan.persistence.review;

import cn.jast.plan.domain.review.ExpertAssignment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An {@link ExpertAssignment} as stored, with what the record does not carry: whether the expert
 * declined it for a conflict of interest. The key (application, expert) makes an assignment
 * unique.
 *
 * <p>A persistence class because the domain's {@code ExpertAssignment} is a record, which JPA 3.1
 * cannot map as an entity (no no-argument constructor, final fields).
 */
@Entity
@Table(name = "expert_assignment")
@IdClass(ExpertAssignmentRow.Key.class)
public class ExpertAssignmentRow {
    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String applicationId;
        private String expert;

        public Key() {
        }

        public Key(String applicationId, String expert) {
            this.applicationId = applicationId;
            this.expert = expert;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(applicationId, k.applicationId)
                    && Objects.equals(expert, k.expert);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, expert);
        }
    }

    @Id
    @Column(name = "application_id", length = 64)
    private String applicationId;
    @Id
    @Column(name = "expert", length = 64)
    private String expert;
    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;
    @Column(name = "declined_at")
    private Instant declinedAt;
    @Column(name = "decline_reason")
    private String declineReason;
    @Version
    @Column(name = "version")
    private long version;

    protected ExpertAssignmentRow() {
    }

    ExpertAssignmentRow(ExpertAssignment a) {
        this.applicationId = a.applicationId();
        this.expert = a.expert();
        this.assignedAt = a.assignedAt();
    }

    public ExpertAssignment toDomain() {
        return new ExpertAssignment(applicationId, expert, assignedAt);
    }

    void decline(String reason, Instant at) {
        if (declinedAt != null) {
            throw new IllegalStateException("expert " + expert + " has already declined application " + applicationId);
        }
        this.declinedAt = Objects.requireNonNull(at, "at");
        this.declineReason = reason;
    }

    public boolean declined() {
        return declinedAt != null;
    }

    public Instant declinedAt() {
        return declinedAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public long version() {
        return version;
    }
}
