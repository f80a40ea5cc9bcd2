package cn.jast.plan.web.account;

import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.security.AccountLogins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The office lets an account log in again at once, from every address, after the login throttle
 * slowed it down (someone guessed its password, or its owner mistyped it too often); audited.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    AuditTrail audit;

    @Inject
    AccountLogins logins;

    @Inject
    Clock clock;

    /** Answers false, and changes nothing, when there is no such account. */
    public boolean unlock(String username) {
        if (username == null || username.length() > 64 || !logins.unlock(username)) {
            return false;
        }
        audit.record(clock.instant(), "account.unlock", "UserAccount", username, null, null);
        return true;
    }
}
