package cn.jast.plan.domain.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the final assessment (验收考核, IV.2) requires of a project, as plan data: the rules that apply to
 * every project, those bound to a category or a sub-project (by code, as the conditions of III are
 * bound for submission), the numbers they compare with, and the results notice (IV.2: 考核结果及时公示).
 *
 * @param general                   rule identifiers that apply to every project
 * @param byProject                 category or sub-project code to rule identifiers
 * @param thinkTankMinProposals     III.2.1(2): 不少于 3 篇科技工作者建议
 * @param resultsPublicityWorkingDays IV.2: 公示时间不少于5个工作日, for the results notice
 */
public record AssessmentRequirements(List<String> general, Map<String, List<String>> byProject,
                                     int thinkTankMinProposals, int resultsPublicityWorkingDays) {
    /** No requirement beyond the state machine (plan years written before the assessment rules). */
    public static AssessmentRequirements none(int publicityWorkingDays) {
        return new AssessmentRequirements(List.of(), Map.of(), 0, publicityWorkingDays);
    }

    public AssessmentRequirements {
        general = List.copyOf(Objects.requireNonNull(general, "general"));
        byProject = Map.copyOf(Objects.requireNonNull(byProject, "byProject"));
        if (resultsPublicityWorkingDays < 1) {
            throw new IllegalArgumentException("resultsPublicityWorkingDays must be at least 1");
        }
        if (thinkTankMinProposals < 0) {
            throw new IllegalArgumentException("thinkTankMinProposals must not be negative");
        }
    }

    /** The rule identifiers for a project of this category and sub-project, general ones first, each once. */
    public List<String> ruleIdsFor(String category, String subProject) {
        Set<String> ids = new LinkedHashSet<>(general);
        ids.addAll(byProject.getOrDefault(category, List.of()));
        if (subProject != null) {
            ids.addAll(byProject.getOrDefault(subProject, List.of()));
        }
        return new ArrayList<>(ids);
    }

    /** Every identifier the plan names, for checking them against the rules the code knows. */
    public Set<String> allRuleIds() {
        Set<String> ids = new LinkedHashSet<>(general);
        byProject.values().forEach(ids::addAll);
        return ids;
    }
}
