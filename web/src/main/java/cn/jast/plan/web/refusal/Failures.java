package cn.jast.plan.web.refusal;

import cn.jast.plan.domain.exchange.InvalidInputException;

/**
 * Short factories of the {@link Refusal}s the application services answer with; the REST layer turns
 * each into the problem+json answer of its kind, the Faces layer into messages.
 */
public final class Failures {

    private Failures() {
    }

    /** Not found, or not the caller's to see: the two are answered alike so that existence is not revealed. */
    public static NotFound notFound(String what) {
        return new NotFound(what);
    }

    public static NotAllowed unauthenticated() {
        return NotAllowed.loginNeeded();
    }

    public static NotAllowed forbidden(String detail) {
        return NotAllowed.forbidden(detail);
    }

    /** The caller's role may not give this value of one field (403 naming it). */
    public static NotAllowed forbiddenField(String field, String detail) {
        return NotAllowed.forbiddenField(field, detail);
    }

    /** One bad field of the request. */
    public static InvalidInput invalid(String field, String message) {
        return InvalidInput.field(field, message);
    }

    /** The domain's reader named the bad fields of a document. */
    public static InvalidInput invalid(String what, InvalidInputException e) {
        return InvalidInput.document(what, e);
    }

    /** A well-formed request that the present state of things does not allow. */
    public static Conflict conflict(String detail) {
        return Conflict.now(detail);
    }

    /** Done too often from the caller's address; the next attempt is taken after {@code retryAfter}. */
    public static TooManyRequests tooMany(String detail, java.time.Duration retryAfter) {
        return new TooManyRequests(detail, retryAfter);
    }
}
