package cn.jast.plan.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the office has experts score applications. The guide leaves the review method to the office
 * ("What the guide does not fix"), so the plan-year file sets it.
 *
 * @param maxScore               the highest score an expert may give (the lowest is 0)
 * @param expertsPerApplication  how many experts the office assigns to each application
 * @param scoresDueBy            when the office wants the experts' scores ({@code review.scoresDueBy}, in the
 *                               plan's zone; the guide sets no date): experts are reminded before it; null: none
 */
public record ReviewSettings(BigDecimal maxScore, int expertsPerApplication, Instant scoresDueBy) {

    public ReviewSettings(BigDecimal maxScore, int expertsPerApplication) {
        this(maxScore, expertsPerApplication, null);
    }

    /** When the scores are due, if the plan year says. */
    public Optional<Instant> scoresDue() {
        return Optional.ofNullable(scoresDueBy);
    }

    public ReviewSettings {
        Objects.requireNonNull(maxScore, "maxScore");
        if (maxScore.signum() <= 0) {
            throw new IllegalArgumentException("maxScore must be positive");
        }
        if (expertsPerApplication < 1) {
            throw new IllegalArgumentException("expertsPerApplication must be at least 1");
        }
    }
}
