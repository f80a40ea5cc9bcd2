package cn.jast.plan.persistence.attachment;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a stored attachment, apart from its description so that they are read only when asked for. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent {
    @Id
    @Column(name = "attachment_id", length = 64)
    private String attachmentId;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "bytes", nullable = false)
    private byte[] bytes;

    protected AttachmentContent() {
    }

    AttachmentContent(String attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
    }

    byte[] bytes() {
        return bytes;
    }
}
