package cn.jast.plan.persistence.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person's account: user name, password hash, roles, the society a society account acts for,
 * and the throttle of failed logins.
 *
 * <p>A persistence class: the domain does not model who logs in (the guide's actors act through
 * the application layer), so there is no domain class to map.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    @Id
    @Column(name = "username", length = 64)
    private String username;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name")
    private Set<Role> roles = new HashSet<>();
    @Column(name = "society_code")
    private String societyCode;
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "email", length = 320)
    private String email;
    @Column(name = "language", length = 8)
    private String language;
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;
    @Column(name = "password_set_at")
    private Instant passwordSetAt;
    @Version
    @Column(name = "version")
    private long version;

    protected UserAccount() {
    }

    /**
     * A new account. A society account names its society; office and expert accounts name none.
     *
     * @param passwordHash from {@link PasswordHasher#hash}
     */
    public UserAccount(String username, String passwordHash, Set<Role> roles, String societyCode, Instant createdAt) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("a user name is 3 to 64 letters, digits or . _ @ -: " + username);
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        if (roles.contains(Role.SOCIETY) != (societyCode != null)) {
            throw new IllegalArgumentException("a society account, and only a society account, names its society");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
        this.societyCode = societyCode;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A new account the office makes with a one-time password, which its owner must replace at the first login
     * ({@link #passwordChangeRequired()}); set at {@code createdAt}, no earlier password to end (version 0).
     *
     * @param oneTimeHash from {@link PasswordHasher#hash}
     */
    public static UserAccount withOneTimePassword(String username, String oneTimeHash, Set<Role> roles,
                                                  String societyCode, Instant createdAt) {
        UserAccount account = new UserAccount(username, oneTimeHash, roles, societyCode, createdAt);
        account.passwordChangeRequired = true;
        account.passwordSetAt = createdAt;
        return account;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The society a society account acts for; null for office and expert accounts. */
    public String societyCode() {
        return societyCode;
    }

    /** Where the account's notifications are mailed; null when it gets them in the pages only. */
    public String email() {
        return email;
    }

    /** The language of the account's notifications: {@code zh} (the default) or {@code en}. */
    public String language() {
        return language == null ? "zh" : language;
    }

    /**
     * Sets where and in which language the account's notifications go.
     *
     * @param email null or blank for none (notifications in the pages only)
     * @param language {@code zh} or {@code en}; null keeps zh
     */
    public void changeContact(String email, String language) {
        String e = email == null || email.isBlank() ? null : email.strip();
        if (e != null && (e.length() > 320 || !EMAIL.matcher(e).matches())) {
            throw new IllegalArgumentException("email: not an e-mail address (name@domain): " + email);
        }
        if (language != null && !LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language: must be zh or en, not " + language);
        }
        this.email = e;
        this.language = language;
    }

    /** The languages notifications are written in. */
    public static final Set<String> LANGUAGES = Set.of("zh", "en");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

    public int failedLogins() {
        return failedLogins;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public boolean isLockedAt(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /** Counts a failed login; at {@code maxFailures} in a row the account is locked for {@code lockFor}. */
    public void recordFailedLogin(Instant at, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = at.plus(lockFor);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(Instant at) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = at;
    }

    /**
     * The same password hashed anew (more iterations): not a change of the password, so the sessions
     * and the {@link #credentialsVersion()} stay.
     */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    /**
     * The office gives the account a password its owner must replace at the next login (a new account,
     * or a reset): every session and remembered login of the old one ends ({@link #credentialsVersion()}).
     */
    public void setOneTimePassword(String newHash, Instant at) {
        setPassword(newHash, at);
        passwordChangeRequired = true;
    }

    /** The owner sets their own password: the sessions of the old one end. */
    public void setOwnPassword(String newHash, Instant at) {
        setPassword(newHash, at);
        passwordChangeRequired = false;
    }

    private void setPassword(String newHash, Instant at) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordSetAt = Objects.requireNonNull(at, "at");
        credentialsVersion++;
        failedLogins = 0;
        lockedUntil = null;
    }

    /** True while the account holds a one-time password from the office that its owner has not replaced. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    /** How many times the password has been set since the account was made (reset or own change). */
    public long credentialsVersion() {
        return credentialsVersion;
    }

    /** When the password was last set; null while it is the one the account was first stored with. */
    public Instant passwordSetAt() {
        return passwordSetAt;
    }

    public void grant(Role role) {
        if (role == Role.SOCIETY && societyCode == null) {
            throw new IllegalArgumentException("the society role needs a society; make a society account instead");
        }
        roles.add(role);
    }

    public void revoke(Role role) {
        if (roles.size() == 1 && roles.contains(role)) {
            throw new IllegalArgumentException("an account keeps at least one role");
        }
        roles.remove(role);
    }

    /** The office unlocks an account before its lock runs out. */
    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }
}
