package cn.jast.plan.persistence.account;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Password hashes with PBKDF2-HMAC-SHA256, a random 16-byte salt per password and 600,000
 * iterations by default (OWASP's figure for PBKDF2-HMAC-SHA256), in one self-describing text:
 * {@code pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>}. The iterations are part of
 * the text, so raising them later leaves old hashes verifiable ({@link #needsRehash}).
 */
public final class PasswordHasher {
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Below this a hasher refuses to be made: the floor the brief of issue #3 set. */
    public static final int MIN_ITERATIONS = 210_000;
    private static final String ID = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public PasswordHasher(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations, not " + iterations);
        }
        this.iterations = iterations;
    }

    public int iterations() {
        return iterations;
    }

    public String hash(char[] password) {
        requirePassword(password);
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ID + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True when the password gives the stored hash; compared in constant time. A malformed hash never matches. */
    public boolean matches(char[] password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(ID)) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(parts[2]);
            byte[] expected = b64.decode(parts[3]);
            if (n < 1 || expected.length * 8 != HASH_BITS) {
                return false;
            }
            return MessageDigest.isEqual(expected, pbkdf2(password, salt, n));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when a stored hash was made with fewer iterations than this hasher's (re-hash at the next login). */
    public boolean needsRehash(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(ID)) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Spends the time of one verification, so that an unknown user name takes as long as a wrong password. */
    void burn(char[] password) {
        pbkdf2(password == null ? new char[0] : password, new byte[SALT_BYTES], iterations);
    }

    private static void requirePassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("a password must not be empty");
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }
}
