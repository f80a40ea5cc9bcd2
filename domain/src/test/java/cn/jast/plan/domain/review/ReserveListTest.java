package cn.jast.plan.domain.review;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.QuotaGroup;
import cn.jast.plan.domain.review.ReserveList.Standing;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The reserve list: the next of the same group fills a vacated place, never more held than the quota. */
class ReserveListTest {
    private static final PlanYear PLAN = Plans.plan2021();
    private static final QuotaGroup YOUTH = PLAN.quotaGroup("POP_YOUTH_EDUCATION").orElseThrow(); // quota 10
    private static final Instant T0 = Plans.shanghai("2021-05-20T10:00");

    private static List<AllocationOutcome> allocate(int n, long seed) {
        Random r = new Random(seed);
        List<ScoredApplication> scored = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            scored.add(new ScoredApplication("A-" + i, "POPULARIZATION", "POP_YOUTH_EDUCATION", r.nextInt(60, 100),
                    T0.plusSeconds(r.nextInt(1000))));
        }
        return Allocation.allocate(PLAN, scored);
    }

    private static Map<String, Standing> afterAllocation(List<AllocationOutcome> outcomes) {
        Map<String, Standing> m = new HashMap<>();
        outcomes.forEach(o -> m.put(o.applicationId(), o.withinQuota() ? Standing.HOLDS_PLACE : Standing.WAITING));
        return m;
    }

    @Test
    void anUpheldObjectionPromotesTheFirstOnTheReserveList() {
        List<AllocationOutcome> outcomes = allocate(14, 7);
        Map<String, Standing> standing = afterAllocation(outcomes);
        assertThat(ReserveList.toPromote(YOUTH, outcomes, standing)).isEmpty();
        String rejected = outcomes.get(3).applicationId();
        standing.put(rejected, Standing.VACATED);
        assertThat(ReserveList.toPromote(YOUTH, outcomes, standing)).containsExactly(outcomes.get(10).applicationId());
        // the first reserve is out for another reason: the second goes up
        standing.put(outcomes.get(10).applicationId(), Standing.OUT);
        assertThat(ReserveList.toPromote(YOUTH, outcomes, standing)).containsExactly(outcomes.get(11).applicationId());
    }

    @Test
    void anEmptyReserveListPromotesNobody() {
        List<AllocationOutcome> outcomes = allocate(8, 3);
        Map<String, Standing> standing = afterAllocation(outcomes);
        standing.put(outcomes.get(0).applicationId(), Standing.VACATED);
        assertThat(ReserveList.toPromote(YOUTH, outcomes, standing)).isEmpty();
    }

    /**
     * Whatever vacates and whatever is already out: promoting never makes more places held than the quota,
     * fills every free place while someone waits, and takes the waiting ones in reserve order.
     */
    @Property(tries = 500)
    void promotionNeverExceedsTheQuota(@ForAll @IntRange(min = 0, max = 40) int size, @ForAll long seed,
                                       @ForAll @IntRange(min = 0, max = 15) int vacated,
                                       @ForAll @IntRange(min = 0, max = 10) int out) {
        List<AllocationOutcome> outcomes = allocate(size, seed);
        Map<String, Standing> standing = afterAllocation(outcomes);
        Random r = new Random(seed);
        for (int i = 0; i < vacated && size > 0; i++) {
            standing.put(outcomes.get(r.nextInt(size)).applicationId(), Standing.VACATED);
        }
        for (int i = 0; i < out && size > 0; i++) {
            String id = outcomes.get(r.nextInt(size)).applicationId();
            if (standing.get(id) == Standing.WAITING) {
                standing.put(id, Standing.OUT);
            }
        }
        for (int round = 0; round < 3; round++) {
            List<String> promoted = ReserveList.toPromote(YOUTH, outcomes, standing);
            promoted.forEach(id -> standing.put(id, Standing.HOLDS_PLACE));
            long held = standing.values().stream().filter(s -> s == Standing.HOLDS_PLACE).count();
            long waiting = standing.values().stream().filter(s -> s == Standing.WAITING).count();
            assertThat(held).isLessThanOrEqualTo(YOUTH.quota());
            assertThat(held == YOUTH.quota() || waiting == 0).as("a free place while someone waits").isTrue();
            List<Integer> ranks = outcomes.stream().filter(o -> promoted.contains(o.applicationId()))
                    .map(AllocationOutcome::rank).toList();
            assertThat(ranks).isSorted();
            // nobody still waiting ranks above someone promoted
            int lowestPromoted = ranks.isEmpty() ? Integer.MAX_VALUE : ranks.get(ranks.size() - 1);
            assertThat(outcomes.stream().filter(o -> standing.get(o.applicationId()) == Standing.WAITING)
                    .allMatch(o -> o.rank() > lowestPromoted || ranks.isEmpty())).isTrue();
            // a later vacancy
            if (size > 0) {
                String id = outcomes.get(r.nextInt(size)).applicationId();
                if (standing.get(id) == Standing.HOLDS_PLACE) {
                    standing.put(id, Standing.VACATED);
                }
            }
        }
    }
}
