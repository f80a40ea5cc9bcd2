package cn.jast.plan.persistence.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {
    @Test
    void the_default_hash_is_pbkdf2_sha256_with_600000_iterations_and_a_salt_of_its_own() {
        PasswordHasher h = new PasswordHasher();
        String one = h.hash("correct horse".toCharArray());
        String two = h.hash("correct horse".toCharArray());

        assertThat(one).startsWith("pbkdf2-sha256$600000$");
        assertThat(one).isNotEqualTo(two);
        assertThat(h.matches("correct horse".toCharArray(), one)).isTrue();
        assertThat(h.matches("correct horse".toCharArray(), two)).isTrue();
        assertThat(h.matches("Correct horse".toCharArray(), one)).isFalse();
        assertThat(h.needsRehash(one)).isFalse();
    }

    @Test
    void a_hash_with_fewer_iterations_still_verifies_and_asks_for_a_rehash() {
        String old = new PasswordHasher(PasswordHasher.MIN_ITERATIONS).hash("pw".toCharArray());
        PasswordHasher now = new PasswordHasher(PasswordHasher.MIN_ITERATIONS + 1);
        assertThat(now.matches("pw".toCharArray(), old)).isTrue();
        assertThat(now.needsRehash(old)).isTrue();
    }

    @Test
    void malformed_hashes_never_match_and_weak_settings_are_refused() {
        PasswordHasher h = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);
        assertThat(h.matches("pw".toCharArray(), "plain")).isFalse();
        assertThat(h.matches("pw".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(h.matches("pw".toCharArray(), null)).isFalse();
        assertThatThrownBy(() -> new PasswordHasher(1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
