package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.support.LocalizedText;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One criterion of the expert review (评审指标), as the plan year sets it: the guide leaves the review
 * method to the office ("What the guide does not fix"), so code, weight and score range are data.
 *
 * @param weight   its share of the total, relative to the other criteria's weights (positive)
 * @param maxScore an expert scores it from 0 to this
 */
public record ReviewCriterion(String code, LocalizedText name, BigDecimal weight, BigDecimal maxScore) {
    public ReviewCriterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(maxScore, "maxScore");
        if (weight.signum() <= 0) {
            throw new IllegalArgumentException("the weight of criterion " + code + " must be positive");
        }
        if (maxScore.signum() <= 0) {
            throw new IllegalArgumentException("the maxScore of criterion " + code + " must be positive");
        }
    }
}
