package cn.jast.plan.web.security;

import cn.jast.plan.persistence.account.Authenticator;
import cn.jast.plan.persistence.account.Authenticator.LoginResult;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.account.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Checks user names and passwords against the stored accounts (PBKDF2 hashes, persistence
 * {@link Authenticator}), keeping the throttle: after repeated failures an account is locked for a
 * while, and every attempt on it is refused until then.
 *
 * <p>The REST API authenticates every request (HTTP Basic, no session), and a PBKDF2 check costs
 * a noticeable fraction of a second by design. So a successful check is remembered for a few
 * minutes as a salted SHA-256 of the password, in memory only; a different password, a lock or the
 * end of that time goes back to the store.
 */
@ApplicationScoped
public class AccountLogins {
    static final Duration REMEMBER = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "jastplan")
    EntityManager em;

    @Inject
    Clock clock;

    private final byte[] salt = new byte[32];
    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    /** A successful check, remembered. */
    private record Remembered(byte[] digest, Instant until, Set<String> groups, String societyCode) {
    }

    /** The outcome of one attempt, for the authentication mechanism. */
    public record Attempt(Authenticator.Outcome outcome, Set<String> groups, String societyCode, Instant lockedUntil) {
    }

    public AccountLogins() {
        new SecureRandom().nextBytes(salt);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt login(String username, char[] password) {
        Instant now = Instant.now();
        byte[] digest = digest(username, password);
        Remembered known = remembered.get(username);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            return new Attempt(Authenticator.Outcome.SUCCEEDED, known.groups(), known.societyCode(), null);
        }
        remembered.remove(username);
        // The throttle runs on real time, not on a demo clock that may stand still.
        LoginResult result = new Authenticator(em).login(username, password, now);
        if (!result.succeeded()) {
            return new Attempt(result.outcome(), Set.of(), null, result.lockedUntil());
        }
        UserAccount account = result.account();
        Set<String> groups = account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        remembered.put(username, new Remembered(digest, now.plus(REMEMBER), groups, account.societyCode()));
        return new Attempt(Authenticator.Outcome.SUCCEEDED, groups, account.societyCode(), null);
    }

    /** Forgets what was remembered of an account, e.g. after its password or roles changed. */
    public void forget(String username) {
        remembered.remove(username);
    }

    /** The roles of an account that has logged in, for the current user. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> groupsOf(String username) {
        Remembered known = remembered.get(username);
        if (known != null) {
            return known.groups();
        }
        UserAccount account = em.find(UserAccount.class, username);
        return account == null ? Set.of()
                : account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The society of a SOCIETY account, for the current user. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String societyOf(String username) {
        Remembered known = remembered.get(username);
        if (known != null) {
            return known.societyCode();
        }
        UserAccount account = em.find(UserAccount.class, username);
        return account == null ? null : account.societyCode();
    }

    private byte[] digest(String username, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
