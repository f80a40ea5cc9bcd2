package cn.jast.plan.web.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.PasswordHasher;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.account.UserAccount;
import cn.jast.plan.web.auditing.AuditTrail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first programme-office account of an installation without the demo (docs/DEPLOY.md): at
 * start-up, when {@value #USER_PROPERTY} names a user and no account holds the OFFICE role yet, that
 * account is created with the password in the file {@value #PASSWORD_FILE_PROPERTY} (a file, so that
 * the password is in no process list, domain.xml or log). Once an office account exists the two
 * properties do nothing, so leaving them set after the first start changes nothing; remove the file.
 *
 * <p>A set user without a readable file, or a password shorter than {@value #MIN_LENGTH} characters,
 * fails the deployment with a message that says so, and creates nothing. The creation is in the
 * audit log (actor {@code setup}).
 */
@Singleton
@Startup
@DependsOn("DatabaseStartup")
public class FirstOfficeAccount {

    /** The user name of the first office account. */
    public static final String USER_PROPERTY = "jast.setup.office.user";
    /** A file holding its password (UTF-8, one line; a trailing line break is ignored). */
    public static final String PASSWORD_FILE_PROPERTY = "jast.setup.office.password-file";
    /** The shortest password accepted for it. */
    public static final int MIN_LENGTH = AccountService.MIN_PASSWORD_LENGTH;

    private static final Logger LOG = Logger.getLogger(FirstOfficeAccount.class.getName());

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void createIfNoOfficeAccount() {
        var config = ConfigProvider.getConfig();
        Optional<String> user = config.getOptionalValue(USER_PROPERTY, String.class).map(String::strip)
                .filter(u -> !u.isEmpty());
        if (user.isEmpty()) {
            return;
        }
        AccountRepository accounts = new AccountRepository(em);
        if (accounts.all().stream().anyMatch(a -> a.hasRole(Role.OFFICE))) {
            LOG.info(() -> "An office account exists: " + USER_PROPERTY + " is ignored (it acts only once)");
            return;
        }
        if (accounts.find(user.get()).isPresent()) {
            throw new IllegalStateException(USER_PROPERTY + " names " + user.get()
                    + ", an account that exists without the OFFICE role: choose another name");
        }
        char[] password = readPassword(config.getOptionalValue(PASSWORD_FILE_PROPERTY, String.class).orElse(""));
        try {
            Instant at = clock.instant();
            accounts.add(new UserAccount(user.get(), new PasswordHasher().hash(password), Set.of(Role.OFFICE), null, at));
            audit.recordAs(AuditTrail.SETUP, at, "account.create", "UserAccount", user.get(), null,
                    "{\"username\":\"" + user.get() + "\",\"roles\":\"[OFFICE]\",\"society\":null}");
            LOG.info(() -> "Created the first office account " + user.get() + " (" + USER_PROPERTY + ")");
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] readPassword(String file) {
        if (file.isBlank()) {
            throw new IllegalStateException(USER_PROPERTY + " is set but " + PASSWORD_FILE_PROPERTY
                    + " names no file with the password");
        }
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(PASSWORD_FILE_PROPERTY + ": cannot read " + file + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
        String password = text.strip();
        if (password.length() < MIN_LENGTH) {
            throw new IllegalStateException(PASSWORD_FILE_PROPERTY + ": the password in " + file
                    + " is shorter than " + MIN_LENGTH + " characters");
        }
        return password.toCharArray();
    }
}
