package cn.jast.plan.persistence.application;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.exchange.ApplicationJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One saved version of an application's content: the draft as created (revision 1) and after each
 * revision, as canonical JSON, with who saved it and when. Never changed once written.
 *
 * <p>A persistence class: the domain's application holds its present content only; the history of
 * what a society saved is the record kept beside it, as the audit log is.
 */
@Entity
@Table(name = "application_revision")
public class ApplicationRevision {
    @Id
    @Column(name = "id", length = 80)
    private String id;
    @Column(name = "application_id", nullable = false)
    private String applicationId;
    @Column(name = "revision", nullable = false)
    private int revision;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;
    @Column(name = "saved_by", nullable = false)
    private String savedBy;
    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    protected ApplicationRevision() {
    }

    ApplicationRevision(String applicationId, int revision, Instant savedAt, String savedBy, ApplicationContent content) {
        this.applicationId = Objects.requireNonNull(applicationId, "applicationId");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions are numbered from 1");
        }
        this.revision = revision;
        this.id = applicationId + "#" + revision;
        this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
        this.savedBy = Objects.requireNonNull(savedBy, "savedBy");
        this.content = ApplicationJson.canonical(Objects.requireNonNull(content, "content"));
    }

    public String applicationId() {
        return applicationId;
    }

    public int revision() {
        return revision;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    /** The content as it was saved (read back without its plan year, as stored content is). */
    public ApplicationContent content() {
        return ApplicationJson.read(content);
    }

    /** Its canonical JSON, as stored. */
    public String contentJson() {
        return content;
    }
}
