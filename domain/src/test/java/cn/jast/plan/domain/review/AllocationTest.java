package cn.jast.plan.domain.review;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static cn.jast.plan.domain.fixtures.Plans.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Allocation within quota groups (II.1, IV.2): examples. The properties are in {@link AllocationPropertiesTest}. */
class AllocationTest {
    private final PlanYear plan = Plans.plan2021();
    private static final Instant T = shanghai("2021-05-20T10:00");

    private static List<ScoredApplication> many(int n, String category, String sub) {
        List<ScoredApplication> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ScoredApplication(sub + "-" + String.format("%03d", i), category, sub, 100 - i * 0.5, T.plusSeconds(i)));
        }
        return out;
    }

    @Test
    void aPerSubProjectQuotaIsItsOwn() {
        List<ScoredApplication> apps = new ArrayList<>(many(25, "POPULARIZATION", "POP_TALENT_TEAMS"));
        apps.addAll(many(5, "POPULARIZATION", "POP_RESOURCES"));
        List<AllocationOutcome> out = Allocation.allocate(plan, apps);
        assertThat(out).filteredOn(o -> o.quotaGroup().equals("POP_TALENT_TEAMS")).hasSize(25)
                .allMatch(o -> o.quota() == 20 && o.groupSize() == 25)
                .filteredOn(AllocationOutcome::withinQuota).hasSize(20);
        assertThat(out).filteredOn(o -> o.quotaGroup().equals("POP_RESOURCES")).hasSize(5)
                .allMatch(AllocationOutcome::withinQuota);
        AllocationOutcome firstReserve = out.stream().filter(o -> o.applicationId().equals("POP_TALENT_TEAMS-020")).findFirst().orElseThrow();
        assertThat(firstReserve.rank()).isEqualTo(21);
        assertThat(firstReserve.withinQuota()).isFalse();
        assertThat(firstReserve.reservePosition()).isEqualTo(1);
    }

    @Test
    void aCategoryQuotaIsSharedByItsSubProjects() {
        List<ScoredApplication> apps = new ArrayList<>();
        for (int i = 0; i < 135; i++) {
            String sub = List.of("EXCHANGE_HIGH_END", "EXCHANGE_BRAND", "EXCHANGE_FEATURED").get(i % 3);
            apps.add(new ScoredApplication("AE-" + i, "ACADEMIC_EXCHANGE", sub, 60 + (i % 40), T.plusSeconds(i)));
        }
        List<AllocationOutcome> out = Allocation.allocate(plan, apps);
        assertThat(out).hasSize(135).allMatch(o -> o.quotaGroup().equals("ACADEMIC_EXCHANGE") && o.quota() == 130);
        assertThat(out).filteredOn(AllocationOutcome::withinQuota).hasSize(130);
        assertThat(out).extracting(AllocationOutcome::rank).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 135).boxed().toList());
    }

    @Test
    void tiesGoToTheEarlierSubmissionThenToTheSmallerId() {
        List<ScoredApplication> apps = List.of(
                new ScoredApplication("B", "MEMBERS_HOME", null, 80, T),
                new ScoredApplication("A", "MEMBERS_HOME", null, 80, T),
                new ScoredApplication("C", "MEMBERS_HOME", null, 80, T.minusSeconds(1)),
                new ScoredApplication("D", "MEMBERS_HOME", null, 80.5, T.plusSeconds(3600)));
        assertThat(Allocation.allocate(plan, apps)).extracting(AllocationOutcome::applicationId)
                .containsExactly("D", "C", "A", "B");
    }

    @Test
    void anApplicationOfNoQuotaGroupIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Allocation.allocate(plan,
                List.of(new ScoredApplication("X", "MARS_BASE", null, 80, T))));
        // a per-sub-project quota needs the sub-project
        assertThatIllegalArgumentException().isThrownBy(() -> Allocation.allocate(plan,
                List.of(new ScoredApplication("X", "POPULARIZATION", null, 80, T))));
        assertThatIllegalArgumentException().isThrownBy(() -> Allocation.allocate(plan,
                List.of(new ScoredApplication("X", "POPULARIZATION", "POP_GAMES", 80, T))));
        assertThatIllegalArgumentException().isThrownBy(() -> Allocation.allocate(plan,
                List.of(new ScoredApplication("X", "QUALITY_JOURNAL", "POP_RESOURCES", 80, T))));
    }

    @Test
    void theExplanationGivesRankAndQuota() {
        List<AllocationOutcome> out = Allocation.allocate(plan, many(12, "QUALITY_JOURNAL", "JOURNAL_TIER"));
        AllocationOutcome third = out.get(2);
        assertThat(third.explanation()).contains("第 3 名").contains("限额 10 项").contains("rank 3 of 12")
                .contains("quota of 10").contains("JOURNAL_TIER");
        AllocationOutcome eleventh = out.get(10);
        assertThat(eleventh.explanation()).contains("第 11 名").contains("候补第 1 位").contains("reserve 1")
                .contains("quota of 10");
    }

    @Test
    void theOnlyPaperSelectionPlace() {
        List<AllocationOutcome> out = Allocation.allocate(plan, many(3, "QUALITY_JOURNAL", "JOURNAL_PAPER_SELECTION"));
        assertThat(out).filteredOn(AllocationOutcome::withinQuota).extracting(AllocationOutcome::applicationId)
                .containsExactly("JOURNAL_PAPER_SELECTION-000");
    }

    @Test
    void nothingToAllocateGivesNothing() {
        assertThat(Allocation.allocate(plan, List.of())).isEmpty();
    }

    @Test
    void expertScoresAreAveragedToThreeDecimals() {
        var settings = plan.review();
        var scores = List.of(ExpertScore.of(settings, "A", "e1", new java.math.BigDecimal("80"), null, T),
                ExpertScore.of(settings, "A", "e2", new java.math.BigDecimal("85.5"), null, T),
                ExpertScore.of(settings, "A", "e3", new java.math.BigDecimal("90.25"), null, T));
        assertThat(ExpertScore.mean(scores)).isEqualByComparingTo("85.250");
        assertThatIllegalArgumentException().isThrownBy(() ->
                ExpertScore.of(settings, "A", "e1", new java.math.BigDecimal("100.01"), null, T));
        assertThatIllegalArgumentException().isThrownBy(() ->
                ExpertScore.of(settings, "A", "e1", new java.math.BigDecimal("-1"), null, T));
        assertThatIllegalArgumentException().isThrownBy(() -> ExpertScore.mean(List.of()));
    }
}
