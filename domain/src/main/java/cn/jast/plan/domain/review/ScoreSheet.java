package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.ReviewCriterion;
import cn.jast.plan.domain.plan.ReviewMethod;
import cn.jast.plan.domain.support.FieldError;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One expert's score sheet for one application under the plan year's {@link ReviewMethod}: a score for
 * every criterion, each from 0 to its maximum, and its total, the weighted mean of the criteria each
 * scaled to its range, on the scale 0 to the plan's {@code review.maxScore}, to two decimals (half up).
 * A plan year without criteria takes one overall score, which is its own total.
 */
public record ScoreSheet(String applicationId, String expert, Map<String, BigDecimal> criteria, BigDecimal total) {
    public ScoreSheet {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(expert, "expert");
        criteria = Map.copyOf(criteria);
        Objects.requireNonNull(total, "total");
    }

    /** A sheet whose scores are bad: every bad criterion is named. */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<FieldError> errors;

        Refused(List<FieldError> errors) {
            super(errors.toString());
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /**
     * Checks and totals a sheet. With criteria, {@code overall} must be null and {@code scores} give
     * every criterion; without, {@code overall} is the score and {@code scores} is empty.
     *
     * @throws Refused naming every criterion that is missing, unknown, out of range or has more than two decimals
     */
    public static ScoreSheet of(PlanYear plan, String applicationId, String expert, Map<String, BigDecimal> scores,
                                BigDecimal overall) {
        ReviewMethod method = plan.management().review();
        BigDecimal scale = plan.review().maxScore();
        Map<String, BigDecimal> given = scores == null ? Map.of() : scores;
        List<FieldError> errors = new ArrayList<>();
        if (method.overallScoreOnly()) {
            if (!given.isEmpty()) {
                errors.add(new FieldError("criteria", "plan year " + plan.year() + " takes one overall score, no criteria"));
            }
            checkRange("score", overall, scale, errors);
            if (!errors.isEmpty()) {
                throw new Refused(errors);
            }
            return new ScoreSheet(applicationId, expert, Map.of(), overall);
        }
        if (overall != null) {
            errors.add(new FieldError("score", "plan year " + plan.year() + " is scored by criteria: give \"criteria\""));
        }
        for (String code : given.keySet()) {
            if (method.criterion(code).isEmpty()) {
                errors.add(new FieldError("criteria." + code, "is not a criterion of plan year " + plan.year()));
            }
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        Map<String, BigDecimal> kept = new LinkedHashMap<>();
        for (ReviewCriterion c : method.criteria()) {
            BigDecimal s = given.get(c.code());
            if (s == null) {
                errors.add(new FieldError("criteria." + c.code(), "is missing: every criterion is scored"));
                continue;
            }
            if (checkRange("criteria." + c.code(), s, c.maxScore(), errors)) {
                kept.put(c.code(), s);
                weighted = weighted.add(c.weight().multiply(s).divide(c.maxScore(), 12, RoundingMode.HALF_UP));
                weights = weights.add(c.weight());
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        BigDecimal total = weighted.multiply(scale).divide(weights, 2, RoundingMode.HALF_UP);
        return new ScoreSheet(applicationId, expert, kept, total);
    }

    private static boolean checkRange(String field, BigDecimal s, BigDecimal max, List<FieldError> errors) {
        if (s == null) {
            errors.add(new FieldError(field, "is missing"));
            return false;
        }
        if (s.signum() < 0 || s.compareTo(max) > 0) {
            errors.add(new FieldError(field, "must be from 0 to " + max.stripTrailingZeros().toPlainString()
                    + ", not " + s.toPlainString()));
            return false;
        }
        if (s.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(field, "has at most two decimals: " + s.toPlainString()));
            return false;
        }
        return true;
    }
}
