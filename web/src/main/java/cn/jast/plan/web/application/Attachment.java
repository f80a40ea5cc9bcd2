package cn.jast.plan.web.application;

import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.persistence.attachment.StoredAttachment;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored file as the services answer it (read model; the bytes are fetched by a download): its owner
 * application, what it is (an {@link AttachmentKind} name or {@value StoredAttachment#EVIDENCE}), the name
 * and type it was uploaded with, the name safe to offer back in a download, its size and SHA-256, and who
 * stored it when.
 */
public record Attachment(String id, String applicationId, String kind, String fileName, String downloadName,
                         String contentType, long size, String sha256, Instant storedAt, String storedBy) {

    /** The kind of a file filed as evidence (佐证) of a report. */
    public static final String EVIDENCE = StoredAttachment.EVIDENCE;

    public static Attachment of(StoredAttachment s) {
        return new Attachment(s.id(), s.applicationId(), s.kind(), s.fileName(), s.downloadName(), s.contentType(),
                s.size(), s.sha256(), s.storedAt(), s.storedBy());
    }

    public boolean isEvidence() {
        return EVIDENCE.equals(kind);
    }

    /** The document kind it was uploaded as; empty for evidence. */
    public Optional<AttachmentKind> attachmentKind() {
        return isEvidence() ? Optional.empty() : Optional.of(AttachmentKind.valueOf(kind));
    }
}
