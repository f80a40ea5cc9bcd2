package cn.jast.plan.demo;

import java.util.Optional;

import cn.jast.plan.web.security.CurrentUser;
import cn.jast.plan.web.security.SecurityCurrentUser;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * The caller as the services see it in the demo WAR: the demo user the seeding acts as ({@link Acting}) while
 * it calls a service, else the logged-in caller exactly as Jakarta Security knows it. Only the demo module has
 * this class, so the deployed web WAR and EAR know no caller but the logged-in one.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class SeedingUser implements CurrentUser {

    @Inject
    SecurityCurrentUser caller;

    @Override
    public String name() {
        return Acting.current().map(Acting::user).orElseGet(caller::name);
    }

    @Override
    public boolean isAnonymous() {
        return Acting.current().map(Acting::anonymous).orElseGet(caller::isAnonymous);
    }

    @Override
    public boolean hasRole(String role) {
        return Acting.current().map(a -> role.equals(a.role())).orElseGet(() -> caller.hasRole(role));
    }

    @Override
    public Optional<String> societyCode() {
        return Acting.current().isPresent() ? Acting.current().map(Acting::society) : caller.societyCode();
    }
}
