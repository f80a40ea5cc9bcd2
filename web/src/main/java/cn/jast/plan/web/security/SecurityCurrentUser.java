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

    @Override
    public boolean isOffice() {
        return security.isCallerInRole(Roles.OFFICE);
    }

    @Override
    public boolean isExpert() {
        return security.isCallerInRole(Roles.EXPERT);
    }

    @Override
    public boolean isSociety() {
        return security.isCallerInRole(Roles.SOCIETY);
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
