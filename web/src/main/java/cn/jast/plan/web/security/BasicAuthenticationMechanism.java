package cn.jast.plan.web.security;

import cn.jast.plan.persistence.account.Authenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * HTTP Basic authentication on every request, without a session: the REST API is stateless. A
 * request without credentials goes on anonymously (the public notices and the rule check need
 * none; protected resources then answer 401); wrong credentials answer 401 and a locked account
 * 429, both as problem+json.
 */
@ApplicationScoped
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
            if (context.isProtected()) {
                return challenge(context, response, "This resource needs a user name and password.");
            }
            return context.doNothing();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(context, response, "The Authorization header is not valid HTTP Basic.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            return challenge(context, response, "The Authorization header is not valid HTTP Basic.");
        }
        CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        AccountLogins.Attempt attempt = outcome.attempt();
        if (attempt != null && attempt.outcome() == Authenticator.Outcome.LOCKED && attempt.lockedUntil() != null) {
            long seconds = Math.max(1, Duration.between(Instant.now(), attempt.lockedUntil()).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            write(context, response, 429, "Too Many Requests",
                    "Too many failed logins: the account is locked for " + seconds + " more seconds.");
            return AuthenticationStatus.SEND_FAILURE;
        }
        return challenge(context, response, "The user name or password is wrong.");
    }

    private AuthenticationStatus challenge(HttpMessageContext context, HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        write(context, response, 401, "Unauthorized", detail);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Answers a failed authentication. The container stops a protected request here; an unprotected
     * one (the REST resources declare their roles themselves) goes on, so the answer is left to
     * {@link AuthenticationFailureFilter} through a request attribute instead of being written twice.
     */
    private static void write(HttpMessageContext context, HttpServletResponse response, int status, String title,
                              String detail) {
        if (!context.isProtected()) {
            context.getRequest().setAttribute(FAILURE, new AuthenticationFailure(status, title, detail,
                    response.getHeader("WWW-Authenticate"), response.getHeader("Retry-After")));
            return;
        }
        try {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
        } catch (IOException e) {
            // the client has gone; nothing to tell it
        }
    }
}
