package cn.jast.plan.persistence.notification;

import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.PasswordHasher;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.account.UserAccount;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox on a real database (Derby; PostgreSQL where configured): queued once, leased, sent or given up. */
class NotificationOutboxTest {
    static final Instant EVENT = Instant.parse("2021-05-20T02:00:00Z");
    static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    @Database
    static TestDatabase db;

    static String key() {
        return "test:" + UUID.randomUUID();
    }

    static Notification notification(String key, String address) {
        return new Notification(key, "office", address, "zh", "RECEIPT", "申报回执", "正文 body", EVENT, NOW);
    }

    static boolean queue(Notification n) {
        return db.tx(em -> new NotificationRepository(em).queue(n));
    }

    static Notification reload(String id) {
        return db.tx(em -> new NotificationRepository(em).find(id).orElseThrow());
    }

    static List<String> claim(String worker, Instant at) {
        return db.tx(em -> new NotificationRepository(em).claim(worker, at, Duration.ofMinutes(1), 1000));
    }

    static boolean leased(String id, String worker, Instant at) {
        return db.tx(em -> new NotificationRepository(em).leased(id, worker, at).isPresent());
    }

    static long unread(String recipient) {
        return db.tx(em -> new NotificationRepository(em).unreadOf(recipient));
    }

    static long countOfKey(String key) {
        return db.tx(em -> em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.dedupKey = :k", Long.class)
                .setParameter("k", key).getSingleResult());
    }

    static boolean exists(String key) {
        return db.tx(em -> new NotificationRepository(em).findByKey(key).isPresent());
    }

    static List<String> idsOf(String recipient) {
        return db.tx(em -> new NotificationRepository(em).of(recipient, 10).stream().map(Notification::id).toList());
    }

    static UserAccount account(String name) {
        return db.tx(em -> new AccountRepository(em).find(name).orElseThrow());
    }

    @Test
    void a_notification_survives_save_and_reload_and_is_queued_once_per_key() {
        String key = key();
        Notification n = notification(key, "a@jast.test");
        assertThat(queue(n)).isTrue();
        assertThat(queue(notification(key, "a@jast.test"))).isFalse();
        assertThat(countOfKey(key)).isEqualTo(1L);

        Notification back = reload(n.id());
        assertThat(back.dedupKey()).isEqualTo(key);
        assertThat(back.recipient()).isEqualTo("office");
        assertThat(back.address()).isEqualTo("a@jast.test");
        assertThat(back.language()).isEqualTo("zh");
        assertThat(back.kind()).isEqualTo("RECEIPT");
        assertThat(back.subject()).isEqualTo("申报回执");
        assertThat(back.body()).isEqualTo("正文 body");
        assertThat(back.createdAt()).isEqualTo(EVENT);
        assertThat(back.state()).isEqualTo(Notification.State.PENDING);
        assertThat(back.attempts()).isZero();
        assertThat(back.nextAttemptAt()).isEqualTo(NOW);
        assertThat(back.unread()).isTrue();
    }

