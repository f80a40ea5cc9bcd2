package cn.jast.plan.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on REST resources (method
 * first, then class), which are CDI beans and not EJBs, so that nothing else would. An anonymous
 * caller of a protected resource gets 401 with a Basic challenge; a caller in the wrong role 403.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleFilter(null));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleFilter(method.getAnnotation(RolesAllowed.class).value()));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleFilter(null));
        } else if (type.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleFilter(type.getAnnotation(RolesAllowed.class).value()));
        }
    }

    /**
     * Before {@code AUTHORIZATION}: Payara's MicroProfile JWT layer registers a filter of its own for
     * {@code @RolesAllowed} at that priority, which would answer an anonymous caller with a 401
     * speaking of JWT; this one answers first, with the Basic challenge.
     */
    @Priority(Priorities.AUTHORIZATION - 100)
    private static final class RoleFilter implements ContainerRequestFilter {
        private final String[] roles;

        RoleFilter(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            CurrentUser user = CDI.current().select(CurrentUser.class).get();
            if (roles != null) {
                for (String role : roles) {
                    if (user.hasRole(role)) {
                        return;
                    }
                }
            }
            if (user.isAnonymous()) {
                throw new NotAuthorizedException("This resource needs a user name and password.",
                        BasicAuthenticationMechanism.CHALLENGE);
            }
            throw new ForbiddenException("Your role may not do this.");
        }
    }
}
