package cn.jast.plan.web.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.attachment.AttachmentStore;
import cn.jast.plan.persistence.attachment.StoredAttachment;
import cn.jast.plan.persistence.audit.AuditEntry;
import cn.jast.plan.persistence.audit.AuditLink;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditVerification;
import cn.jast.plan.persistence.support.InstantConverter;
import cn.jast.plan.persistence.support.Sha256;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.application.AttachmentService;
import cn.jast.plan.web.application.print.PrintService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * One application's dossier as a zip, for the office, to be checked offline: its 申报书 as a PDF, its
 * attachments with their SHA-256 as stored, every audit entry about it with all that is hashed (so each
 * entry's hash can be recomputed), the links of the chain from its first entry to the head as it stood
 * at the export, and the verification of the whole chain at that moment. {@code README.txt} says how to
 * check it, {@code verify.py} (Python 3, standard library only) checks it, and {@code SHA256SUMS} lets
 * {@code sha256sum -c} check the files.
 *
 * <p>What the offline check can and cannot prove: an attachment changed after its upload no longer
 * matches the SHA-256 its {@code attachment.store} entry recorded; an entry changed no longer gives its
 * hash; an entry removed or inserted breaks the run of links. The entries between the application's
 * own are other applications' and societies' and are not in the dossier: their links are, so the run is
 * continuous, but their hashes are taken as given; the server verified them at the export (the
 * verification in {@code audit/chain.json}), and the head's hash can be compared with the live log's.
 */
@ApplicationScoped
@Transactional
public class DossierService {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The format of the entries' canonical form, as {@link AuditEntry#canonicalForm} writes it. */
    static final String FORMAT = "jast-plan-audit/1";
    private static final String RESOURCES = "cn/jast/plan/web/audit/dossier/";

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PrintService print;

    @Inject
    AttachmentService attachments;

    @Inject
    Clock clock;

    /** A dossier: the zip and the name to save it under. */
    public record Dossier(String fileName, byte[] zip) {
    }

    /** The dossier of one application (office only; 404 for an unknown id). */
    public Dossier dossier(String applicationId) {
        Application a = access.forOffice(em, applicationId);
        String id = a.id().value();
        String root = "dossier-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "/";
        Instant now = clock.instant();
        AuditLog log = new AuditLog(em);
        List<AuditEntry> entries = log.ofTarget("Application", id);
        AuditLink head = log.head();
        List<AuditLink> links = entries.isEmpty() ? List.of() : log.links(entries.get(0).seq(), head.seq());
        AuditVerification verification = log.verify();
        PrintService.Pdf pdf = print.pdf(id);
        AttachmentStore store = new AttachmentStore(em, attachments.maxBytes());

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("README.txt", resource("README.txt"));
        files.put("verify.py", resource("verify.py"));
        files.put("application.pdf", pdf.bytes());
        JsonArrayBuilder listed = JSON.createArrayBuilder();
        for (StoredAttachment s : store.ofApplication(id)) {
            String path = "attachments/" + s.id() + "-" + AttachmentStore.safeName(s.fileName()).replace('\\', '_');
            files.put(path, store.content(s.id()));
            JsonObjectBuilder b = JSON.createObjectBuilder().add("id", s.id()).add("kind", s.kind());
            nullable(b, "fileName", s.fileName());
            b.add("path", path);
            nullable(b, "contentType", s.contentType());
            b.add("size", s.size()).add("sha256", s.sha256()).add("storedAt", InstantConverter.format(s.storedAt()));
            nullable(b, "storedBy", s.storedBy());
            listed.add(b);
        }
        files.put("attachments.json", json(listed.build()));
        JsonArrayBuilder audit = JSON.createArrayBuilder();
        entries.forEach(e -> audit.add(entry(e)));
        files.put("audit/entries.json", json(audit.build()));
        JsonArrayBuilder chain = JSON.createArrayBuilder();
        links.forEach(l -> chain.add(JSON.createObjectBuilder().add("seq", l.seq()).add("previousHash", l.previousHash())
                .add("hash", l.hash())));
        JsonObjectBuilder checked = JSON.createObjectBuilder().add("intact", verification.intact())
                .add("entriesChecked", verification.entriesChecked());
        if (!verification.intact()) {
            checked.add("firstBrokenSeq", verification.firstBrokenSeq()).add("problem", verification.problem());
        }
        files.put("audit/chain.json", json(JSON.createObjectBuilder().add("format", FORMAT)
                .add("genesis", AuditEntry.GENESIS)
                .add("head", JSON.createObjectBuilder().add("seq", head.seq()).add("hash", head.hash()))
                .add("verifiedAtExport", checked).add("links", chain).build()));
        JsonObjectBuilder app = JSON.createObjectBuilder().add("id", id).add("planYear", a.planYear())
                .add("society", a.society().value());
        nullable(app, "title", a.content().title());
        app.add("state", a.state().name()).add("exportedAt", InstantConverter.format(now))
                .add("exportedBy", access.actor());
        if (a.fingerprint() != null) {
            app.add("fingerprint", a.fingerprint().hex());
        }
        files.put("application.json", json(app.build()));

        StringBuilder sums = new StringBuilder();
        files.forEach((path, bytes) -> sums.append(Sha256.hex(bytes)).append("  ").append(path).append('\n'));
        files.put("SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
        return new Dossier("dossier-" + a.planYear() + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_") + ".zip",
                zip(root, files));
    }

    private static JsonObjectBuilder entry(AuditEntry e) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("seq", e.seq()).add("at", InstantConverter.format(e.at()))
                .add("actor", e.actor()).add("action", e.action());
        nullable(b, "targetType", e.targetType());
        nullable(b, "targetId", e.targetId());
        nullable(b, "before", e.beforeJson());
        nullable(b, "after", e.afterJson());
        return b.add("previousHash", e.previousHash()).add("hash", e.hash());
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    private static byte[] json(JsonStructure value) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.write(value);
        }
        return (out.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String root, Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            List<String> paths = new ArrayList<>(files.keySet());
            for (String path : paths) {
                zip.putNextEntry(new ZipEntry(root + path));
                zip.write(files.get(path));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DossierService.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the WAR lacks " + RESOURCES + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