    @Test
    void the_unique_key_stops_a_second_transaction_that_did_not_see_the_first() {
        String key = key();
        EntityManager first = db.emf().createEntityManager();
        EntityManager second = db.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            assertThat(new NotificationRepository(first).queue(notification(key, "a@jast.test"))).isTrue();
            first.getTransaction().commit();
            // The second bypasses the look-up, as a transaction that looked before the first committed would.
            assertThatThrownBy(() -> {
                second.persist(notification(key, "a@jast.test"));
                second.flush();
            }).isInstanceOf(jakarta.persistence.PersistenceException.class);
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }
        assertThat(exists(key)).isTrue();
    }

    @Test
    void a_due_row_is_leased_to_one_worker_until_its_lease_runs_out() {
        Notification n = notification(key(), "b@jast.test");
        queue(n);
        Instant at = NOW.plusSeconds(1);
        List<String> a = claim("worker-a", at);
        List<String> b = claim("worker-b", at.plusSeconds(5));
        assertThat(a).contains(n.id());
        assertThat(b).doesNotContain(n.id());
        assertThat(leased(n.id(), "worker-a", at.plusSeconds(10))).isTrue();
        assertThat(leased(n.id(), "worker-b", at.plusSeconds(10))).isFalse();
        // worker-a died with the lease: after it runs out, another worker takes the row.
        List<String> c = claim("worker-c", at.plus(Duration.ofMinutes(2)));
        assertThat(c).contains(n.id());
        assertThat(leased(n.id(), "worker-a", at.plusSeconds(121))).isFalse();
    }

    @Test
    void a_row_not_yet_due_is_not_claimed() {
        Notification n = new Notification(key(), "office", "c@jast.test", "en", "RECEIPT", "Receipt", "Body",
                EVENT, NOW.plusSeconds(3600));
        queue(n);
        assertThat(claim("w", NOW))
                .doesNotContain(n.id());
        assertThat(claim("w", NOW.plusSeconds(3600)))
                .contains(n.id());
    }

    @Test
    void failures_back_off_then_fail_and_a_resend_makes_it_pending_again() {
        Notification n = notification(key(), "d@jast.test");
        queue(n);
        db.run(em -> new NotificationRepository(em).find(n.id()).orElseThrow()
                .attemptFailed("connection refused", NOW.plusSeconds(2), 2));
        Notification once = reload(n.id());
        assertThat(once.state()).isEqualTo(Notification.State.PENDING);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.nextAttemptAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(once.lastError()).isEqualTo("connection refused");

        db.run(em -> new NotificationRepository(em).find(n.id()).orElseThrow()
                .attemptFailed("connection refused again", NOW.plusSeconds(4), 2));
        Notification failed = reload(n.id());
        assertThat(failed.state()).isEqualTo(Notification.State.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(claim("w", NOW.plusSeconds(60)))
                .doesNotContain(n.id());

        db.run(em -> new NotificationRepository(em).find(n.id()).orElseThrow().resend("e@jast.test", NOW.plusSeconds(70)));
        Notification again = reload(n.id());
        assertThat(again.state()).isEqualTo(Notification.State.PENDING);
        assertThat(again.address()).isEqualTo("e@jast.test");
        assertThat(again.attempts()).isZero();
        db.run(em -> new NotificationRepository(em).find(n.id()).orElseThrow().sent(NOW.plusSeconds(71)));
        Notification sent = reload(n.id());
        assertThat(sent.state()).isEqualTo(Notification.State.SENT);
        assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(71));
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.lastError()).isNull();
    }

    @Test
    void without_an_address_it_is_shown_not_mailed_and_read_once() {
        String recipient = "n-" + UUID.randomUUID().toString().substring(0, 8);
        Notification n = new Notification(key(), recipient, null, "zh", "REMINDER", "提醒", "正文", EVENT, NOW);
        queue(n);
        Notification back = reload(n.id());
        assertThat(back.state()).isEqualTo(Notification.State.FAILED);
        assertThat(back.lastError()).contains("no e-mail address");
        assertThat(unread(recipient)).isEqualTo(1L);
        db.run(em -> new NotificationRepository(em).find(n.id()).orElseThrow().markRead(NOW));
        db.run(em -> new NotificationRepository(em).find(n.id()).orElseThrow().markRead(NOW.plusSeconds(9)));
        assertThat(reload(n.id()).readAt()).isEqualTo(NOW);
        assertThat(unread(recipient)).isZero();
        assertThat(idsOf(recipient)).containsExactly(n.id());
    }

    @Test
    void an_account_keeps_its_address_and_language() {
        String name = "m-" + UUID.randomUUID().toString().substring(0, 8);
        db.run(em -> new AccountRepository(em).add(new UserAccount(name,
                new PasswordHasher(PasswordHasher.MIN_ITERATIONS).hash("x".toCharArray()), EnumSet.of(Role.OFFICE),
                null, EVENT)));
        assertThat(account(name).language()).isEqualTo("zh");
        db.run(em -> new AccountRepository(em).find(name).orElseThrow().changeContact("Li.Ming@jast.test", "en"));
        UserAccount back = account(name);
        assertThat(back.email()).isEqualTo("Li.Ming@jast.test");
        assertThat(back.language()).isEqualTo("en");
        assertThatThrownBy(() -> back.changeContact("not an address", "zh")).hasMessageStartingWith("email:");
        assertThatThrownBy(() -> back.changeContact("a@b.c", "fr")).hasMessageStartingWith("language:");
    }

    @Test
    void bad_values_are_refused_naming_the_field() {
        assertThatThrownBy(() -> new Notification(" ", "r", null, "zh", "K", "s", "b", EVENT, NOW))
                .hasMessageStartingWith("dedupKey");
        assertThatThrownBy(() -> new Notification("k", "r", null, "zh", "K", "s", "x".repeat(8001), EVENT, NOW))
                .hasMessageStartingWith("body");
    }
}
