package cn.jast.plan.domain.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the office has experts score applications. The guide leaves the review method to the office
 * ("What the guide does not fix"), so the plan-year file sets it.
 *
 * @param maxScore               the highest score an expert may give (the lowest is 0)
 * @param expertsPerApplication  how many experts the office assigns to each application
 */
public record ReviewSettings(BigDecimal maxScore, int expertsPerApplication) {
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
