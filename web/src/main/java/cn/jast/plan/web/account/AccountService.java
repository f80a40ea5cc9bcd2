package cn.jast.plan.web.account;

import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.web.security.AccountLogins;
import cn.jast.plan.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The office lets an account log in again at once, from every address, after the login throttle
 * slowed it down (someone guessed its password, or its owner mistyped it too often); audited.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext(unitName = "jastplan")
    EntityManager em;

    @Inject
    AccountLogins logins;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** Answers false, and changes nothing, when there is no such account. */
    public boolean unlock(String username) {
        if (username == null || username.length() > 64 || !logins.unlock(username)) {
            return false;
        }
        new AuditLog(em).append(new AuditRecord(clock.instant(), user.name(), "account.unlock", "UserAccount",
                username, null, null));
        return true;
    }
}
