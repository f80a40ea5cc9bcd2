package cn.jast.plan.web.refusal;

import java.util.Optional;

import cn.jast.plan.domain.application.TransitionRefused;

/**
 * A well-formed request that the present state of things does not allow: the notice is not running
 * yet, the application is not under review, nothing matches the fingerprint printed on a paper copy.
 * When the domain refused a lifecycle step, its {@link TransitionRefused} (reason in Chinese and
 * English) is the {@link #transition()}.
 */
public non-sealed class Conflict extends Refusal {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final boolean nothingMatches;
    private final transient TransitionRefused transition;

    protected Conflict(String title, String detail, boolean nothingMatches, TransitionRefused transition) {
        super(detail);
        this.title = title;
        this.nothingMatches = nothingMatches;
        this.transition = transition;
    }

    /** Not allowed now (REST: 409). */
    public static Conflict now(String detail) {
        return new Conflict("Not allowed now", detail, false, null);
    }

    /** The request refers to something by its content, and nothing has that content (REST: 422). */
    public static Conflict nothingMatches(String title, String detail) {
        return new Conflict(title, detail, true, null);
    }

    /** The domain refused the step. */
    public static Conflict refused(TransitionRefused refusal) {
        return new Conflict("The step is not allowed now", refusal.reason().en(), false, refusal);
    }

    public String title() {
        return title;
    }

    /** True when nothing matches what the request names (REST answers 422 rather than 409). */
    public boolean nothingMatches() {
        return nothingMatches;
    }

    public Optional<TransitionRefused> transition() {
        return Optional.ofNullable(transition);
    }
}
