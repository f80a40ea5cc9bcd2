package cn.jast.plan.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * The pages' login: a form (the front page's, {@code cn.jast.plan.web.faces.LoginForm}) hands the user
 * name and password to {@code SecurityContext.authenticate}, which lands here; they are checked by the
 * same identity store as the REST API's Basic login ({@link AccountIdentityStore}, with its throttle).
 * A valid login gets a <b>new session id</b> (the session of the anonymous form is not reused, so a
 * session id planted before the login is worth nothing after it) and the caller is kept in the
 * session; later requests are authenticated from it until logout or the idle timeout
 * ({@link SessionSettings}). A page that needs a role ({@link PageAccess}) sends an anonymous visitor
 * to the front page's login.
 */
@ApplicationScoped
public class FormLoginMechanism {
    /** The session attribute that holds the logged-in caller. */
    static final String CALLER = FormLoginMechanism.class.getName() + ".caller";
    /** Where an anonymous visitor of a protected page is sent. */
    static final String LOGIN_PAGE = "/index.xhtml?login=required";

    /** The caller of a session: name and groups (the roles, {@link Roles}). */
    record SessionCaller(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return login(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SessionCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (PageAccess.requiredRole(request).isPresent()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(CALLER,
                new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    /** Forgets the caller of the request's session (the session itself is ended by the logout). */
    void logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }
}
