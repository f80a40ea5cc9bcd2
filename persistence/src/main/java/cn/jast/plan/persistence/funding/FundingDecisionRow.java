package cn.jast.plan.persistence.funding;

import cn.jast.plan.domain.funding.FundingDecision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A {@link FundingDecision} as stored, with when and by whom it was taken; one per application.
 *
 * <p>A persistence class because {@code FundingDecision} is a record.
 */
@Entity
@Table(name = "funding_decision")
public class FundingDecisionRow {
    @Id
    @Column(name = "application_id", length = 64)
    private String applicationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private FundingDecision.Outcome outcome;
    @Column(name = "funding_year")
    private Integer fundingYear;
    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;
    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    protected FundingDecisionRow() {
    }

    FundingDecisionRow(FundingDecision d, Instant decidedAt, String decidedBy) {
        this.applicationId = d.applicationId();
        this.outcome = d.outcome();
        this.fundingYear = d.fundingYear();
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
    }

    public FundingDecision toDomain() {
        return new FundingDecision(applicationId, outcome, fundingYear);
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
