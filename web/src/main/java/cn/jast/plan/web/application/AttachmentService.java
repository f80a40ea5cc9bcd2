package cn.jast.plan.web.application;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.attachment.AttachmentStore;
import cn.jast.plan.persistence.attachment.StoredAttachment;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
/**
 * The documents of an application (委托协议, 工作计划 ...) and the evidence (佐证) of its reports: uploaded by
 * its society, listed for whoever may read the application, downloaded by its society and the office.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {

    /** The largest attachment, in bytes (default 20 MiB); the upload resource's body limit reads it too. */
    public static final String MAX_BYTES = AttachmentStore.MAX_BYTES_PROPERTY;

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = MAX_BYTES, defaultValue = "20971520")
    long maxBytes;

    /** The largest attachment this server stores, in bytes (a page shows it before an upload). */
    public long maxBytes() {
        return maxBytes;
    }

    /** A downloaded attachment. */
    public record Download(Attachment attachment, byte[] content) {
    }

    /**
     * Stores an upload of the application's society.
     *
     * @param kind          an {@link AttachmentKind} name, or {@code EVIDENCE}
     * @param declaredBytes the Content-Length, or -1 when unknown
     */
    public Attachment upload(String applicationId, String kind, String fileName, String contentType,
                                   long declaredBytes, InputStream content) {
        Application a = access.owned(em, applicationId);
        if (kind == null || !(StoredAttachment.EVIDENCE.equals(kind) || isKind(kind))) {
            throw Failures.invalid("kind", "must be EVIDENCE or one of " + List.of(AttachmentKind.values()));
        }
        AttachmentStore store = new AttachmentStore(em, maxBytes);
        if (declaredBytes >= 0) {
            store.checkDeclaredSize(fileName, declaredBytes);
        }
        AttachmentStore.Upload upload;
        try {
            upload = new AttachmentStore.Upload(a.id().value(), kind, fileName, contentType, access.actor(),
                    clock.instant());
        } catch (IllegalArgumentException e) {
            throw Failures.invalid(e.getMessage().contains("media type") ? "Content-Type" : "name", e.getMessage());
        }
        StoredAttachment stored = store.store(upload, content);
        audit.record(clock.instant(), "attachment.store", "Application",
                a.id().value(), null, "{\"attachment\":\"" + stored.id() + "\",\"kind\":\"" + kind + "\",\"sha256\":\""
                + stored.sha256() + "\",\"size\":" + stored.size() + "}");
        return Attachment.of(stored);
    }

    public List<Attachment> list(String applicationId) {
        Application a = access.readable(em, applicationId);
        return new AttachmentStore(em, maxBytes).ofApplication(a.id().value()).stream().map(Attachment::of).toList();
    }

    public Download download(String attachmentId) {
        AttachmentStore store = new AttachmentStore(em, maxBytes);
        StoredAttachment stored = (attachmentId == null || attachmentId.length() > 64 ? null
                : store.find(attachmentId).orElse(null));
        if (stored == null) {
            access.require(cn.jast.plan.web.security.Roles.OFFICE, cn.jast.plan.web.security.Roles.SOCIETY);
            throw Failures.notFound("attachment " + attachmentId);
        }
        try {
            access.ownedOrOffice(em, stored.applicationId());
        } catch (NotFound e) {
            throw Failures.notFound("attachment " + attachmentId);
        }
        return new Download(Attachment.of(stored), store.content(attachmentId));
    }

    private static boolean isKind(String kind) {
        for (AttachmentKind k : AttachmentKind.values()) {
            if (k.name().equals(kind)) {
                return true;
            }
        }
        return false;
    }
}
