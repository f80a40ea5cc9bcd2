package cn.jast.plan.persistence.account;

import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a user name and password inside the caller's transaction and keeps the throttle: after
 * {@code maxFailures} failures in a row the account is locked for {@code lockFor}, and while locked
 * even the right password is refused. An unknown user name costs the same time as a wrong
 * password and gives the same answer, so that names cannot be probed.
 */
public final class Authenticator {
    public static final int DEFAULT_MAX_FAILURES = 5;
    public static final Duration DEFAULT_LOCK = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final int maxFailures;
    private final Duration lockFor;

    public Authenticator(EntityManager em) {
        this(em, new PasswordHasher(), DEFAULT_MAX_FAILURES, DEFAULT_LOCK);
    }

    /**
     * An authenticator that never locks an account by itself: the web tier throttles failures per
     * user name and source address instead, so that a stranger cannot lock anybody out. A lock set
     * earlier is still honoured until it runs out or the office lifts it ({@link UserAccount#unlock}).
     */
    public static Authenticator withoutLockout(EntityManager em) {
        return new Authenticator(em, new PasswordHasher(), Integer.MAX_VALUE, DEFAULT_LOCK);
    }

    public Authenticator(EntityManager em, PasswordHasher hasher, int maxFailures, Duration lockFor) {
        this.accounts = new AccountRepository(em);
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        this.maxFailures = maxFailures;
        this.lockFor = Objects.requireNonNull(lockFor, "lockFor");
    }

    /** The outcome of one login attempt. */
    public record LoginResult(Outcome outcome, UserAccount account, Instant lockedUntil) {
        public boolean succeeded() {
            return outcome == Outcome.SUCCEEDED;
        }
    }

    /** What happened; {@code REFUSED} does not tell an unknown name from a wrong password. */
    public enum Outcome { SUCCEEDED, REFUSED, LOCKED }

    public LoginResult login(String username, char[] password, Instant at) {
        Optional<UserAccount> found = username == null ? Optional.empty() : accounts.findAndLock(username);
        if (found.isEmpty()) {
            hasher.burn(password);
            return new LoginResult(Outcome.REFUSED, null, null);
        }
        UserAccount account = found.get();
        if (account.isLockedAt(at)) {
            return new LoginResult(Outcome.LOCKED, null, account.lockedUntil());
        }
        if (!hasher.matches(password, account.passwordHash())) {
            if (maxFailures == Integer.MAX_VALUE) {
                return new LoginResult(Outcome.REFUSED, null, null);
            }
            account.recordFailedLogin(at, maxFailures, lockFor);
            return account.isLockedAt(at)
                    ? new LoginResult(Outcome.LOCKED, null, account.lockedUntil())
                    : new LoginResult(Outcome.REFUSED, null, null);
        }
        if (hasher.needsRehash(account.passwordHash())) {
            account.changePasswordHash(hasher.hash(password));
        }
        account.recordSuccessfulLogin(at);
        return new LoginResult(Outcome.SUCCEEDED, account, null);
    }
}
