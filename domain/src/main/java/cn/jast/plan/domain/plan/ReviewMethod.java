package cn.jast.plan.domain.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the experts' scores of one application combine (IV.2 评审立项; the method is the plan year's,
 * as the guide leaves it open).
 *
 * <p>An expert fills one score sheet: a score from 0 to its maximum for <em>every</em> criterion (a
 * sheet that leaves a criterion out is refused when the expert hands it in, so there is never a
 * missing score inside a sheet). The sheet's total is the weighted mean of the criteria, each scaled
 * to its range, on the scale 0 to {@link ReviewSettings#maxScore()}. The application's score is the
 * plain mean of its sheets' totals; when at least {@code trimExtremesFromExperts} experts have scored,
 * the highest and the lowest total are left out first (the usual answer to one outlying expert). An
 * application with fewer sheets than {@link ReviewSettings#expertsPerApplication()} is not complete;
 * allocation waits for it unless the office records an exception with a reason.
 *
 * @param criteria                    in the order the sheet shows them; empty means one overall score
 *                                    from 0 to {@link ReviewSettings#maxScore()}
 * @param applicantVisibleToReviewers whether experts see the applying society's code and name
 * @param trimExtremesFromExperts     from this many sheets on, the highest and lowest totals are dropped;
 *                                    0 never trims
 */
public record ReviewMethod(List<ReviewCriterion> criteria, boolean applicantVisibleToReviewers,
                           int trimExtremesFromExperts) {
    /** One overall score, the applicant shown, no trimming: the plan years written before criteria existed. */
    public static final ReviewMethod OVERALL_SCORE = new ReviewMethod(List.of(), true, 0);

    public ReviewMethod {
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
        Map<String, ReviewCriterion> seen = new LinkedHashMap<>();
        for (ReviewCriterion c : criteria) {
            if (seen.put(c.code(), c) != null) {
                throw new IllegalArgumentException("criterion " + c.code() + " is given twice");
            }
        }
        if (trimExtremesFromExperts != 0 && trimExtremesFromExperts < 3) {
            throw new IllegalArgumentException("trimExtremesFromExperts is 0 (never) or at least 3, so that a score is left");
        }
    }

    public Optional<ReviewCriterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean overallScoreOnly() {
        return criteria.isEmpty();
    }
}
