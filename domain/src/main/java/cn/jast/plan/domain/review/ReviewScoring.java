package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.PlanYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The application's score from its experts' sheet totals ({@link cn.jast.plan.domain.plan.ReviewMethod}):
 * the mean of the totals, to three decimals (half up); from the plan's {@code trimExtremesFromExperts}
 * sheets on, one highest and one lowest total are left out first.
 */
public final class ReviewScoring {
    private ReviewScoring() {
    }

    /** @throws IllegalArgumentException when there is no total */
    public static BigDecimal combine(PlanYear plan, Collection<BigDecimal> totals) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no scores to combine");
        }
        List<BigDecimal> sorted = new ArrayList<>(totals);
        sorted.sort(null);
        int trimFrom = plan.management().review().trimExtremesFromExperts();
        if (trimFrom > 0 && sorted.size() >= trimFrom) {
            sorted = sorted.subList(1, sorted.size() - 1);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal t : sorted) {
            sum = sum.add(t);
        }
        return sum.divide(BigDecimal.valueOf(sorted.size()), 3, RoundingMode.HALF_UP);
    }

    /** True when the application has as many sheets as the plan year asks experts per application. */
    public static boolean complete(PlanYear plan, int sheets) {
        return sheets >= plan.review().expertsPerApplication();
    }
}
