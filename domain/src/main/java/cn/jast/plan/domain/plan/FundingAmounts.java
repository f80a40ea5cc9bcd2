package cn.jast.plan.domain.plan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How much a funded project gets (II.1: 其它项目在下一年度适当予以资助): the guide sets no amount, so the
 * plan year does, per category or per sub-project (a sub-project's amount wins over its category's).
 * Amounts are in yuan.
 */
public record FundingAmounts(Map<String, BigDecimal> byProject) {
    public static final FundingAmounts NONE = new FundingAmounts(Map.of());

    public FundingAmounts {
        byProject = Map.copyOf(Objects.requireNonNull(byProject, "byProject"));
        for (Map.Entry<String, BigDecimal> e : byProject.entrySet()) {
            if (e.getValue().signum() <= 0 || e.getValue().scale() > 2) {
                throw new IllegalArgumentException("the amount for " + e.getKey()
                        + " must be positive, in yuan with at most two decimals");
            }
        }
    }

    /** The amount for a project of this category and sub-project; empty when the plan year sets none. */
    public Optional<BigDecimal> amountFor(String category, String subProject) {
        if (subProject != null && byProject.containsKey(subProject)) {
            return Optional.of(byProject.get(subProject));
        }
        return Optional.ofNullable(byProject.get(category));
    }
}
