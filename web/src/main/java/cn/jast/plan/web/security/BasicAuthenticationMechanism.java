package cn.jast.plan.web.security;

import cn.jast.plan.persistence.account.Authenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * HTTP Basic authentication on every request, without a session: the REST API is stateless. A
 * request without credentials goes on anonymously (the public notices and the rule check need
 * none; protected resources then answer 401, see {@link RolesAllowedFeature}); wrong credentials
 * answer 401, and a name that must wait after failed logins from this address ({@link LoginThrottle})
 * 429 with {@code Retry-After}, both as problem+json and alike for names that exist and names that
 * do not.
 *
 * <p>Not a mechanism of its own in CDI ({@code @Typed}): {@link PathAuthenticationMechanism} hands it the
 * requests under {@code /api/}.
 */
@ApplicationScoped
@Typed(BasicAuthenticationMechanism.class)
public class BasicAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String REALM = "JAST plan";
    static final String CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    /** The request attribute that carries a failed authentication to the REST layer. */
    static final String FAILURE = AuthenticationFailure.class.getName();

    /** A failed authentication, as the REST layer answers it. */
    record AuthenticationFailure(int status, String title, String detail, String challenge, String retryAfter) {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginOutcome outcome;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fail(context, 401, "Unauthorized", "The Authorization header is not valid HTTP Basic.", null);
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return fail(context, 401, "Unauthorized", "The Authorization header is not valid HTTP Basic.", null);
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        AccountLogins.Attempt attempt = outcome.attempt();
        if (attempt != null && attempt.outcome() == Authenticator.Outcome.LOCKED && attempt.lockedUntil() != null) {
            long seconds = Math.max(1, (long) Math.ceil(
                    Duration.between(Instant.now(), attempt.lockedUntil()).toMillis() / 1000.0));
            return fail(context, 429, "Too Many Requests",
                    "Too many failed logins with this user name from your address: try again in " + seconds
                            + " s.", Long.toString(seconds));
        }
        return fail(context, 401, "Unauthorized", "The user name or password is wrong.", null);
    }

    /**
     * A failed authentication goes on as an anonymous request that carries the failure in a request
     * attribute; {@link RestSecurityFilter} answers it before any resource runs. Answering
     * here would depend on how each server treats a failure on a resource without servlet security
     * constraints (Payara answers an empty 200), and wrong credentials must never pass as anonymous.
     */
    private static AuthenticationStatus fail(HttpMessageContext context, int status, String title, String detail,
                                             String retryAfter) {
        context.getRequest().setAttribute(FAILURE, new AuthenticationFailure(status, title, detail,
                status == 401 ? CHALLENGE : null, retryAfter));
        return context.doNothing();
    }
}
