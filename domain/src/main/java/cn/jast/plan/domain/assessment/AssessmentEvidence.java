package cn.jast.plan.domain.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a society claims at the final assessment, with evidence: the actual figures of its academic event,
 * the sci-tech workers' proposals it submitted, and its achievements, each backed by attachment ids. A
 * claim without evidence shows nothing; a figure not given is "not shown".
 *
 * @param actualParticipants        all participants of the event as held
 * @param actualForeignParticipants foreign participants among them
 * @param actualForeignCountries    countries or regions they came from
 * @param proposalsSubmitted        科技工作者建议 submitted to JAST
 * @param achievements              each achievement to the attachment ids that prove it
 */
public record AssessmentEvidence(Integer actualParticipants, Integer actualForeignParticipants,
                                 Integer actualForeignCountries, Integer proposalsSubmitted,
                                 Map<Achievement, List<String>> achievements) {
    public static final AssessmentEvidence NONE = new AssessmentEvidence(null, null, null, null, Map.of());

    public AssessmentEvidence {
        for (Integer n : new Integer[] {actualParticipants, actualForeignParticipants, actualForeignCountries,
                proposalsSubmitted}) {
            if (n != null && n < 0) {
                throw new IllegalArgumentException("a count must not be negative: " + n);
            }
        }
        if (actualParticipants != null && actualForeignParticipants != null
                && actualForeignParticipants > actualParticipants) {
            throw new IllegalArgumentException("more foreign participants than participants");
        }
        Map<Achievement, List<String>> copy = new EnumMap<>(Achievement.class);
        Objects.requireNonNull(achievements, "achievements").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        achievements = Map.copyOf(copy);
    }

    /** True when the achievement is claimed with at least one piece of evidence. */
    public boolean shows(Achievement achievement) {
        List<String> evidence = achievements.get(achievement);
        return evidence != null && !evidence.isEmpty();
    }
}
