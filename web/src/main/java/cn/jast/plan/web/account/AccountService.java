package cn.jast.plan.web.account;

import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.Authenticator;
import cn.jast.plan.persistence.account.PasswordHasher;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.account.UserAccount;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.AccountLogins;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accounts, as the programme office looks after them, and each person's own password (issue #13:
 * an installation without the demo gets its societies' and experts' accounts here, not by SQL).
 *
 * <p>The office makes an account with a role (a society's account names its society) and gets a
 * <b>one-time password</b>, shown once and stored only as its hash; it passes it on by its own means
 * (telephone, in person), not by e-mail. The owner must set their own password at the first login:
 * until then the pages lead only to the password page and the REST API answers 403 to anything else
 * ({@code PUT /api/v1/accounts/me/password}). A reset gives a new one-time password and ends every
 * session and remembered login of the old one, on every instance ({@link UserAccount#credentialsVersion()}).
 * Each of these is in the audit log, the passwords never.
 */
@ApplicationScoped
@Transactional
public class AccountService {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The shortest password a person may choose (the first office account's file is held to the same). */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** The longest password accepted (PBKDF2 hashes any length; this keeps a request from being a burden). */
    public static final int MAX_PASSWORD_LENGTH = 128;

    /** Audit actions. */
    public static final String CREATE_ACTION = "account.create";
    public static final String RESET_ACTION = "account.passwordReset";
    public static final String CHANGE_ACTION = "account.passwordChange";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
    /** One-time passwords: no 0/O, 1/l/I, so that they can be read out over the telephone. */
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int ONE_TIME_GROUPS = 4;
    private static final int ONE_TIME_GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    AccountLogins logins;

    @Inject
    Clock clock;

    /** What the office asks for: a user name, one role, the society of a society's account, an optional e-mail. */
    public record NewAccount(String username, String role, String society, String email) {
    }

    /** An account with a fresh one-time password, shown to the office once. */
    public record Issued(String username, List<String> roles, String society, String oneTimePassword) {
    }

    /** One account as the office's list shows it (never the password or its hash). */
    public record Summary(String username, List<String> roles, String society, String email, Instant createdAt,
                          Instant lastLoginAt, Instant passwordSetAt, boolean passwordChangeRequired,
                          boolean locked) {
    }

    /** Every account, by user name (office). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Summary> accounts() {
        access.require(Roles.OFFICE);
        Instant now = Instant.now();
        return new AccountRepository(em).all().stream().map(a -> summary(a, now)).toList();
    }

    /**
     * The office makes an account with a one-time password. Refused, naming the field, for a user name
     * that is malformed or taken, a role that is none of {@link Role}, a society's account without an
     * existing society (or another account with one), a malformed e-mail address; nothing is stored then.
     */
    public Issued create(NewAccount request) {
        access.require(Roles.OFFICE);
        if (request == null) {
            throw Failures.invalid("username", "is required");
        }
        String username = request.username() == null ? "" : request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw Failures.invalid("username", "is 3 to 64 letters, digits or . _ @ -");
        }
        Role role = role(request.role());
        String society = request.society() == null || request.society().isBlank() ? null : request.society().strip();
        if (role == Role.SOCIETY && society == null) {
            throw Failures.invalid("society", "a society's account names its society");
        }
        if (role != Role.SOCIETY && society != null) {
            throw Failures.invalid("society", "only a society's account names a society");
        }
        if (society != null && new SocietyRepository(em).find(new SocietyId(society)).isEmpty()) {
            throw Failures.invalid("society", "there is no society " + society);
        }
        AccountRepository accounts = new AccountRepository(em);
        if (accounts.find(username).isPresent()) {
            throw Failures.invalid("username", "is taken by another account");
        }
        Instant at = clock.instant();
        char[] password = oneTimePassword();
        try {
            UserAccount account = UserAccount.withOneTimePassword(username, new PasswordHasher().hash(password),
                    Set.of(role), society, at);
            contact(account, request.email());
            accounts.add(account);
            audit.record(at, CREATE_ACTION, "UserAccount", username, null, snapshot(account));
            return new Issued(username, List.of(role.name()), society, new String(password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The office gives an account a new one-time password (its owner forgot theirs, or left): every
     * session and remembered login of the old one ends, on every instance, and the account's lock is lifted.
     */
    public Issued resetPassword(String username) {
        access.require(Roles.OFFICE);
        UserAccount account = find(username);
        char[] password = oneTimePassword();
        try {
            account.setOneTimePassword(new PasswordHasher().hash(password), clock.instant());
            em.flush();
            logins.forget(username);
            audit.record(clock.instant(), RESET_ACTION, "UserAccount", username, null, snapshot(account));
            return new Issued(username, account.roles().stream().map(Role::name).sorted().toList(),
                    account.societyCode(), new String(password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The caller sets their own password, giving the current one (checked like a login, through the
     * login throttle, from {@code source}). Refused, naming the field, when the current one is wrong,
     * or the new one is shorter than {@value #MIN_PASSWORD_LENGTH} or longer than
     * {@value #MAX_PASSWORD_LENGTH} characters, the same as the current one or the user name.
     * Answers the account's new credentials version: the caller's own session goes on with it, every
     * other session of the account ends.
     */
    public long changeOwnPassword(char[] current, char[] next, String source) {
        if (access.user().isAnonymous()) {
            throw Failures.unauthenticated();
        }
        String username = access.user().name();
        if (current == null || current.length == 0) {
            throw Failures.invalid("currentPassword", "is required");
        }
        checkNewPassword(current, next);
        AccountLogins.Attempt attempt = logins.login(username, current, source);
        if (attempt.outcome() == Authenticator.Outcome.LOCKED) {
            throw Failures.tooMany("Too many wrong passwords: try again later.",
                    attempt.lockedUntil() == null ? java.time.Duration.ofMinutes(1)
                            : java.time.Duration.between(Instant.now(), attempt.lockedUntil()));
        }
        if (attempt.outcome() != Authenticator.Outcome.SUCCEEDED) {
            throw Failures.invalid("currentPassword", "is not the account's password");
        }
        UserAccount account = find(username);
        account.setOwnPassword(new PasswordHasher().hash(next), clock.instant());
        em.flush();
        logins.forget(username);
        audit.record(clock.instant(), CHANGE_ACTION, "UserAccount", username, null, null);
        return account.credentialsVersion();
    }

    /**
     * Whether {@code next} may be the caller's new password (the rules {@link #changeOwnPassword}
     * applies, checked alone for the page's feedback while typing; stores nothing): refused, naming
     * {@code newPassword}, when shorter than {@value #MIN_PASSWORD_LENGTH} or longer than
     * {@value #MAX_PASSWORD_LENGTH} characters, the user name, or {@code current} (when given).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkNewPassword(char[] current, char[] next) {
        if (next == null || next.length < MIN_PASSWORD_LENGTH) {
            throw Failures.invalid("newPassword", "is at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (next.length > MAX_PASSWORD_LENGTH) {
            throw Failures.invalid("newPassword", "is at most " + MAX_PASSWORD_LENGTH + " characters");
        }
        if (current != null && current.length > 0 && Arrays.equals(current, next)) {
            throw Failures.invalid("newPassword", "must differ from the current password");
        }
        if (new String(next).equalsIgnoreCase(access.user().name())) {
            throw Failures.invalid("newPassword", "must not be the user name");
        }
    }

    /** Answers false, and changes nothing, when there is no such account. */
    public boolean unlock(String username) {
        access.require(Roles.OFFICE);
        if (username == null || username.length() > 64 || !logins.unlock(username)) {
            return false;
        }
        audit.record(clock.instant(), "account.unlock", "UserAccount", username, null, null);
        return true;
    }

    private UserAccount find(String username) {
        if (username == null || username.length() > 64) {
            throw Failures.notFound("account " + username);
        }
        return new AccountRepository(em).find(username).orElseThrow(() -> Failures.notFound("account " + username));
    }

    private static Role role(String name) {
        if (name == null || name.isBlank()) {
            throw Failures.invalid("role", "is required: one of " + Arrays.toString(Role.values()));
        }
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("role", "is one of " + Arrays.toString(Role.values()));
        }
    }

    private static void contact(UserAccount account, String email) {
        try {
            account.changeContact(email, null);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            throw Failures.invalid("email", colon > 0 ? message.substring(colon + 1).strip() : message);
        }
    }

    private static char[] oneTimePassword() {
        char[] p = new char[ONE_TIME_GROUPS * (ONE_TIME_GROUP_LENGTH + 1) - 1];
        for (int i = 0; i < p.length; i++) {
            p[i] = (i + 1) % (ONE_TIME_GROUP_LENGTH + 1) == 0 ? '-' : ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return p;
    }

    private static Summary summary(UserAccount a, Instant now) {
        return new Summary(a.username(), a.roles().stream().map(Role::name).sorted().toList(), a.societyCode(),
                a.email(), a.createdAt(), a.lastLoginAt(), a.passwordSetAt(), a.passwordChangeRequired(),
                a.isLockedAt(now));
    }

    private static String snapshot(UserAccount a) {
        var roles = JSON.createArrayBuilder();
        a.roles().stream().map(Role::name).sorted().forEach(roles::add);
        var o = JSON.createObjectBuilder().add("username", a.username()).add("roles", roles)
                .add("passwordChangeRequired", a.passwordChangeRequired())
                .add("credentialsVersion", a.credentialsVersion());
        if (a.societyCode() == null) {
            o.addNull("society");
        } else {
            o.add("society", a.societyCode());
        }
        return o.build().toString();
    }
}
