package cn.jast.plan.domain.funding;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;

import java.util.Objects;

/**
 * What a concluded project gets (II.1): money in the following year, nothing because of its
 * category (一流学会, 特色学会), or nothing because it failed (IV.2). The amount is not fixed by the
 * guide; the office sets it when it pays.
 *
 * @param fundingYear the year the money is paid; null when there is none
 */
public record FundingDecision(String applicationId, Outcome outcome, Integer fundingYear) {
    /** The three outcomes. */
    public enum Outcome { FUNDED_NEXT_YEAR, NO_FUNDING_FOR_CATEGORY, CANCELLED }

    public FundingDecision {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The amount of a funded project (II.1: 适当予以资助), as the plan year sets it per category or
     * sub-project; empty for an outcome without money, or when the plan year sets no amount for it.
     */
    public java.util.Optional<java.math.BigDecimal> amount(PlanYear plan, String category, String subProject) {
        if (outcome != Outcome.FUNDED_NEXT_YEAR) {
            return java.util.Optional.empty();
        }
        return plan.management().funding().amountFor(category, subProject);
    }

    /** The decision that follows from an application whose funding has been decided. */
    public static FundingDecision forOutcome(PlanYear plan, Application application) {
        ApplicationState s = application.state();
        String id = application.id().value();
        return switch (s) {
            case FUNDED -> new FundingDecision(id, Outcome.FUNDED_NEXT_YEAR, plan.year() + 1);
            case COMPLETED_WITHOUT_FUNDING -> new FundingDecision(id, Outcome.NO_FUNDING_FOR_CATEGORY, null);
            case FUNDING_CANCELLED, TERMINATED -> new FundingDecision(id, Outcome.CANCELLED, null);
            default -> throw new IllegalStateException("funding of " + id + " is not decided yet: " + s);
        };
    }
}
