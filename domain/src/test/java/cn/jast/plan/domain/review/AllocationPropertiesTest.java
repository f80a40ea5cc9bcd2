package cn.jast.plan.domain.review;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.QuotaGroup;
import cn.jast.plan.domain.plan.SubProject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import java.util.Random;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation properties: never more than the quota in a group, a higher score never ranked below a
 * lower one in its group, the same input in any order gives the same outcome.
 */
class AllocationPropertiesTest {
    private static final PlanYear PLAN = Plans.plan2021();
    private static final Instant T0 = Plans.shanghai("2021-05-20T10:00");
    private static final List<String[]> PROJECTS = new ArrayList<>();

    static {
        for (Category c : PLAN.categories()) {
            if (c.subProjects().isEmpty()) {
                PROJECTS.add(new String[]{c.code(), null});
            }
            for (SubProject s : c.subProjects()) {
                PROJECTS.add(new String[]{c.code(), s.code()});
            }
        }
    }

    @Provide
    Arbitrary<List<ScoredApplication>> applications() {
        // few distinct scores and instants, so that ties are frequent; a crowded group is likely
        Arbitrary<String[]> project = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(PROJECTS)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(new String[]{"QUALITY_JOURNAL", "JOURNAL_PAPER_SELECTION"},
                        new String[]{"POPULARIZATION", "POP_YOUTH_EDUCATION"}, new String[]{"MEMBERS_HOME", null})));
        Arbitrary<Double> score = Arbitraries.integers().between(0, 20).map(i -> 60 + i * 2.5);
        Arbitrary<Instant> at = Arbitraries.integers().between(0, 5).map(i -> T0.plusSeconds(i * 60L));
        Arbitrary<ScoredApplication> one = Combinators.combine(project, score, at, Arbitraries.integers().between(0, 9999))
                .as((p, s, t, n) -> new ScoredApplication("A-" + n, p[0], p[1], s, t));
        return one.list().ofMaxSize(60).uniqueElements(ScoredApplication::applicationId);
    }

    private static Map<String, List<AllocationOutcome>> byGroup(List<AllocationOutcome> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(AllocationOutcome::quotaGroup));
    }

    @Property(tries = 200)
    void neverMoreThanTheQuotaInAGroup(@ForAll("applications") List<ScoredApplication> apps) {
        List<AllocationOutcome> out = Allocation.allocate(PLAN, apps);
        assertThat(out).hasSameSizeAs(apps);
        byGroup(out).forEach((group, members) -> {
            int quota = PLAN.quotaGroup(group).map(QuotaGroup::quota).orElseThrow();
            long within = members.stream().filter(AllocationOutcome::withinQuota).count();
            assertThat(within).isLessThanOrEqualTo(quota).isEqualTo(Math.min(quota, members.size()));
            assertThat(members).allMatch(o -> o.quota() == quota && o.groupSize() == members.size());
            assertThat(members).allMatch(o -> o.withinQuota() == (o.rank() <= quota));
        });
    }

    @Property(tries = 200)
    void aHigherScoreNeverRanksBelowALowerOne(@ForAll("applications") List<ScoredApplication> apps) {
        Map<String, ScoredApplication> byId = new HashMap<>();
        apps.forEach(a -> byId.put(a.applicationId(), a));
        byGroup(Allocation.allocate(PLAN, apps)).values().forEach(members -> {
            for (AllocationOutcome a : members) {
                for (AllocationOutcome b : members) {
                    if (a.score() > b.score()) {
                        assertThat(a.rank()).isLessThan(b.rank());
                    }
                    if (a.score() == b.score() && byId.get(a.applicationId()).submittedAt()
                            .isBefore(byId.get(b.applicationId()).submittedAt())) {
                        assertThat(a.rank()).isLessThan(b.rank());
                    }
                }
            }
        });
    }

    @Property(tries = 200)
    void ranksInAGroupAreOneToN(@ForAll("applications") List<ScoredApplication> apps) {
        byGroup(Allocation.allocate(PLAN, apps)).values().forEach(members ->
                assertThat(members).extracting(AllocationOutcome::rank).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, members.size()).boxed().toList()));
    }

    @Property(tries = 200)
    void deterministicAndIndependentOfInputOrder(@ForAll("applications") List<ScoredApplication> apps,
                                                 @ForAll Random random) {
        List<AllocationOutcome> first = Allocation.allocate(PLAN, apps);
        assertThat(Allocation.allocate(PLAN, apps)).isEqualTo(first);
        List<ScoredApplication> shuffled = new ArrayList<>(apps);
        Collections.shuffle(shuffled, random);
        assertThat(Allocation.allocate(PLAN, shuffled)).isEqualTo(first);
        List<ScoredApplication> reversed = new ArrayList<>(apps);
        Collections.reverse(reversed);
        assertThat(Allocation.allocate(PLAN, reversed)).isEqualTo(first);
    }
}
