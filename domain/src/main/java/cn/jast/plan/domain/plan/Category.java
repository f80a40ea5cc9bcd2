package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.support.LocalizedText;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the plan's project categories (项目类别, II.1), with its sub-projects and how its quota
 * is held: by the whole category (shared by its sub-projects) or by each sub-project.
 *
 * @param quota                          the category's quota when it is held by the category, else null
 * @param subProjectsMutuallyExclusive   one society may apply under at most one of the sub-projects (LIMIT-2)
 * @param oneEventOneSubProject          one academic event may be declared under only one sub-project (LIMIT-4)
 * @param fundedNextYear                 a passed project gets money the next year (II.1: not so for 一流, 特色)
 * @param conditions                     identifiers of the condition rules for every application of the category
 */
public record Category(String code, int number, LocalizedText name, CategoryKind kind, Integer quota,
                       List<SubProject> subProjects, boolean subProjectsMutuallyExclusive,
                       boolean oneEventOneSubProject, boolean fundedNextYear, List<String> conditions) {
    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        subProjects = List.copyOf(subProjects);
        conditions = List.copyOf(conditions);
        boolean perSubProject = !subProjects.isEmpty() && subProjects.stream().allMatch(s -> s.quota() != null);
        boolean anySubProjectQuota = subProjects.stream().anyMatch(s -> s.quota() != null);
        if (quota == null && !perSubProject) {
            throw new IllegalArgumentException("category " + code
                    + " needs a quota, either of its own or on every sub-project");
        }
        if (quota != null && anySubProjectQuota) {
            throw new IllegalArgumentException("category " + code
                    + " has a quota of its own and quotas on sub-projects; give one or the other");
        }
        if (quota != null && quota < 0) {
            throw new IllegalArgumentException("quota of " + code + " must not be negative: " + quota);
        }
    }

    public boolean hasSubProjects() {
        return !subProjects.isEmpty();
    }

    /** True when the quota is shared by the whole category rather than held by each sub-project. */
    public boolean quotaHeldByCategory() {
        return quota != null;
    }

    public Optional<SubProject> subProject(String subProjectCode) {
        for (SubProject s : subProjects) {
            if (s.code().equals(subProjectCode)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The category's places: its own quota, or the sum of its sub-projects'. */
    public int places() {
        if (quota != null) {
            return quota;
        }
        return subProjects.stream().mapToInt(SubProject::quota).sum();
    }
}
