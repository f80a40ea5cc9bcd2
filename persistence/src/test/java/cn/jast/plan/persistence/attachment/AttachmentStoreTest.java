package cn.jast.plan.persistence.attachment;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import cn.jast.plan.persistence.support.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentStoreTest {
    static final Instant AT = Instant.parse("2021-05-18T06:00:00Z");
    @Database
    static TestDatabase db;
    static PlanYear plan;

    @BeforeAll
    static void open() {
        plan = Fixtures.plan2021(db);
    }

    static Application application() {
        return Fixtures.addDraft(db, plan, Fixtures.addSociety(db), Fixtures.content("MEMBERS_HOME", null));
    }

    @Test
    void a_file_is_stored_with_its_sha256_and_size_and_read_back_unchanged() {
        Application app = application();
        byte[] bytes = "工作计划：第一季度……".getBytes(StandardCharsets.UTF_8);

        StoredAttachment stored = db.tx(em -> new AttachmentStore(em).store(AttachmentStore.Upload.document(
                app.id().value(), AttachmentKind.WORK_PLAN, "工作计划.pdf", "application/pdf", "society-user", AT),
                new ByteArrayInputStream(bytes)));

        StoredAttachment loaded = db.tx(em -> new AttachmentStore(em).find(stored.id()).orElseThrow());
        byte[] content = db.tx(em -> new AttachmentStore(em).content(stored.id()));
        assertThat(loaded.size()).isEqualTo(bytes.length);
        assertThat(loaded.sha256()).isEqualTo(Sha256.hex(bytes));
        assertThat(loaded.fileName()).isEqualTo("工作计划.pdf");
        assertThat(loaded.contentType()).isEqualTo("application/pdf");
        assertThat(loaded.attachmentKind()).contains(AttachmentKind.WORK_PLAN);
        assertThat(loaded.applicationId()).isEqualTo(app.id().value());
        assertThat(loaded.storedAt()).isEqualTo(AT);
        assertThat(loaded.storedBy()).isEqualTo("society-user");
        assertThat(content).isEqualTo(bytes);
        List<StoredAttachment> listed = db.tx(em -> new AttachmentStore(em).ofApplication(app.id().value()));
        assertThat(listed).extracting(StoredAttachment::id).containsExactly(stored.id());
    }

    @Test
    void a_file_over_the_default_20_mib_is_refused_naming_the_limit() {
        Application app = application();
        long limit = AttachmentStore.DEFAULT_MAX_BYTES;
        assertThat(limit).isEqualTo(20L * 1024 * 1024);

        assertThatThrownBy(() -> db.run(em -> new AttachmentStore(em).store(AttachmentStore.Upload.evidence(
                app.id().value(), "big.zip", "application/zip", "u", AT), zeros(limit + 1))))
                .isInstanceOfSatisfying(AttachmentTooLargeException.class, e -> {
                    assertThat(e.maxBytes()).isEqualTo(limit);
                    assertThat(e.getMessage()).contains("big.zip").contains("20971520 bytes").contains("20.0 MiB");
                });
        List<StoredAttachment> none = db.tx(em -> new AttachmentStore(em).ofApplication(app.id().value()));
        assertThat(none).isEmpty();
    }

    @Test
    void a_file_of_exactly_the_limit_is_accepted_and_the_limit_is_configurable() {
        Application app = application();
        StoredAttachment ok = db.tx(em -> new AttachmentStore(em, 1024).store(AttachmentStore.Upload.evidence(
                app.id().value(), "exact.bin", null, "u", AT), zeros(1024)));
        assertThat(ok.size()).isEqualTo(1024);
        assertThat(ok.contentType()).isEqualTo("application/octet-stream");
        assertThat(ok.isEvidence()).isTrue();
        assertThatThrownBy(() -> db.run(em -> new AttachmentStore(em, 1024).checkDeclaredSize("big.bin", 1025)))
                .isInstanceOf(AttachmentTooLargeException.class).hasMessageContaining("limit is 1024 bytes");
    }

    @Test
    void a_name_that_looks_like_a_path_is_refused_and_odd_characters_are_kept_as_data_only() {
        Application app = application();
        for (String path : new String[] {"../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow", "a/b.pdf", "C:\\x.pdf",
                "..", "."}) {
            assertThatThrownBy(() -> AttachmentStore.Upload.evidence(app.id().value(), path, "application/pdf", "u", AT))
                    .as(path).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without a folder or drive");
        }
        String odd = "passwd?*<终稿>.pdf";
        StoredAttachment stored = db.tx(em -> new AttachmentStore(em).store(AttachmentStore.Upload.evidence(
                app.id().value(), odd, "application/pdf", "u", AT), new ByteArrayInputStream(new byte[]{1, 2, 3})));

        StoredAttachment loaded = db.tx(em -> new AttachmentStore(em).find(stored.id()).orElseThrow());
        assertThat(loaded.fileName()).isEqualTo(odd);
        assertThat(loaded.downloadName()).isEqualTo("passwd___终稿_.pdf");
        assertThatThrownBy(() -> AttachmentStore.Upload.evidence(app.id().value(), "passwd\u0000.pdf",
                "application/pdf", "u", AT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control characters");
        assertThat(AttachmentStore.safeName("..\\..\\boot.ini")).isEqualTo("boot.ini");
        assertThat(AttachmentStore.safeName("...")).isEqualTo("attachment");
        assertThat(AttachmentStore.safeName("报告<终稿>.docx")).isEqualTo("报告_终稿_.docx");
    }

    @Test
    void bytes_changed_behind_the_stores_back_are_detected() throws Exception {
        Application app = application();
        StoredAttachment stored = db.tx(em -> new AttachmentStore(em).store(AttachmentStore.Upload.evidence(
                app.id().value(), "a.txt", "text/plain", "u", AT), new ByteArrayInputStream("original".getBytes())));
        try (Connection c = db.connection();
             PreparedStatement p = c.prepareStatement("UPDATE attachment_content SET bytes = ? WHERE attachment_id = ?")) {
            p.setBytes(1, "tampered".getBytes());
            p.setString(2, stored.id());
            p.executeUpdate();
        }
        assertThatThrownBy(() -> db.tx(em -> new AttachmentStore(em).content(stored.id())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SHA-256");
    }

    @Test
    void an_attachment_can_be_removed_with_its_bytes() {
        Application app = application();
        StoredAttachment stored = db.tx(em -> new AttachmentStore(em).store(AttachmentStore.Upload.evidence(
                app.id().value(), "wrong.txt", "text/plain", "u", AT), new ByteArrayInputStream(new byte[]{7})));
        db.run(em -> new AttachmentStore(em).remove(stored.id()));
        assertThat(db.tx(em -> new AttachmentStore(em).find(stored.id())).isPresent()).isFalse();
    }

    /** A stream of n zero bytes that is not held in memory. */
    static InputStream zeros(long n) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + k, (byte) 0);
                left -= k;
                return k;
            }
        };
    }
}
