package cn.jast.plan.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** The current caller as Jakarta Security knows it, with the society of a SOCIETY account. */
@RequestScoped
public class SecurityCurrentUser implements CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountLogins logins;

    private String societyCode;
    private boolean societyLoaded;

    @Override
    public String name() {
        Principal p = security.getCallerPrincipal();
        return p == null ? "anonymous" : p.getName();
    }

    @Override
    public boolean isAnonymous() {
        return security.getCallerPrincipal() == null;
    }

    /**
     * The roles are the groups the identity store gave the caller, read from the account rather than
     * from the container's role mapping, which differs between servers.
     */
    @Override
    public boolean hasRole(String role) {
        return !isAnonymous() && logins.groupsOf(name()).contains(role);
    }

    @Override
    public Optional<String> societyCode() {
        if (!societyLoaded) {
            societyCode = isSociety() ? logins.societyOf(name()) : null;
            societyLoaded = true;
        }
        return Optional.ofNullable(societyCode);
    }
}
