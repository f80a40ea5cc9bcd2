package cn.jast.plan.persistence;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.content.AttachmentKind;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.application.Submissions;
import cn.jast.plan.persistence.attachment.AttachmentStore;
import cn.jast.plan.persistence.attachment.StoredAttachment;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditVerification;
import cn.jast.plan.persistence.migration.Dialect;
import cn.jast.plan.persistence.migration.MigrationReport;
import cn.jast.plan.persistence.migration.SchemaMigrator;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import cn.jast.plan.persistence.publicity.PublicityRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.persistence.support.Transactions;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayInputStream;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same unit and the PostgreSQL scripts on a real PostgreSQL server, in a schema of its own
 * that is dropped afterwards. Runs in the PostgreSQL pass of the suite
 * ({@code jast.test.db=postgresql}; see persistence/README.md), beside every other test of this module.
 */
@EnabledIfSystemProperty(named = TestDatabase.BACKEND_PROPERTY, matches = "postgresql")
class PostgresTest {
    @Database(value = "postgres", empty = true)
    static TestDatabase db;
    static DataSource ds;
    static EntityManagerFactory emf;
    static PlanYear plan;

    @BeforeAll
    static void migrateAndOpen() throws SQLException {
        ds = db.dataSource();
        SchemaMigrator migrator = new SchemaMigrator();
        try (Connection c = ds.getConnection()) {
            assertThat(migrator.migrateTo(c, 1).version()).isEqualTo(1);
            MigrationReport report = migrator.migrate(c);
            assertThat(report.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(report.version()).isEqualTo(migrator.latestVersion());
            assertThat(migrator.migrate(c).applied()).isEmpty();
        }
        db.open();
        emf = db.emf();
        plan = Transactions.inTransaction(emf, em -> new PlanYearRepository(em)
                .storeBundledIfAbsent(2021, "office", Fixtures.DRAFTED));
    }

    @Test
    void the_schema_matches_the_mappings() throws Exception {
        try (Connection c = ds.getConnection()) {
            SchemaMatchesMappingsTest.check(emf, c);
        }
    }

    @Test
    void exactly_one_of_two_conflicting_submissions_wins() throws Exception {
        Society s = Fixtures.society(Fixtures.uniqueCode());
        Application a = Fixtures.draft(plan, s, Fixtures.content("FIRST_CLASS", null));
        Application b = Fixtures.draft(plan, s, Fixtures.content("DEVELOPMENT_SUPPORT", null));
        Transactions.run(emf, em -> {
            new SocietyRepository(em).add(s);
            new ApplicationRepository(em).add(a);
            new ApplicationRepository(em).add(b);
        });
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (Application app : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        Transactions.run(emf, em -> new Submissions(em).submit(app.id(), null, Fixtures.IN_WINDOW, "u"));
                        return true;
                    } catch (cn.jast.plan.domain.application.TransitionRefused e) {
                        assertThat(e.violations()).extracting(x -> x.rule()).containsExactly("LIMIT-1");
                        return false;
                    }
                }));
            }
            int won = 0;
            for (var f : results) {
                won += f.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aggregates_attachments_and_the_audit_log_work_on_postgresql() throws Exception {
        Society s = Fixtures.society(Fixtures.uniqueCode());
        Application a = Fixtures.draft(plan, s, Fixtures.exchangeContent());
        Application b = Fixtures.draft(plan, s, Fixtures.content("MEMBERS_HOME", null));
        Transactions.run(emf, em -> {
            new SocietyRepository(em).add(s);
            new ApplicationRepository(em).add(a);
            new ApplicationRepository(em).add(b);
        });
        Transactions.run(emf, em -> new Submissions(em).submit(b.id(), 1L, Fixtures.IN_WINDOW, "society"));
        StoredAttachment att = Transactions.inTransaction(emf, em -> new AttachmentStore(em).store(
                AttachmentStore.Upload.document(a.id().value(), AttachmentKind.WORK_PLAN, "计划.pdf", "application/pdf",
                        "society", Fixtures.DRAFTED), new ByteArrayInputStream(new byte[]{0, 1, 2, (byte) 255})));
        PublicityNotice n = PublicityNotice.publish(UUID.randomUUID().toString(), plan, NoticeKind.APPROVAL_LIST, "公示",
                List.of(a.id().value(), b.id().value()), Fixtures.IN_WINDOW);
        Transactions.run(emf, em -> new PublicityRepository(em).add(n));

        Society loadedSociety = Transactions.inTransaction(emf, em -> new SocietyRepository(em).find(s.id()).orElseThrow());
        Application loadedA = Transactions.inTransaction(emf, em -> new ApplicationRepository(em).find(a.id()).orElseThrow());
        Application loadedB = Transactions.inTransaction(emf, em -> new ApplicationRepository(em).find(b.id()).orElseThrow());
        byte[] bytes = Transactions.inTransaction(emf, em -> new AttachmentStore(em).content(att.id()));
        PublicityNotice loadedNotice = Transactions.inTransaction(emf, em -> new PublicityRepository(em).find(n.id()).orElseThrow());
        AuditVerification v = Transactions.inTransaction(emf, em -> new AuditLog(em).verify());

        assertThat(loadedSociety.profile()).isEqualTo(s.profile());
        assertThat(loadedA.content()).isEqualTo(a.content());
        assertThat(loadedB.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(loadedB.submittedAt()).isEqualTo(Fixtures.IN_WINDOW);
        assertThat(bytes).containsExactly(0, 1, 2, 255);
        assertThat(loadedNotice.applicationIds()).containsExactly(a.id().value(), b.id().value());
        assertThat(loadedNotice.period()).isEqualTo(n.period());
        assertThat(v.intact()).isTrue();
        assertThat(v.entriesChecked()).isPositive();

        // On PostgreSQL the database itself refuses to change the audit log.
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_log SET actor = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }
}
