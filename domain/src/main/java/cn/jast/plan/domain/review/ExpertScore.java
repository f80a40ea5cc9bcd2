package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.ReviewSettings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One expert's score of one application (评审). An expert sees and scores only the applications
 * assigned to them; a score lies between 0 and the plan year's maximum.
 */
public record ExpertScore(String applicationId, String expert, BigDecimal score, String comment, Instant at) {
    public ExpertScore {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(at, "at");
        if (score.signum() < 0) {
            throw new IllegalArgumentException("a score must not be negative: " + score);
        }
        if (score.scale() > 2) {
            throw new IllegalArgumentException("a score has at most two decimals: " + score);
        }
    }

    /** The score checked against the plan year's review settings. */
    public static ExpertScore of(ReviewSettings settings, String applicationId, String expert, BigDecimal score,
                                 String comment, Instant at) {
        if (score != null && score.compareTo(settings.maxScore()) > 0) {
            throw new IllegalArgumentException("a score must not exceed " + settings.maxScore() + ": " + score);
        }
        return new ExpertScore(applicationId, expert, score, comment, at);
    }

    /** The mean of the scores, to three decimals (half up); zero scores is an error. */
    public static BigDecimal mean(List<ExpertScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores to average");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ExpertScore s : scores) {
            sum = sum.add(s.score());
        }
        return sum.divide(BigDecimal.valueOf(scores.size()), 3, RoundingMode.HALF_UP);
    }
}
