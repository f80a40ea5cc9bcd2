package cn.jast.plan.persistence.review;

import cn.jast.plan.domain.review.AllocationOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An {@link AllocationOutcome} as stored, with its plan year, its place in the allocation's
 * order, and when the allocation ran. One per application: a new allocation of the plan year
 * replaces the previous one.
 *
 * <p>A persistence class because {@code AllocationOutcome} is a record.
 */
@Entity
@Table(name = "allocation_outcome")
public class AllocationOutcomeRow {
    @Id
    @Column(name = "application_id", length = 64)
    private String applicationId;
    @Column(name = "plan_year", nullable = false)
    private int planYear;
    @Column(name = "list_order", nullable = false)
    private int listOrder;
    @Column(name = "quota_group", nullable = false)
    private String quotaGroup;
    @Column(name = "rank_in_group", nullable = false)
    private int rank;
    @Column(name = "quota", nullable = false)
    private int quota;
    @Column(name = "group_size", nullable = false)
    private int groupSize;
    @Column(name = "within_quota", nullable = false)
    private boolean withinQuota;
    @Column(name = "reserve_position", nullable = false)
    private int reservePosition;
    @Column(name = "score", nullable = false)
    private double score;
    @Column(name = "allocated_at", nullable = false)
    private Instant allocatedAt;

    protected AllocationOutcomeRow() {
    }

    AllocationOutcomeRow(int planYear, int listOrder, AllocationOutcome o, Instant allocatedAt) {
        this.applicationId = o.applicationId();
        this.planYear = planYear;
        this.listOrder = listOrder;
        this.quotaGroup = o.quotaGroup();
        this.rank = o.rank();
        this.quota = o.quota();
        this.groupSize = o.groupSize();
        this.withinQuota = o.withinQuota();
        this.reservePosition = o.reservePosition();
        this.score = o.score();
        this.allocatedAt = allocatedAt;
    }

    public AllocationOutcome toDomain() {
        return new AllocationOutcome(applicationId, quotaGroup, rank, quota, groupSize, withinQuota, reservePosition,
                score);
    }

    public int planYear() {
        return planYear;
    }

    /** The place of the outcome in the order of the plan year's allocations. */
    public int listOrder() {
        return listOrder;
    }

    public Instant allocatedAt() {
        return allocatedAt;
    }
}
