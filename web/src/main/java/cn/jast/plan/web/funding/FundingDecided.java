package cn.jast.plan.web.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.persistence.funding.FundingDecisionRow;

/**
 * A project's funding decision as taken: the decision, when and by whom, and the amount the plan year
 * grants it ({@code null} for an outcome without money, or where the plan year sets no amount); a read
 * model, not the stored row.
 */
public record FundingDecided(FundingDecision decision, Instant decidedAt, String decidedBy, BigDecimal amount) {

    public FundingDecided {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }

    public static FundingDecided of(FundingDecisionRow row, BigDecimal amount) {
        return new FundingDecided(row.toDomain(), row.decidedAt(), row.decidedBy(), amount);
    }
}
