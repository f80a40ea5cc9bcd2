package cn.jast.plan.persistence.attachment;

import cn.jast.plan.domain.content.AttachmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * What is known about a stored file: its owner application, what it is (an {@link AttachmentKind}
 * or {@value #EVIDENCE} for a report's evidence), the name and type it was uploaded with, its size
 * and SHA-256. The bytes are in {@link AttachmentContent}, a row of their own, so that listing
 * attachments never loads them.
 *
 * <p>The original file name is data only: it is never used to build a path (the bytes are in the
 * database), and {@link #downloadName()} gives a form safe to offer back in a download.
 *
 * <p>A persistence class: the domain knows only which kinds of document an application declares.
 */
@Entity
@Table(name = "attachment")
public class StoredAttachment {
    /** The kind of a file filed as evidence (佐证) of a report. */
    public static final String EVIDENCE = "EVIDENCE";

    @Id
    @Column(name = "id", length = 64)
    private String id;
    @Column(name = "application_id", nullable = false)
    private String applicationId;
    @Column(name = "kind", nullable = false)
    private String kind;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long size;
    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;
    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;
    @Column(name = "stored_by", nullable = false)
    private String storedBy;

    protected StoredAttachment() {
    }

    StoredAttachment(String id, String applicationId, String kind, String fileName, String contentType, long size,
                     String sha256, Instant storedAt, String storedBy) {
        this.id = id;
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storedAt = storedAt;
        this.storedBy = storedBy;
    }

    public String id() {
        return id;
    }

    public String applicationId() {
        return applicationId;
    }

    /** The kind code: an {@link AttachmentKind} name or {@value #EVIDENCE}. */
    public String kind() {
        return kind;
    }

    public Optional<AttachmentKind> attachmentKind() {
        return EVIDENCE.equals(kind) ? Optional.empty() : Optional.of(AttachmentKind.valueOf(kind));
    }

    public boolean isEvidence() {
        return EVIDENCE.equals(kind);
    }

    /** The name the file was uploaded with, exactly; data, never a path. */
    public String fileName() {
        return fileName;
    }

    /** The name to offer in a download: no directories, no control characters, no leading dots. */
    public String downloadName() {
        return AttachmentStore.safeName(fileName);
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public Instant storedAt() {
        return storedAt;
    }

    public String storedBy() {
        return storedBy;
    }
}
