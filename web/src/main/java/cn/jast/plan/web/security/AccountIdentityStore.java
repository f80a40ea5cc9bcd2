package cn.jast.plan.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Set;

/**
 * The identity store of Jakarta Security over the application's own accounts: a valid user name
 * and password yields the caller and its groups, which are the roles {@link Roles} names. Every
 * authentication mechanism (HTTP Basic, the pages' form login) validates through it, so the
 * {@link LoginThrottle} holds for all of them alike: the source is the request's client address.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountLogins logins;

    @Inject
    LoginOutcome outcome;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential upc) || upc.getCaller() == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AccountLogins.Attempt attempt = logins.login(upc.getCaller(), upc.getPassword().getValue(), source());
        outcome.record(attempt);
        return switch (attempt.outcome()) {
            case SUCCEEDED -> new CredentialValidationResult(upc.getCaller(), attempt.groups());
            case LOCKED, REFUSED -> CredentialValidationResult.INVALID_RESULT;
        };
    }

    @Inject
    ClientAddress clientAddress;

    /** The client's address, through a trusted proxy's X-Forwarded-For ({@link ClientAddress}). */
    private String source() {
        return clientAddress.of(request);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE);
    }
}
