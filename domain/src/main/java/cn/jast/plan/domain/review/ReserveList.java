package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.QuotaGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reserve list (候补) of one quota group after allocation. When a place falls vacant — an application
 * in publicity rejected on an upheld objection, or a project withdrawn or cancelled before it starts — the
 * next application on the reserve list of the same group is recommended, and goes to a supplementary
 * notice of its own (IV.2: 项目立项…及时公示). Never more places held than the quota (II.1: 项目数量（上限）).
 */
public final class ReserveList {
    private ReserveList() {
    }

    /** Where an application of the group stands for the count of places. */
    public enum Standing {
        /** recommended, in publicity, approved or running: it holds a place */
        HOLDS_PLACE,
        /** rejected on an objection, withdrawn or cancelled before it starts: its place is free */
        VACATED,
        /** below the quota line and not yet promoted */
        WAITING,
        /** out of the running for another reason (lapsed, withdrawn from the reserve): never promoted */
        OUT
    }

    /**
     * The applications to promote now, in reserve order: as many of the waiting ones as there are free
     * places (quota less the places held), none when no place is free.
     *
     * @param outcomes the group's allocation outcomes
     * @param standing each outcome's application's standing now; an application not in the map is OUT
     */
    public static List<String> toPromote(QuotaGroup group, List<AllocationOutcome> outcomes,
                                         Map<String, Standing> standing) {
        Objects.requireNonNull(group, "group");
        long held = outcomes.stream().filter(o -> standing.get(o.applicationId()) == Standing.HOLDS_PLACE).count();
        long free = group.quota() - held;
        List<AllocationOutcome> waiting = new ArrayList<>();
        for (AllocationOutcome o : outcomes) {
            if (!o.quotaGroup().equals(group.key())) {
                throw new IllegalArgumentException("outcome of " + o.applicationId() + " is of group " + o.quotaGroup()
                        + ", not " + group.key());
            }
            if (standing.get(o.applicationId()) == Standing.WAITING && !o.withinQuota()) {
                waiting.add(o);
            }
        }
        if (free <= 0) {
            return List.of();
        }
        waiting.sort(Comparator.comparingInt(AllocationOutcome::rank));
        return waiting.stream().limit(free).map(AllocationOutcome::applicationId).toList();
    }
}
