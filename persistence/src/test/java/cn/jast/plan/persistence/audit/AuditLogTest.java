package cn.jast.plan.persistence.audit;

import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import cn.jast.plan.persistence.migration.Dialect;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Each test has its own database: the chain is global, and tampering is the point. */
class AuditLogTest {
    static final Instant T0 = Instant.parse("2021-05-20T02:00:00Z");
    @Database("audit")
    TestDatabase db;

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            int k = i;
            db.run(em -> new AuditLog(em).append(new AuditRecord(T0.plusSeconds(k), "office-" + k, "society.update",
                    "Society", "S-" + k, "{\"name\":\"旧\"}", "{\"name\":\"新 " + k + "\"}")));
        }
    }

    /**
     * Tampers behind the log's back. On PostgreSQL a trigger refuses every UPDATE and DELETE of the
     * log (PostgresTest); the tamperer here is one who can switch it off (the table's owner), so the
     * chain's own check is what is tested on both databases.
     */
    private void sql(String statement) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            boolean postgres = TestDatabase.dialect() == Dialect.POSTGRESQL;
            if (postgres) {
                s.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
            }
            s.executeUpdate(statement);
            if (postgres) {
                s.execute("ALTER TABLE audit_log ENABLE TRIGGER USER");
            }
        }
    }

    @Test
    void entries_are_chained_and_survive_save_and_reload() {
        append(3);

        List<AuditEntry> entries = db.tx(em -> new AuditLog(em).after(0, 10));

        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        AuditEntry e = entries.get(2);
        assertThat(e.at()).isEqualTo(T0.plusSeconds(2));
        assertThat(e.actor()).isEqualTo("office-2");
        assertThat(e.action()).isEqualTo("society.update");
        assertThat(e.targetType()).isEqualTo("Society");
        assertThat(e.targetId()).isEqualTo("S-2");
        assertThat(e.beforeJson()).isEqualTo("{\"name\":\"旧\"}");
        assertThat(e.afterJson()).isEqualTo("{\"name\":\"新 2\"}");
        assertThat(e.computeHash()).isEqualTo(e.hash());
        List<AuditEntry> ofTarget = db.tx(em -> new AuditLog(em).ofTarget("Society", "S-1"));
        assertThat(ofTarget).extracting(AuditEntry::seq).containsExactly(2L);
        AuditVerification v = db.tx(em -> new AuditLog(em).verify());
        assertThat(v).isEqualTo(new AuditVerification(3, null, null));
    }

    @Test
    void entries_appended_together_make_the_same_chain_as_one_by_one() {
        append(2);
        List<AuditRecord> batch = List.of(
                new AuditRecord(T0.plusSeconds(10), "office", "application.recommend", "Application", "A-1", "{}", "{\"s\":1}"),
                new AuditRecord(T0.plusSeconds(10), "office", "application.notRecommend", "Application", "A-2", "{}", "{\"s\":2}"),
                new AuditRecord(T0.plusSeconds(10), "office", "application.recommend", "Application", "A-3", "{}", "{\"s\":3}"));
        List<AuditEntry> written = db.tx(em -> new AuditLog(em).appendAll(batch));
        append(1);

        List<AuditEntry> entries = db.tx(em -> new AuditLog(em).after(0, 10));
        assertThat(written).extracting(AuditEntry::seq).containsExactly(3L, 4L, 5L);
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(entries).extracting(AuditEntry::targetId).containsExactly("S-0", "S-1", "A-1", "A-2", "A-3", "S-0");
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
            assertThat(entries.get(i).computeHash()).isEqualTo(entries.get(i).hash());
        }
        AuditVerification v = db.tx(em -> new AuditLog(em).verify());
        assertThat(v).isEqualTo(new AuditVerification(6, null, null));
        List<AuditEntry> none = db.tx(em -> new AuditLog(em).appendAll(List.of()));
        assertThat(none).isEmpty();
    }

    @Test
    void the_latest_instant_is_the_latest_any_other_actor_wrote_whatever_the_order() {
        java.util.Optional<Instant> none = db.tx(em -> new AuditLog(em).latestInstantExcept("demo-seed"));
        assertThat(none).isEmpty();
        db.run(em -> {
            AuditLog log = new AuditLog(em);
            log.append(new AuditRecord(T0.plusSeconds(60), "office", "a", "T", "1", null, null));
            log.append(new AuditRecord(T0.plusSeconds(3_600 * 24 * 200), "demo-seed", "seeded.future", "T", "2", null, null));
            log.append(new AuditRecord(T0.plusSeconds(30), "system", "clock.stop", "Clock", "demo", null, null));
        });
        java.util.Optional<Instant> latest = db.tx(em -> new AuditLog(em).latestInstantExcept("demo-seed"));
        assertThat(latest).contains(T0.plusSeconds(60));
    }

    private java.util.Optional<Instant> latestSinceSeeded() {
        return db.tx(em -> new AuditLog(em).latestInstantSince("demo.seeded", "demo-seed"));
    }

    @Test
    void the_latest_instant_since_the_marker_leaves_out_everything_up_to_it() {
        assertThat(latestSinceSeeded()).isEmpty();
        db.run(em -> {
            AuditLog log = new AuditLog(em);
            log.append(new AuditRecord(T0.plusSeconds(3_600 * 24 * 200), "office", "seeded.future", "T", "1", null, null));
            log.append(new AuditRecord(T0, "demo-seed", "demo.seeded", "Demo", "2021", null, null));
        });
        assertThat(latestSinceSeeded()).isEmpty();
        db.run(em -> {
            AuditLog log = new AuditLog(em);
            log.append(new AuditRecord(T0.plusSeconds(60), "s0001", "a", "T", "2", null, null));
            log.append(new AuditRecord(T0.plusSeconds(30), "system", "clock.stop", "Clock", "demo", null, null));
        });
        assertThat(latestSinceSeeded())
                .contains(T0.plusSeconds(60));
    }

    @Test
    void without_the_marker_every_entry_but_the_actors_counts() {
        db.run(em -> {
            AuditLog log = new AuditLog(em);
            log.append(new AuditRecord(T0.plusSeconds(60), "office", "a", "T", "1", null, null));
            log.append(new AuditRecord(T0.plusSeconds(120), "demo-seed", "b", "T", "2", null, null));
        });
        assertThat(latestSinceSeeded())
                .contains(T0.plusSeconds(60));
    }

    @Test
    void an_entry_changed_with_plain_sql_is_reported() throws Exception {
        append(5);

        sql("UPDATE audit_log SET actor = 'someone-else' WHERE seq = 3");

        AuditVerification v = db.tx(em -> new AuditLog(em).verify());
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.problem()).contains("changed");
    }

    @Test
    void an_entry_whose_hash_was_recomputed_breaks_the_link_of_the_next() throws Exception {
        append(4);
        // A careful forger changes the entry and writes a matching hash; the next entry still points at the old one.
        AuditEntry forged = db.tx(em -> {
            AuditEntry e = new AuditLog(em).after(1, 1).get(0);
            return new AuditEntry(e.seq(), new AuditRecord(e.at(), "forger", e.action(), e.targetType(), e.targetId(),
                    e.beforeJson(), e.afterJson()), e.previousHash());
        });
        sql("UPDATE audit_log SET actor = 'forger', entry_hash = '" + forged.hash() + "' WHERE seq = 2");

        AuditVerification v = db.tx(em -> new AuditLog(em).verify());
        assertThat(v.firstBrokenSeq()).isEqualTo(3);
        assertThat(v.problem()).contains("is not the hash of entry 2");
    }

    @Test
    void a_deleted_entry_is_reported() throws Exception {
        append(5);
        sql("DELETE FROM audit_log WHERE seq = 2");

        AuditVerification v = db.tx(em -> new AuditLog(em).verify());
        assertThat(v.firstBrokenSeq()).isEqualTo(2);
        assertThat(v.problem()).contains("missing");
    }

    @Test
    void entries_cut_off_the_end_are_reported() throws Exception {
        append(5);
        sql("DELETE FROM audit_log WHERE seq >= 4");

        AuditVerification v = db.tx(em -> new AuditLog(em).verify());
        assertThat(v.firstBrokenSeq()).isEqualTo(4);
        assertThat(v.problem()).contains("missing from the end");
    }

    @Test
    void concurrent_appends_each_link_to_the_one_before() throws Exception {
        int threads = 4;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    for (int i = 0; i < each; i++) {
                        int k = i;
                        db.run(em -> new AuditLog(em).append(new AuditRecord(T0, "thread-" + thread, "test.append",
                                "Test", thread + "-" + k, null, null)));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        AuditVerification v = db.tx(em -> new AuditLog(em).verify());
        assertThat(v.intact()).as(v.toString()).isTrue();
        assertThat(v.entriesChecked()).isEqualTo(threads * each);
    }

    @Test
    void the_log_has_no_way_to_change_an_entry() throws Exception {
        append(1);
        // Every column is insert-only: a changed managed entry is not written back.
        assertThat(AuditLog.class.getDeclaredMethods()).extracting(java.lang.reflect.Method::getName)
                .doesNotContain("update", "delete", "remove", "merge");
        AuditVerification v = db.tx(em -> new AuditLog(em).verify());
        assertThat(v.intact()).isTrue();
    }

    private List<AuditEntry> search(AuditQuery q, int first, int max) {
        return db.<List<AuditEntry>>tx(em -> new AuditLog(em).search(q, first, max));
    }

    private long count(AuditQuery q) {
        return db.<Long>tx(em -> new AuditLog(em).count(q));
    }

    private void appendOf(String actor, String action, String type, String id, Instant at) {
        db.run(em -> new AuditLog(em).append(new AuditRecord(at, actor, action, type, id, null, "{}")));
    }

    @Test
    void a_search_filters_by_actor_action_target_and_period_and_pages_newest_first_in_the_database() {
        appendOf("office", "review.assign", "Application", "D21-01", T0);
        appendOf("expert1", "review.score", "Application", "D21-01", T0.plusSeconds(60));
        appendOf("office", "review.assign", "Application", "D21-02", T0.plusSeconds(120));
        appendOf("office", "society.record", "Society", "S-0001", T0.plusSeconds(180));
        appendOf("office", "review_legacy", "Expert", "expert1", T0.plusSeconds(240));
        appendOf("s0001", "application.submit", "Application", "D21-01", T0.plusSeconds(300));

        List<Long> all = search(AuditQuery.ALL, 0, 100).stream().map(AuditEntry::seq).toList();
        assertThat(all).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(count(AuditQuery.ALL)).isEqualTo(6);

        AuditQuery office = new AuditQuery("office", null, null, null, null, null);
        assertThat(count(office)).isEqualTo(4);
        assertThat(search(office, 1, 2)).extracting(AuditEntry::seq).containsExactly(4L, 3L);
        assertThat(search(office, 4, 2)).isEmpty();

        AuditQuery review = new AuditQuery(null, "review.", null, null, null, null);
        assertThat(search(review, 0, 10)).extracting(AuditEntry::seq).containsExactly(3L, 2L, 1L);
        // "_" and "%" in a prefix are letters, not wildcards: "review_" matches nothing of "review."
        AuditQuery underscore = new AuditQuery(null, "review_", null, null, null, null);
        assertThat(search(underscore, 0, 10)).extracting(AuditEntry::seq).containsExactly(5L);
        assertThat(count(new AuditQuery(null, "%", null, null, null, null))).isZero();

        assertThat(search(AuditQuery.ofApplication("D21-01"), 0, 10))
                .extracting(AuditEntry::seq).containsExactly(6L, 2L, 1L);
        AuditQuery period = new AuditQuery(null, null, "Application", null, T0.plusSeconds(60), T0.plusSeconds(300));
        assertThat(search(period, 0, 10)).as("from inclusive, until exclusive")
                .extracting(AuditEntry::seq).containsExactly(3L, 2L);
        AuditQuery both = new AuditQuery("office", "review.assign", "Application", "D21-02", T0, T0.plusSeconds(121));
        assertThat(search(both, 0, 10)).extracting(AuditEntry::seq).containsExactly(3L);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AuditQuery(null, null, null, null, T0, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period");
    }

    @Test
    void links_and_head_show_the_chain_without_the_content() {
        append(4);

        List<AuditLink> links = db.<List<AuditLink>>tx(em -> new AuditLog(em).links(2, 4));
        List<AuditEntry> entries = db.<List<AuditEntry>>tx(em -> new AuditLog(em).after(0, 10));

        assertThat(links).extracting(AuditLink::seq).containsExactly(2L, 3L, 4L);
        assertThat(links.get(0).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(links.get(2).hash()).isEqualTo(entries.get(3).hash());
        AuditLink head = db.<AuditLink>tx(em -> new AuditLog(em).head());
        assertThat(head.seq()).isEqualTo(4);
        assertThat(head.hash()).isEqualTo(entries.get(3).hash());
        java.util.Optional<AuditEntry> last = db.<java.util.Optional<AuditEntry>>tx(em -> new AuditLog(em).last());
        assertThat(last).get().extracting(AuditEntry::seq).isEqualTo(4L);
    }
}
