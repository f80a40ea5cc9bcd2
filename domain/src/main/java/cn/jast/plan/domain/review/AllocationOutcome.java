package cn.jast.plan.domain.review;

/**
 * Why an application was or was not recommended: its rank in its quota group, the quota line, and
 * its place on the reserve list when it is below the line.
 *
 * @param rank            1 for the best in the group
 * @param reservePosition 1 for the first below the quota line; 0 when within the quota
 */
public record AllocationOutcome(String applicationId, String quotaGroup, int rank, int quota, int groupSize,
                                boolean withinQuota, int reservePosition, double score) {

    /** One line a person can read, in Chinese and English. */
    public String explanation() {
        if (withinQuota) {
            return String.format("%s 组第 %d 名（共 %d 项，限额 %d 项），在限额内 / rank %d of %d in %s, within the quota of %d",
                    quotaGroup, rank, groupSize, quota, rank, groupSize, quotaGroup, quota);
        }
        return String.format("%s 组第 %d 名（共 %d 项，限额 %d 项），候补第 %d 位 / rank %d of %d in %s, reserve %d below the quota of %d",
                quotaGroup, rank, groupSize, quota, reservePosition, rank, groupSize, quotaGroup, reservePosition, quota);
    }
}
