package cn.jast.plan.domain.review;

import java.util.Objects;
import java.util.Set;

/**
 * What the office knows of an expert for conflicts of interest (回避): the societies they belong to as
 * a member of council or staff, their work unit, and the conflicts they declared themselves.
 *
 * @param societies         codes of the societies the expert belongs to
 * @param workUnit          the expert's work unit (工作单位) as a code or a name; null when not given
 * @param declaredSocieties codes of societies the expert declared a conflict with
 * @param declaredApplications application ids the expert declared a conflict with
 */
public record ReviewerProfile(String expert, Set<String> societies, String workUnit, Set<String> declaredSocieties,
                              Set<String> declaredApplications) {
    public ReviewerProfile {
        Objects.requireNonNull(expert, "expert");
        societies = Set.copyOf(societies == null ? Set.of() : societies);
        declaredSocieties = Set.copyOf(declaredSocieties == null ? Set.of() : declaredSocieties);
        declaredApplications = Set.copyOf(declaredApplications == null ? Set.of() : declaredApplications);
    }

    public static ReviewerProfile unknown(String expert) {
        return new ReviewerProfile(expert, Set.of(), null, Set.of(), Set.of());
    }
}
