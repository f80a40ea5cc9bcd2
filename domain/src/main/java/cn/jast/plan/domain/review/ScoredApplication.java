package cn.jast.plan.domain.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewed application as allocation sees it.
 *
 * @param score       its experts' score sheets combined as the plan year says ({@link ReviewScoring#combine}: the
 *                    mean, without the extremes where enough experts scored)
 * @param submittedAt its electronic submission, the first tie-break
 */
public record ScoredApplication(String applicationId, String category, String subProject, double score,
                                Instant submittedAt) {
    public ScoredApplication {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (Double.isNaN(score) || Double.isInfinite(score)) {
            throw new IllegalArgumentException("a score is a finite number");
        }
    }
}
