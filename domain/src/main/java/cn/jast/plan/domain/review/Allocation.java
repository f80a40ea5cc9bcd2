package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.QuotaGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approval within quotas (II.1: 项目数量（上限）; IV.2: 评审立项). Within each quota group — a
 * category whose sub-projects share its quota, or a sub-project that holds its own — the
 * applications are ranked and the best ones up to the quota are recommended.
 *
 * <p>Ranking: higher score first; on equal scores the earlier electronic submission first (the
 * guide leaves the tie-break open, and "first come" is the rule a society can check for itself);
 * on equal instants the smaller application id, so that the outcome never depends on the order of
 * the input. Hence: never more than the quota, a higher score never below a lower one in a group,
 * and the same input in any order gives the same outcome.
 */
public final class Allocation {
    /** The documented order within a group. */
    public static final Comparator<ScoredApplication> RANKING = (a, b) -> {
        int byScore = Double.compare(b.score(), a.score());
        if (byScore != 0) {
            return byScore;
        }
        int bySubmission = a.submittedAt().compareTo(b.submittedAt());
        return bySubmission != 0 ? bySubmission : a.applicationId().compareTo(b.applicationId());
    };

    private Allocation() {
    }

    /**
     * Ranks every application in its quota group and draws the quota line.
     *
     * @return one outcome per application, grouped in the plan's order of quota groups, by rank within each
     * @throws IllegalArgumentException when an application names no quota group of the plan year
     */
    public static List<AllocationOutcome> allocate(PlanYear plan, Collection<ScoredApplication> applications) {
        Map<String, List<ScoredApplication>> byGroup = new HashMap<>();
        for (ScoredApplication a : applications) {
            QuotaGroup g = plan.quotaGroupOf(a.category(), a.subProject()).orElseThrow(() ->
                    new IllegalArgumentException("application " + a.applicationId() + " (" + a.category() + "/"
                            + a.subProject() + ") belongs to no quota group of plan year " + plan.year()));
            byGroup.computeIfAbsent(g.key(), k -> new ArrayList<>()).add(a);
        }
        // Groups are independent: they are ranked side by side, and their outcomes joined in the plan's order.
        List<QuotaGroup> groups = plan.quotaGroups();
        List<List<AllocationOutcome>> ranked = groups.parallelStream()
                .map(g -> rank(g, byGroup.get(g.key())))
                .toList();
        List<AllocationOutcome> outcomes = new ArrayList<>(applications.size());
        ranked.forEach(outcomes::addAll);
        return outcomes;
    }

    private static List<AllocationOutcome> rank(QuotaGroup g, List<ScoredApplication> members) {
        if (members == null) {
            return List.of();
        }
        ScoredApplication[] ranked = members.toArray(new ScoredApplication[0]);
        Arrays.sort(ranked, RANKING);
        List<AllocationOutcome> outcomes = new ArrayList<>(ranked.length);
        for (int i = 0; i < ranked.length; i++) {
            int rank = i + 1;
            boolean within = rank <= g.quota();
            outcomes.add(new AllocationOutcome(ranked[i].applicationId(), g.key(), rank, g.quota(), ranked.length,
                    within, within ? 0 : rank - g.quota(), ranked[i].score()));
        }
        return outcomes;
    }
}
