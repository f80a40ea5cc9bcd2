package cn.jast.plan.web.refusal;

/**
 * Why an application service refuses a request: the one family of exceptions both fronts translate,
 * the REST layer into problem+json ({@code cn.jast.plan.web.problem.RefusalMapper}), the Faces layer
 * into messages beside the fields they name ({@code cn.jast.plan.web.faces.refusal.RefusalMessages}).
 * A refusal changes nothing (the service's transaction rolls back) and its detail is safe to show.
 *
 * <ul>
 * <li>{@link NotFound}: no such thing, or not the caller's to see (answered alike);</li>
 * <li>{@link NotAllowed}: nobody logged in, or the caller's role may not do it;</li>
 * <li>{@link InvalidInput}: bad input, with every bad field;</li>
 * <li>{@link RefusedByRules}: the guide's rules refuse it, with every violation;</li>
 * <li>{@link Conflict}: well formed, but the present state of things does not allow it;</li>
 * <li>{@link StaleVersion}: someone else changed it since the caller read it;</li>
 * <li>{@link TooManyRequests}: done too often from the caller's address; try again later.</li>
 * </ul>
 * A lifecycle step the domain itself refuses is its {@code TransitionRefused}, which both fronts
 * translate too.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound, NotAllowed, InvalidInput, RefusedByRules, Conflict, StaleVersion, TooManyRequests {

    private static final long serialVersionUID = 1L;

    /** The item of a bulk step this refusal is about (an application, an expert, an objection), or null. */
    private String item;

    protected Refusal(String detail) {
        super(detail);
    }

    /** What went wrong, for a person (English; the Faces layer shows its own words per kind), after its item. */
    public String detail() {
        return item == null ? getMessage() : item + ": " + getMessage();
    }

    /**
     * Names the item of a bulk step that was refused (the whole step changes nothing): REST answers it at
     * the head of the detail, a page at the head of each message.
     */
    public Refusal about(String bulkItem) {
        this.item = bulkItem;
        return this;
    }

    /** The item of a bulk step this refusal is about. */
    public java.util.Optional<String> item() {
        return java.util.Optional.ofNullable(item);
    }
}
