package cn.jast.plan.persistence.account;

import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.Fixtures;
import cn.jast.plan.persistence.Database;
import cn.jast.plan.persistence.TestDatabase;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {
    static final Instant T0 = Instant.parse("2021-05-20T02:00:00Z");
    /** The floor, to keep the test quick; the default (600,000) has its own test in PasswordHasherTest. */
    static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);
    @Database
    static TestDatabase db;

    static String name() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_account_with_its_roles_and_society_survives_save_and_reload() {
        Society s = Fixtures.addSociety(db);
        String name = name();
        UserAccount account = new UserAccount(name, HASHER.hash("秘密 password".toCharArray()),
                EnumSet.of(Role.SOCIETY), s.id().value(), T0);
        db.run(em -> new AccountRepository(em).add(account));

        UserAccount loaded = db.tx(em -> new AccountRepository(em).find(name).orElseThrow());

        assertThat(loaded.username()).isEqualTo(name);
        assertThat(loaded.roles()).containsExactly(Role.SOCIETY);
        assertThat(loaded.societyCode()).isEqualTo(s.id().value());
        assertThat(loaded.createdAt()).isEqualTo(T0);
        assertThat(loaded.failedLogins()).isZero();
        assertThat(loaded.lockedUntil()).isNull();
        assertThat(HASHER.matches("秘密 password".toCharArray(), loaded.passwordHash())).isTrue();
        assertThat(loaded.version()).isEqualTo(1);
        java.util.List<UserAccount> ofSociety = db.tx(em -> new AccountRepository(em).ofSociety(s.id().value()));
        assertThat(ofSociety).extracting(UserAccount::username).containsExactly(name);
    }

    @Test
    void an_office_account_may_hold_two_roles() {
        String name = name();
        db.run(em -> new AccountRepository(em).add(new UserAccount(name, HASHER.hash("x".toCharArray()),
                EnumSet.of(Role.OFFICE, Role.EXPERT), null, T0)));
        Set<Role> roles = db.tx(em -> new AccountRepository(em).find(name).orElseThrow().roles());
        assertThat(roles).containsExactlyInAnyOrder(Role.OFFICE, Role.EXPERT);
        assertThatThrownBy(() -> new UserAccount("someone", "h", EnumSet.of(Role.SOCIETY), null, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused() {
        String name = name();
        db.run(em -> new AccountRepository(em).add(new UserAccount(name, HASHER.hash("right".toCharArray()),
                EnumSet.of(Role.EXPERT), null, T0)));
        for (int i = 0; i < 4; i++) {
            Authenticator.LoginResult r = login(name, "wrong", T0.plusSeconds(i));
            assertThat(r.outcome()).isEqualTo(Authenticator.Outcome.REFUSED);
        }
        Authenticator.LoginResult fifth = login(name, "wrong", T0.plusSeconds(10));
        assertThat(fifth.outcome()).isEqualTo(Authenticator.Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(T0.plusSeconds(10).plus(Authenticator.DEFAULT_LOCK));

        assertThat(login(name, "right", T0.plusSeconds(60)).outcome()).isEqualTo(Authenticator.Outcome.LOCKED);
        Authenticator.LoginResult later = login(name, "right", T0.plus(Duration.ofMinutes(16)));
        assertThat(later.succeeded()).isTrue();
        UserAccount loaded = db.tx(em -> new AccountRepository(em).find(name).orElseThrow());
        assertThat(loaded.failedLogins()).isZero();
        assertThat(loaded.lockedUntil()).isNull();
        assertThat(loaded.lastLoginAt()).isEqualTo(T0.plus(Duration.ofMinutes(16)));
    }

    @Test
    void an_account_made_with_a_one_time_password_must_replace_it_and_has_no_earlier_one_to_end() {
        String name = name();
        Instant made = T0.plusSeconds(5);
        db.run(em -> new AccountRepository(em).add(UserAccount.withOneTimePassword(name,
                HASHER.hash("one-time".toCharArray()), EnumSet.of(Role.EXPERT), null, made)));
        UserAccount loaded = db.tx(em -> new AccountRepository(em).find(name).orElseThrow());
        assertThat(loaded.passwordChangeRequired()).isTrue();
        assertThat(loaded.credentialsVersion()).isZero();
        assertThat(loaded.passwordSetAt()).isEqualTo(made);
        assertThat(login(name, "one-time", made).outcome()).isEqualTo(Authenticator.Outcome.SUCCEEDED);
    }

    @Test
    void a_one_time_password_must_be_replaced_and_each_setting_counts_and_unlocks() {
        String name = name();
        db.run(em -> new AccountRepository(em).add(new UserAccount(name, HASHER.hash("first".toCharArray()),
                EnumSet.of(Role.EXPERT), null, T0)));
        UserAccount fresh = db.tx(em -> new AccountRepository(em).find(name).orElseThrow());
        assertThat(fresh.passwordChangeRequired()).isFalse();
        assertThat(fresh.credentialsVersion()).isZero();
        assertThat(fresh.passwordSetAt()).isNull();
        for (int i = 0; i < Authenticator.DEFAULT_MAX_FAILURES; i++) {
            login(name, "wrong", T0);
        }
        assertThat(login(name, "first", T0).outcome()).isEqualTo(Authenticator.Outcome.LOCKED);

        Instant reset = T0.plusSeconds(60);
        db.run(em -> new AccountRepository(em).find(name).orElseThrow()
                .setOneTimePassword(HASHER.hash("one-time".toCharArray()), reset));
        UserAccount afterReset = db.tx(em -> new AccountRepository(em).find(name).orElseThrow());
        assertThat(afterReset.passwordChangeRequired()).isTrue();
        assertThat(afterReset.credentialsVersion()).isEqualTo(1);
        assertThat(afterReset.passwordSetAt()).isEqualTo(reset);
        assertThat(afterReset.lockedUntil()).isNull();
        assertThat(login(name, "first", reset).outcome()).isEqualTo(Authenticator.Outcome.REFUSED);
        assertThat(login(name, "one-time", reset).outcome()).isEqualTo(Authenticator.Outcome.SUCCEEDED);

        Instant own = reset.plusSeconds(60);
        db.run(em -> new AccountRepository(em).find(name).orElseThrow()
                .setOwnPassword(HASHER.hash("my own one".toCharArray()), own));
        UserAccount afterOwn = db.tx(em -> new AccountRepository(em).find(name).orElseThrow());
        assertThat(afterOwn.passwordChangeRequired()).isFalse();
        assertThat(afterOwn.credentialsVersion()).isEqualTo(2);
        assertThat(afterOwn.passwordSetAt()).isEqualTo(own);
        assertThat(login(name, "my own one", own).outcome()).isEqualTo(Authenticator.Outcome.SUCCEEDED);
    }

    @Test
    void an_unknown_name_is_refused_like_a_wrong_password() {
        assertThat(login("nobody-" + name(), "x", T0).outcome()).isEqualTo(Authenticator.Outcome.REFUSED);
    }

    @Test
    void two_office_users_changing_one_account_cannot_both_win() {
        String name = name();
        db.run(em -> new AccountRepository(em).add(new UserAccount(name, HASHER.hash("x".toCharArray()),
                EnumSet.of(Role.EXPERT), null, T0)));
        var emA = db.emf().createEntityManager();
        var emB = db.emf().createEntityManager();
        try {
            emA.getTransaction().begin();
            emB.getTransaction().begin();
            emA.find(UserAccount.class, name).grant(Role.OFFICE);
            emB.find(UserAccount.class, name).changePasswordHash(HASHER.hash("y".toCharArray()));
            emA.getTransaction().commit();
            assertThatThrownBy(() -> emB.getTransaction().commit())
                    .isInstanceOf(RollbackException.class).hasCauseInstanceOf(OptimisticLockException.class);
        } finally {
            emA.close();
            emB.close();
        }
    }

    private static Authenticator.LoginResult login(String name, String password, Instant at) {
        return db.tx(em -> new Authenticator(em, HASHER, Authenticator.DEFAULT_MAX_FAILURES, Authenticator.DEFAULT_LOCK)
                .login(name, password.toCharArray(), at));
    }
}
