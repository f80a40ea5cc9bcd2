package cn.jast.plan.persistence.migration;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.Fingerprint;
import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.domain.exchange.SocietyJson;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.application.PaperCopies;
import cn.jast.plan.persistence.application.ApplicationRevision;
import cn.jast.plan.persistence.application.ApplicationRevisions;
import cn.jast.plan.persistence.application.PaperCopyReceipt;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.persistence.support.InstantConverter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTest {
    private final SchemaMigrator migrator = new SchemaMigrator();

    @Test
    void an_empty_database_is_brought_to_the_latest_version(@Database(value = "migrate-empty", empty = true) TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            MigrationReport report = migrator.migrate(c);

            assertThat(report.dialect()).isEqualTo(TestDatabase.dialect());
            assertThat(report.version()).isEqualTo(migrator.latestVersion()).isGreaterThanOrEqualTo(2);
            assertThat(report.applied()).extracting(Migration::version).containsExactly(1, 2, 3, 4, 5, 6, 7);
            var applied = migrator.applied(c);
            for (Migration m : migrator.migrations()) {
                assertThat(applied.get(m.version()).checksum())
                        .isEqualTo(SchemaMigrator.checksum(migrator.scriptText(TestDatabase.dialect(), m)));
            }
            assertThat(tables(c)).contains("SOCIETY", "APPLICATION", "AUDIT_LOG", "PAPER_COPY_RECEIPT", "APPLICATION_REVISION",
                    "REVIEWER_PROFILE", "REVIEW_EXCEPTION", "INSPECTION", "KECHUANG_ENTRY", "KECHUANG_FLAG");
        }
    }

    @Test
    void migrating_again_changes_nothing(@Database(value = "migrate-twice", empty = true) TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            migrator.migrate(c);
            MigrationReport again = migrator.migrate(c);
            assertThat(again.applied()).isEmpty();
            assertThat(again.version()).isEqualTo(migrator.latestVersion());
        }
    }

    /**
     * The previous release (V1) has run: a society, a submitted application whose paper copy was
     * recorded, a draft, an audit entry. The upgrade keeps all of it, and takes the recorded paper
     * copy over into the receipts V2 adds.
     */
    @Test
    void a_v1_database_with_data_is_upgraded_and_its_data_stays_readable(@Database(value = "migrate-from-v1", empty = true) TestDatabase db) throws Exception {
        Society society = Fixtures.society("S-V1");
        ApplicationContent content = Fixtures.content("MEMBERS_HOME", null);
        Fingerprint fp = Fingerprint.of(2021, society.id(), content);
        Instant received = Instant.parse("2021-05-25T03:00:00Z");
        try (Connection c = db.connection()) {
            assertThat(migrator.migrateTo(c, 1).version()).isEqualTo(1);
            assertThat(tables(c)).doesNotContain("PAPER_COPY_RECEIPT");
            // What V1 of the application wrote, in V1's own SQL.
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO society (code, name, profile, version) VALUES (?, ?, ?, 1)")) {
                p.setString(1, "S-V1");
                p.setString(2, society.name());
                p.setString(3, SocietyJson.canonical(society.profile()));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO application (id, society_code, plan_year,"
                    + " category, sub_project, content, state, fingerprint, created_at, submitted_at,"
                    + " paper_copy_received_at, version) VALUES (?, 'S-V1', 2021, 'MEMBERS_HOME', NULL, ?, ?, ?, ?,"
                    + " ?, ?, 3)")) {
                p.setString(1, "app-v1-recorded");
                p.setString(2, ApplicationJson.canonical(content));
                p.setString(3, ApplicationState.PAPER_COPY_RECORDED.name());
                p.setString(4, fp.hex());
                p.setString(5, InstantConverter.format(Fixtures.DRAFTED));
                p.setString(6, InstantConverter.format(Fixtures.IN_WINDOW));
                p.setString(7, InstantConverter.format(received));
                p.executeUpdate();
                p.setString(1, "app-v1-draft");
                p.setString(3, ApplicationState.DRAFT.name());
                p.setString(4, null);
                p.setString(6, null);
                p.setString(7, null);
                p.executeUpdate();
            }
            c.commit();
        }
        db.open();   // migrates to the latest, then opens the unit
        Fixtures.plan2021(db);
        db.run(em -> new AuditLog(em).append(new AuditRecord(Fixtures.IN_WINDOW, "office", "upgrade.checked",
                null, null, null, null)));

        Society loadedSociety = db.tx(em -> new SocietyRepository(em).find(new SocietyId("S-V1")).orElseThrow());
        Application recorded = db.tx(em -> new ApplicationRepository(em)
                .find(new ApplicationId("app-v1-recorded")).orElseThrow());
        Application draft = db.tx(em -> new ApplicationRepository(em)
                .find(new ApplicationId("app-v1-draft")).orElseThrow());
        List<PaperCopyReceipt> receipts = db.tx(em -> new PaperCopies(em)
                .receiptsOf(new ApplicationId("app-v1-recorded")));

        assertThat(loadedSociety.profile()).isEqualTo(society.profile());
        assertThat(recorded.state()).isEqualTo(ApplicationState.PAPER_COPY_RECORDED);
        assertThat(recorded.content()).isEqualTo(content);
        assertThat(recorded.fingerprint()).isEqualTo(fp);
        assertThat(recorded.paperCopyReceivedAt()).isEqualTo(received);
        assertThat(draft.state()).isEqualTo(ApplicationState.DRAFT);
        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.matched()).isTrue();
            assertThat(r.printedFingerprint()).isEqualTo(fp.hex());
            assertThat(r.receivedAt()).isEqualTo(received);
            assertThat(r.recordedBy()).isEqualTo("schema-migration-V2");
        });
        assertThat(receiptsOf(db, "app-v1-draft")).isZero();
        // V3 keeps each application's content as its first revision.
        List<ApplicationRevision> revisions = db.tx(em -> new ApplicationRevisions(em)
                .of(new ApplicationId("app-v1-draft")));
        assertThat(revisions).singleElement().satisfies(r -> {
            assertThat(r.revision()).isEqualTo(1);
            assertThat(r.savedBy()).isEqualTo("schema-migration-V3");
            assertThat(r.savedAt()).isEqualTo(Fixtures.DRAFTED);
            assertThat(r.content()).isEqualTo(content);
        });
        // And the upgraded data goes on through its lifecycle.
        db.run(em -> new ApplicationRepository(em).find(new ApplicationId("app-v1-recorded")).orElseThrow()
                .startReview());
        ApplicationState after = db.tx(em -> new ApplicationRepository(em)
                .find(new ApplicationId("app-v1-recorded")).orElseThrow().state());
        assertThat(after).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(db.tx(em -> new AuditLog(em).verify()).intact()).isTrue();
    }

    @Test
    void a_script_changed_after_it_was_applied_is_refused(@Database(value = "migrate-changed", empty = true) TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            migrator.migrate(c);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE schema_version SET checksum = '" + "f".repeat(64) + "' WHERE version = 1");
            }
            assertThatThrownBy(() -> migrator.migrate(c))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V1")
                    .hasMessageContaining("was changed after it was applied");
        }
    }

    @Test
    void a_database_newer_than_the_code_is_refused(@Database(value = "migrate-newer", empty = true) TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            migrator.migrate(c);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO schema_version VALUES (99, 'from the future', 'V99__x.sql', '"
                        + "0".repeat(64) + "', 'x', '2030-01-01T00:00:00.000000000Z', 1)");
            }
            assertThatThrownBy(() -> migrator.migrate(c))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V99")
                    .hasMessageContaining("newer than this application knows");
        }
    }

    @Test
    void a_failing_migration_leaves_nothing_of_itself_behind(@Database(value = "migrate-broken", empty = true) TestDatabase db) throws Exception {
        ClassLoader withBrokenV3 = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (name.equals(SchemaMigrator.INDEX)) {
                    return text("V1__initial_schema.sql\nV2__paper_copy_receipts_and_indexes.sql\nV3__broken.sql\n");
                }
                if (name.endsWith("/V3__broken.sql")) {
                    return text("CREATE TABLE half_done (id INTEGER);\nINSERT INTO society VALUES ('x');\n");
                }
                return super.getResourceAsStream(name);
            }
        };
        SchemaMigrator broken = new SchemaMigrator(withBrokenV3, Clock.systemUTC());
        try (Connection c = db.connection()) {
            assertThatThrownBy(() -> broken.migrate(c))
                    .isInstanceOf(MigrationException.class)
                    .hasMessageContaining("V3")
                    .hasMessageContaining("statement 2 of 2");
            assertThat(tables(c)).doesNotContain("HALF_DONE").contains("PAPER_COPY_RECEIPT");
            assertThat(migrator.applied(c)).containsOnlyKeys(1, 2);
        }
    }

    @Test
    void two_instances_starting_at_once_both_end_at_the_latest_version(@Database(value = "migrate-race", empty = true) TestDatabase db) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<MigrationReport>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<MigrationReport> task = () -> {
                    try (Connection c = db.connection()) {
                        start.await(10, TimeUnit.SECONDS);
                        return new SchemaMigrator().migrate(c);
                    }
                };
                results.add(pool.submit(task));
            }
            int appliedTotal = 0;
            for (Future<MigrationReport> f : results) {
                MigrationReport r = f.get(120, TimeUnit.SECONDS);
                assertThat(r.version()).isEqualTo(migrator.latestVersion());
                appliedTotal += r.applied().size();
            }
            assertThat(appliedTotal).isEqualTo(migrator.latestVersion());
        } finally {
            pool.shutdownNow();
        }
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static long receiptsOf(TestDatabase db, String applicationId) throws Exception {
        try (Connection c = db.connection();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM paper_copy_receipt WHERE application_id = ?")) {
            p.setString(1, applicationId);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<String> tables(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
