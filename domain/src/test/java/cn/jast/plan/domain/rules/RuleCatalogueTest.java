package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.fixtures.Plans;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue holds exactly the rules of GUIDE-2021.md, each with the clause the guide gives. The
 * list is copied from the guide by hand (the guide lives outside the repository).
 */
class RuleCatalogueTest {
    private static final Map<String, String> GUIDE = new LinkedHashMap<>();

    static {
        GUIDE.put("ELIG-1", "II.2.1");
        GUIDE.put("ELIG-2", "II.2.2");
        GUIDE.put("ELIG-3", "II.2.3");
        GUIDE.put("ELIG-4", "II.2.4");
        GUIDE.put("ELIG-5", "IV.2");
        GUIDE.put("LIMIT-1", "II.3.1");
        GUIDE.put("LIMIT-2", "II.3.2");
        GUIDE.put("LIMIT-3", "II.3.3");
        GUIDE.put("LIMIT-4", "II.3.4");
        GUIDE.put("LIMIT-5", "II.3.5");
        GUIDE.put("COND-FIRST_CLASS-1", "III.1.2(1)");
        GUIDE.put("COND-FIRST_CLASS-2", "III.1.2(2)");
        GUIDE.put("COND-ACADEMIC_EXCHANGE-1", "III.3.2(7)");
        GUIDE.put("COND-ACADEMIC_EXCHANGE-2", "III.3.2(8)");
        GUIDE.put("COND-ACADEMIC_EXCHANGE-3", "III.3.2(2)");
        GUIDE.put("COND-ACADEMIC_EXCHANGE-4", "III.3.2(2)");
        GUIDE.put("COND-SERVICE_PLATFORM-1", "III.5.2(2)");
        GUIDE.put("COND-SERVICE_PLATFORM-2", "III.5.3(2)");
        GUIDE.put("COND-SERVICE_PLATFORM-3", "III.5.4(2)");
        GUIDE.put("COND-QUALITY_JOURNAL-1", "III.6.1(2)1)");
        GUIDE.put("COND-QUALITY_JOURNAL-2", "III.6.1(2)2)");
        GUIDE.put("COND-ECONOMY_INTEGRATION-1", "III.8.2(1)");
        GUIDE.put("COND-ECONOMY_INTEGRATION-2", "III.8.2(2)");
        GUIDE.put("COND-PEOPLES_HEALTH-1", "III.9.3(2)");
        GUIDE.put("COND-DEVELOPMENT_SUPPORT-1", "III.10.2(5)");
        GUIDE.put("DEADLINE-1", "V.2");
    }

    @Test
    void theCatalogueHoldsExactlyTheGuidesRules() {
        assertThat(SubmissionRules.catalogue().keySet()).containsExactlyInAnyOrderElementsOf(GUIDE.keySet());
    }

    @Test
    void eachRuleCarriesTheGuidesClause() {
        Map<String, String> clauses = new LinkedHashMap<>();
        SubmissionRules.catalogue().forEach((id, rule) -> clauses.put(id, rule.clause()));
        assertThat(clauses).containsExactlyInAnyOrderEntriesOf(GUIDE);
    }

    @Test
    void onlyCondAcademicExchange4IsAWarning() {
        SubmissionRules.catalogue().forEach((id, rule) -> assertThat(rule.severity())
                .as(id).isEqualTo(id.equals("COND-ACADEMIC_EXCHANGE-4") ? Severity.WARNING : Severity.VIOLATION));
    }

    @Test
    void everyRuleHasAChineseAndAnEnglishMessage() {
        SubmissionRules.catalogue().forEach((id, rule) -> {
            Violation v = rule.violation(Plans.plan2021());
            assertThat(v.rule()).isEqualTo(id);
            assertThat(v.clause()).isEqualTo(rule.clause());
            assertThat(v.message().zh()).as(id).isNotBlank();
            assertThat(v.message().en()).as(id).isNotBlank();
        });
    }

    @Test
    void every2021ConditionIsBoundToAProject() {
        var bound = new java.util.HashSet<String>();
        for (var c : Plans.plan2021().categories()) {
            bound.addAll(c.conditions());
            c.subProjects().forEach(s -> bound.addAll(s.conditions()));
        }
        assertThat(bound).containsExactlyInAnyOrderElementsOf(
                GUIDE.keySet().stream().filter(id -> id.startsWith("COND-")).toList());
    }
}
