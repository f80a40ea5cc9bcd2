package cn.jast.plan.persistence.attachment;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.persistence.support.Sha256;
import jakarta.persistence.EntityManager;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores uploaded files in the database with their SHA-256 and size. An upload larger than the
 * configured maximum (default 20 MiB, {@value #MAX_BYTES_PROPERTY}) is refused with an
 * {@link AttachmentTooLargeException} that names the limit, as soon as the limit is passed: the
 * rest of the stream is not read. File names are kept as data and never touch the file system.
 */
public final class AttachmentStore {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /** The configuration name (system property or MicroProfile Config) for the maximum size in bytes. */
    public static final String MAX_BYTES_PROPERTY = "jast.attachments.maxBytes";
    private static final int MAX_NAME = 255;
    private static final int MAX_TYPE = 127;

    /** What is uploaded, apart from the bytes. */
    public record Upload(String applicationId, String kind, String fileName, String contentType, String storedBy,
                         Instant at) {
        public Upload {
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(storedBy, "storedBy");
            Objects.requireNonNull(at, "at");
            if (fileName == null || fileName.isBlank()) {
                throw new IllegalArgumentException("an attachment needs a file name");
            }
            if (fileName.length() > MAX_NAME) {
                throw new IllegalArgumentException("a file name has at most " + MAX_NAME + " characters");
            }
            // A control character (NUL above all) is never part of a real file name; PostgreSQL cannot
            // even store NUL in text, so refusing it here keeps the two databases alike.
            if (fileName.codePoints().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a file name may not contain control characters");
            }
            // A name, not a path: a browser sends the file's own name only, so a separator, a drive or a
            // "." or ".." is a crafted request. Refused, so that no copy of it (a download, the dossier's zip)
            // can ever be read as a path; safeName() stays as a second line.
            if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0 || fileName.strip().matches("\\.{1,2}")
                    || fileName.matches("(?s)[A-Za-z]:.*")) {
                throw new IllegalArgumentException("a file name is the file's own name, without a folder or drive: "
                        + fileName);
            }
            contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
            if (contentType.length() > MAX_TYPE || !contentType.matches("[\\w.+-]+/[\\w.+-]+(\\s*;.*)?")) {
                throw new IllegalArgumentException("not a media type: " + contentType);
            }
        }

        /** A document an application declares (委托协议, 工作计划 ...). */
        public static Upload document(String applicationId, AttachmentKind kind, String fileName, String contentType,
                                      String storedBy, Instant at) {
            return new Upload(applicationId, kind.name(), fileName, contentType, storedBy, at);
        }

        /** Evidence (佐证) for a report of the application's project. */
        public static Upload evidence(String applicationId, String fileName, String contentType, String storedBy,
                                      Instant at) {
            return new Upload(applicationId, StoredAttachment.EVIDENCE, fileName, contentType, storedBy, at);
        }
    }

    private final EntityManager em;
    private final long maxBytes;

    public AttachmentStore(EntityManager em) {
        this(em, DEFAULT_MAX_BYTES);
    }

    public AttachmentStore(EntityManager em, long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException(MAX_BYTES_PROPERTY + " must be at least 1, not " + maxBytes);
        }
        this.em = em;
        this.maxBytes = maxBytes;
    }

    /**
     * The maximum size from the system property {@value #MAX_BYTES_PROPERTY} (bytes), else the
     * default of 20 MiB. On the server, read the same name with MicroProfile Config and pass it to
     * the constructor.
     */
    public static long configuredMaxBytes() {
        String value = System.getProperty(MAX_BYTES_PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_BYTES_PROPERTY + " must be a number of bytes, not \"" + value + "\"", e);
        }
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Refuses early a size known before reading (a Content-Length, a multipart part's size). */
    public void checkDeclaredSize(String fileName, long declaredBytes) {
        if (declaredBytes > maxBytes) {
            throw new AttachmentTooLargeException(fileName, maxBytes, declaredBytes);
        }
    }

    /**
     * Reads the stream (not closed here) and stores it.
     *
     * @throws AttachmentTooLargeException when the stream holds more than the maximum size
     * @throws NoSuchElementException      when there is no such application
     */
    public StoredAttachment store(Upload upload, InputStream content) {
        if (!StoredAttachment.EVIDENCE.equals(upload.kind())) {
            AttachmentKind.valueOf(upload.kind());
        }
        if (em.find(Application.class, upload.applicationId()) == null) {
            throw new NoSuchElementException("no application " + upload.applicationId());
        }
        MessageDigest sha = Sha256.digest();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        long total = 0;
        try {
            int n;
            while ((n = content.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new AttachmentTooLargeException(upload.fileName(), maxBytes, total);
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload of " + upload.fileName(), e);
        }
        String id = UUID.randomUUID().toString();
        StoredAttachment a = new StoredAttachment(id, upload.applicationId(), upload.kind(), upload.fileName(),
                upload.contentType(), total, HexFormat.of().formatHex(sha.digest()), upload.at(), upload.storedBy());
        em.persist(a);
        em.flush();
        em.persist(new AttachmentContent(id, out.toByteArray()));
        em.flush();
        return a;
    }

    public Optional<StoredAttachment> find(String id) {
        return Optional.ofNullable(em.find(StoredAttachment.class, id));
    }

    public List<StoredAttachment> ofApplication(String applicationId) {
        return em.createQuery("SELECT a FROM StoredAttachment a WHERE a.applicationId = :a ORDER BY a.storedAt, a.id",
                StoredAttachment.class).setParameter("a", applicationId).getResultList();
    }

    /**
     * The bytes of an attachment, checked against its stored SHA-256 and size.
     *
     * @throws IllegalStateException when they no longer match (the stored bytes were damaged or changed)
     */
    public byte[] content(String id) {
        StoredAttachment a = find(id).orElseThrow(() -> new NoSuchElementException("no attachment " + id));
        AttachmentContent c = em.find(AttachmentContent.class, id);
        byte[] bytes = c == null ? null : c.bytes();
        if (bytes == null || bytes.length != a.size() || !Sha256.hex(bytes).equals(a.sha256())) {
            throw new IllegalStateException("the stored bytes of attachment " + id + " (" + a.fileName()
                    + ") do not match its SHA-256 and size");
        }
        return bytes;
    }

    /** Removes an attachment and its bytes (e.g. a wrong file in a draft); the caller decides whether that is allowed. */
    public void remove(String id) {
        AttachmentContent c = em.find(AttachmentContent.class, id);
        if (c != null) {
            em.remove(c);
            em.flush();
        }
        StoredAttachment a = em.find(StoredAttachment.class, id);
        if (a != null) {
            em.remove(a);
            em.flush();
        }
    }

    /**
     * A file name safe to offer back in a download: the last segment after any / or \, without
     * control characters or characters that file systems reserve, without leading dots, at most
     * 200 characters; "attachment" when nothing is left.
     */
    public static String safeName(String name) {
        if (name == null) {
            return "attachment";
        }
        String s = name;
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (cut >= 0) {
            s = s.substring(cut + 1);
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean bad = Character.isISOControl(cp) || "<>:\"|?*".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT;
            b.appendCodePoint(bad ? '_' : cp);
        });
        String out = b.toString().strip();
        while (out.startsWith(".")) {
            out = out.substring(1);
        }
        out = out.strip();
        int codePoints = out.codePointCount(0, out.length());
        if (codePoints > 200) {
            // Keep the end, where the extension is.
            out = out.substring(out.offsetByCodePoints(0, codePoints - 200));
        }
        return out.isEmpty() ? "attachment" : out;
    }
}
