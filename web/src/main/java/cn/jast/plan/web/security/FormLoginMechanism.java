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
 *
 * <p>The session keeps the account's credentials version of the login; every request reads the
 * account's current one (one read by primary key, so it holds across instances): after a reset by
 * the office, or a password change in another session, the session is no longer logged in. While the
 * account holds a one-time password the request carries {@link #PASSWORD_CHANGE_REQUIRED}, and the
 * pages' filter sends every page but the password page there.
 */
@ApplicationScoped
public class FormLoginMechanism {
    /** The session attribute that holds the logged-in caller. */
    static final String CALLER = FormLoginMechanism.class.getName() + ".caller";
    /** Where an anonymous visitor of a protected page is sent. */
    static final String LOGIN_PAGE = "/index.xhtml?login=required";

    /** A request attribute, set (true) while the logged-in account holds a one-time password from the office. */
    public static final String PASSWORD_CHANGE_REQUIRED = FormLoginMechanism.class.getName() + ".passwordChangeRequired";

    /** The caller of a session: name, groups (the roles, {@link Roles}) and credentials version of the login. */
    record SessionCaller(String name, Set<String> groups, long credentialsVersion) implements Serializable {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginOutcome outcome;

    @Inject
    AccountLogins logins;

    AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return login(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SessionCaller caller) {
            var current = logins.credentials(caller.name());
            if (current.isPresent() && current.get().version() == caller.credentialsVersion()) {
                request.setAttribute(PASSWORD_CHANGE_REQUIRED, current.get().passwordChangeRequired());
                return context.notifyContainerAboutLogin(caller.name(), caller.groups());
            }
            // Reset by the office or changed elsewhere: this session's login no longer counts.
            session.removeAttribute(CALLER);
        }
        if (PageAccess.requiresLogin(request)) {
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
        AccountLogins.Attempt attempt = outcome.attempt();
        request.getSession(true).setAttribute(CALLER, new SessionCaller(result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups()), attempt == null ? -1 : attempt.credentialsVersion()));
        request.setAttribute(PASSWORD_CHANGE_REQUIRED, attempt != null && attempt.passwordChangeRequired());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * The caller set their own password in this session ({@code AccountService.changeOwnPassword}):
     * the session goes on under the account's new credentials version; every other session ends.
     */
    public void renew(HttpServletRequest request, long credentialsVersion) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SessionCaller caller) {
            request.changeSessionId();
            session.setAttribute(CALLER, new SessionCaller(caller.name(), caller.groups(), credentialsVersion));
            request.setAttribute(PASSWORD_CHANGE_REQUIRED, false);
        }
    }

    /** Forgets the caller of the request's session (the session itself is ended by the logout). */
    void logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }
}
