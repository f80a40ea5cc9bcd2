package cn.jast.plan.web.funding;

import java.time.Instant;
import java.util.Objects;

import cn.jast.plan.domain.funding.FundingDecision;
import cn.jast.plan.persistence.funding.FundingDecisionRow;

/** A project's funding decision as taken: the decision, when and by whom (a read model, not the stored row). */
public record FundingDecided(FundingDecision decision, Instant decidedAt, String decidedBy) {

    public FundingDecided {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }

    public static FundingDecided of(FundingDecisionRow row) {
        return new FundingDecided(row.toDomain(), row.decidedAt(), row.decidedBy());
    }
}
