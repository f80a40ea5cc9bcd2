package cn.jast.plan.web.society.faces;

import java.util.List;
import java.util.Map;

/**
 * Where on the application form the wizard shows a rule's violation or warning: the facts (API.md
 * paths) each rule of the guide reads from the application, as API.md lists them ("Which fields each
 * rule reads"). A rule that reads only the society's profile (ELIG-*, COND-FIRST_CLASS-*,
 * COND-DEVELOPMENT_SUPPORT-1) or the calendar (DEADLINE-1) or the society's other applications
 * (LIMIT-1..3) concerns no field of the form and is shown in the summary only. This decides placement,
 * never whether a rule is broken: that is the draft check's answer.
 */
final class RuleFields {
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("LIMIT-4", List.of("event.name", "event.code", "event.startDate")),
            Map.entry("LIMIT-5", List.of("declaredNotInKechuangJiangsu")),
            Map.entry("COND-ACADEMIC_EXCHANGE-1", List.of("event.hostRole")),
            Map.entry("COND-ACADEMIC_EXCHANGE-2", List.of("event.inJiangsu", "event.endDate")),
            Map.entry("COND-ACADEMIC_EXCHANGE-3", List.of("event.plannedForeignParticipants")),
            Map.entry("COND-ACADEMIC_EXCHANGE-4", List.of("event.plannedForeignCountries")),
            Map.entry("COND-SERVICE_PLATFORM-1", List.of("attachments")),
            Map.entry("COND-SERVICE_PLATFORM-2", List.of("attachments")),
            Map.entry("COND-SERVICE_PLATFORM-3", List.of("awardName")),
            Map.entry("COND-QUALITY_JOURNAL-1", List.of("journalCn")),
            Map.entry("COND-QUALITY_JOURNAL-2", List.of("continuingJournalProject", "attachments")),
            Map.entry("COND-ECONOMY_INTEGRATION-1", List.of("attachments")),
            Map.entry("COND-ECONOMY_INTEGRATION-2", List.of("servedUnit.name", "servedUnit.kind", "servedUnit.inJiangsu")),
            Map.entry("COND-PEOPLES_HEALTH-1", List.of("activitiesInJiangsu")));

    private RuleFields() {
    }

    /** The application's facts the rule reads; empty when it reads none of them. */
    static List<String> of(String rule) {
        return FIELDS.getOrDefault(rule, List.of());
    }
}
