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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Checks user names and passwords against the stored accounts (PBKDF2 hashes, persistence
 * {@link Authenticator}), for every authentication mechanism (HTTP Basic for REST, the pages' form
 * login), through the {@link LoginThrottle}: failures are counted per user name and source address
 * and slow that pair down; they never lock the account for everybody. A throttled attempt is
 * answered {@link Authenticator.Outcome#LOCKED} with the instant it may try again, whether the name
 * exists or not.
 *
 * <p>The REST API authenticates every request (HTTP Basic, no session), and a PBKDF2 check costs
 * a noticeable fraction of a second by design. So a successful check is remembered for a few
 * minutes as a salted SHA-256 of the password, in memory only; a different password, a lock or the
 * end of that time goes back to the store. A remembered check is honoured only while the account's
 * credentials version in the database is the one it was made under ({@link #credentials}, one read
 * by primary key): a password reset or change on any instance ends it at the next request.
 *
 * <p>The time runs from the last use ({@link #REMEMBER}, as a session's idle time does), never longer
 * than {@link #REMEMBER_AT_MOST} after the check, so a client working without pause does not pay a
 * PBKDF2 every few minutes. Concurrent attempts for one name that find nothing remembered run one
 * PBKDF2 check at a time (single flight): the first computes it, the others then find it remembered
 * and answer from it; without this, a burst of requests of one account (a society's REST client, the
 * deadline) each ran its own check, in series on the account's row lock.
 */
@ApplicationScoped
public class AccountLogins {
    static final Duration REMEMBER = Duration.ofMinutes(5);
    static final Duration REMEMBER_AT_MOST = Duration.ofHours(1);

    @PersistenceContext(unitName = "jastplan")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LoginThrottle throttle;

    private final byte[] salt = new byte[32];
    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** One lock per name while a PBKDF2 check of it runs; removed when nobody waits. */
    private final ConcurrentMap<String, ReentrantLock> checking = new ConcurrentHashMap<>();
    private final AtomicLong passwordChecks = new AtomicLong();

    /** A successful check, remembered until {@code until} (moved on by each use, never past {@code atMost}). */
    private record Remembered(byte[] digest, Instant until, Instant atMost, Set<String> groups, String societyCode,
                              long credentialsVersion) {
        Remembered usedAt(Instant now) {
            Instant next = now.plus(REMEMBER);
            return new Remembered(digest, next.isAfter(atMost) ? atMost : next, atMost, groups, societyCode,
                    credentialsVersion);
        }
    }

    /**
     * The outcome of one attempt, for the authentication mechanism; a successful one carries the
     * account's credentials version (a session keeps it) and whether the password is a one-time one
     * that its owner must replace before anything else.
     */
    public record Attempt(Authenticator.Outcome outcome, Set<String> groups, String societyCode, Instant lockedUntil,
                          long credentialsVersion, boolean passwordChangeRequired) {
        Attempt(Authenticator.Outcome outcome, Instant lockedUntil) {
            this(outcome, Set.of(), null, lockedUntil, -1, false);
        }
    }

    /** What a session or a remembered login is checked against on every request: the account's current state. */
    public record Credentials(long version, boolean passwordChangeRequired) {
    }

    public AccountLogins() {
        new SecureRandom().nextBytes(salt);
    }

    /** A login from a source that is not known (no request); throttled as one source of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt login(String username, char[] password) {
        return login(username, password, "unknown");
    }

    /**
     * Checks a user name and password sent from {@code source} (the client's address). While the
     * pair (name, source) must wait after failed attempts, the answer is {@code LOCKED} with the
     * instant it may try again, and the password is not looked at.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt login(String username, char[] password, String source) {
        // The throttle runs on real time, not on a demo clock that may stand still.
        Instant now = Instant.now();
        Optional<Duration> wait = throttle.waitFor(username, source, now);
        if (wait.isPresent()) {
            return new Attempt(Authenticator.Outcome.LOCKED, now.plus(wait.get()));
        }
        byte[] digest = digest(username, password);
        Attempt fast = fromRemembered(username, digest, source, now);
        if (fast != null) {
            return fast;
        }
        ReentrantLock lock = checking.computeIfAbsent(username, k -> new ReentrantLock());
        lock.lock();
        try {
            // another attempt of this name may have finished its check while this one waited
            fast = fromRemembered(username, digest, source, now);
            return fast != null ? fast : check(username, password, digest, source, now);
        } finally {
            lock.unlock();
            if (!lock.hasQueuedThreads()) {
                // one that takes the lock between these lines runs a check of its own: a cost, never a wrong answer
                checking.remove(username, lock);
            }
        }
    }

    /** The attempt answered from a remembered check, or null when nothing valid is remembered for it. */
    private Attempt fromRemembered(String username, byte[] digest, String source, Instant now) {
        Remembered known = remembered.get(username);
        if (known == null || !now.isBefore(known.until()) || !MessageDigest.isEqual(known.digest(), digest)) {
            return null;
        }
        Optional<Credentials> current = credentials(username);
        if (current.isEmpty() || current.get().version() != known.credentialsVersion()) {
            remembered.remove(username, known);
            return null;
        }
        remembered.replace(username, known, known.usedAt(now));
        throttle.succeeded(username, source);
        return new Attempt(Authenticator.Outcome.SUCCEEDED, known.groups(), known.societyCode(), null,
                known.credentialsVersion(), current.get().passwordChangeRequired());
    }

    /** The PBKDF2 check against the store; remembers a success. */
    private Attempt check(String username, char[] password, byte[] digest, String source, Instant now) {
        passwordChecks.incrementAndGet();
        LoginResult result = Authenticator.withoutLockout(em).login(username, password, now);
        if (result.outcome() == Authenticator.Outcome.LOCKED) {
            return new Attempt(result.outcome(), result.lockedUntil());
        }
        if (!result.succeeded()) {
            Duration delay = throttle.failed(username, source, now);
            // The failure that starts a wait is still a plain 401; the next attempt within it is 429.
            return new Attempt(Authenticator.Outcome.REFUSED, delay.isZero() ? null : now.plus(delay));
        }
        throttle.succeeded(username, source);
        UserAccount account = result.account();
        Set<String> groups = account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        remembered.put(username, new Remembered(digest, now.plus(REMEMBER), now.plus(REMEMBER_AT_MOST), groups,
                account.societyCode(), account.credentialsVersion()));
        return new Attempt(Authenticator.Outcome.SUCCEEDED, groups, account.societyCode(), null,
                account.credentialsVersion(), account.passwordChangeRequired());
    }

    /**
     * The account's credentials version and whether it holds a one-time password, read from the
     * database (not from anything remembered); empty when there is no such account.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Credentials> credentials(String username) {
        List<Object[]> rows = em.createQuery("SELECT u.credentialsVersion, u.passwordChangeRequired FROM UserAccount u "
                + "WHERE u.username = :u", Object[].class).setParameter("u", username).getResultList();
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new Credentials(((Number) rows.get(0)[0]).longValue(), Boolean.TRUE.equals(rows.get(0)[1])));
    }

    /**
     * The office lets an account log in again at once, from every address: forgets the throttle's
     * counts for the name and lifts a lock stored on the account. Answers whether the account exists.
     */
    @Transactional
    public boolean unlock(String username) {
        throttle.unlock(username);
        remembered.remove(username);
        UserAccount account = em.find(UserAccount.class, username);
        if (account == null) {
            return false;
        }
        account.unlock();
        return true;
    }

    /** How many PBKDF2 checks against the store this instance has run since it started (for load figures and tests). */
    public long passwordChecks() {
        return passwordChecks.get();
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
