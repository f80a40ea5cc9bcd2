package cn.jast.plan.web.security;

import jakarta.enterprise.context.RequestScoped;

/** What the identity store found in this request, so that a locked account answers 429, not 401. */
@RequestScoped
public class LoginOutcome {
    private AccountLogins.Attempt attempt;

    void record(AccountLogins.Attempt a) {
        this.attempt = a;
    }

    AccountLogins.Attempt attempt() {
        return attempt;
    }
}
