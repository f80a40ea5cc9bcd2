package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.exchange.CheckRequest;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.SubProject;
import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.society.SocietyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.checkAt;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Checks.warned;
import static cn.jast.plan.domain.fixtures.Events.anEvent;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** The rule book as a whole: the API example, a good application of every project, and all violations at once. */
class CombinationTest {

    @Test
    void theApiExampleBreaksExactlyElig3AndElig5() {
        String json = Plans.resourceText("/exchange/api-example-check.json");
        CheckRequest request = CheckRequest.read(json, Plans.plan2021());
        Evaluation e = Plans.rules2021().evaluate(request.context(Plans.plan2021()));
        assertThat(violated(e)).containsExactly("ELIG-3", "ELIG-5");
        assertThat(e.violations()).extracting(Violation::clause).containsExactly("II.2.3", "IV.2");
        assertThat(e.violations().get(0).message().zh())
                .isEqualTo("诚信记录良好，往年实施“提升计划”项目过程中无弄虚作假、违规使用项目资金等不良行为");
        assertThat(e.violations().get(1).message().zh())
                .isEqualTo("考核不合格的项目将取消经费资助，其承担单位下一年度将不得申报同类别项目");
        assertThat(e.warnings()).isEmpty();
        assertThat(e.admissible()).isFalse();
    }

    static Stream<Arguments> everyProject() {
        List<Arguments> all = new ArrayList<>();
        for (Category c : Plans.plan2021().categories()) {
            if (c.subProjects().isEmpty()) {
                all.add(Arguments.of(c.code(), null));
            }
            for (SubProject s : c.subProjects()) {
                all.add(Arguments.of(c.code(), s.code()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("everyProject")
    void aGoodApplicationOfEveryProjectIsAdmissible(String category, String subProject) {
        Evaluation e = check(aSociety(), anApplication(category, subProject));
        assertThat(e.violations()).isEmpty();
        assertThat(e.warnings()).isEmpty();
        assertThat(e.admissible()).isTrue();
    }

    @Test
    void everyProjectIsCovered() {
        assertThat(everyProject().count()).isEqualTo(3 + 4 + 3 + 3 + 5 + 2 + 2 + 3);
    }

    @Test
    void everyBrokenRuleIsReportedNotOnlyTheFirst() {
        var society = aSociety().ofType(SocietyType.CITY_ASSOCIATION)
                .annualInspection(AnnualInspection.FAILED)
                .withIncident(2020, IncidentKind.FRAUD)
                .withFailedAssessment(2020, "ACADEMIC_EXCHANGE");
        var event = anEvent().code("EV-9").hostRole(HostRole.ORGANISER).ending("2022-01-01").inJiangsu(false)
                .international(300, 14, 4);
        Evaluation e = checkAt(Plans.shanghai("2021-05-28T17:00"), society.build(),
                anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").withEvent(event).declaredNotInKechuangJiangsu(false).build(),
                anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").withEvent(event).build(),
                anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_FEATURED").withEvent(event).build());
        assertThat(violated(e)).containsExactlyInAnyOrder("ELIG-1", "ELIG-2", "ELIG-3", "ELIG-5", "LIMIT-3", "LIMIT-4",
                "LIMIT-5", "DEADLINE-1", "COND-ACADEMIC_EXCHANGE-1", "COND-ACADEMIC_EXCHANGE-2",
                "COND-ACADEMIC_EXCHANGE-3");
        assertThat(warned(e)).containsExactly("COND-ACADEMIC_EXCHANGE-4");
        assertThat(e.admissible()).isFalse();
    }

    @Test
    void everyLimitAtOnce() {
        Evaluation e = check(aSociety(), anApplication("FEATURED", "FEATURED_ACADEMIC").declaredNotInKechuangJiangsu(null),
                anApplication("FIRST_CLASS"), anApplication("DEVELOPMENT_SUPPORT"),
                anApplication("FEATURED", "FEATURED_SERVICE"), anApplication("FEATURED", "FEATURED_THINK_TANK"),
                anApplication("FEATURED", "FEATURED_ACADEMIC"), anApplication("FEATURED", "FEATURED_ACADEMIC"));
        assertThat(violated(e)).containsExactlyInAnyOrder("LIMIT-1", "LIMIT-2", "LIMIT-3", "LIMIT-5");
    }

    @Test
    void anUnknownSocietyBreaksEverySocietyRuleOfItsProject() {
        Evaluation e = check(cn.jast.plan.domain.fixtures.Societies.anUnknownSociety(), anApplication("FIRST_CLASS").build());
        assertThat(violated(e)).containsExactlyInAnyOrder("ELIG-1", "ELIG-2", "ELIG-3", "ELIG-5",
                "COND-FIRST_CLASS-1", "COND-FIRST_CLASS-2");
    }

    @Test
    void rulesForListsTheGeneralRulesThenTheProjectsConditions() {
        List<String> ids = Plans.rules2021().rulesFor("SERVICE_PLATFORM", "PLATFORM_AWARDS").stream().map(GuideRule::id).toList();
        assertThat(ids).containsExactly("ELIG-1", "ELIG-2", "ELIG-3", "ELIG-4", "ELIG-5", "LIMIT-1", "LIMIT-2", "LIMIT-3",
                "LIMIT-4", "LIMIT-5", "DEADLINE-1", "COND-SERVICE_PLATFORM-3");
        assertThat(Plans.rules2021().rulesFor("QUALITY_JOURNAL", "JOURNAL_TIER")).extracting(GuideRule::id)
                .endsWith("COND-QUALITY_JOURNAL-1", "COND-QUALITY_JOURNAL-2");
        assertThat(Plans.rules2021().rulesFor("MEMBERS_HOME", null)).hasSize(11);
    }

    @Test
    void aRuleBookServesOnlyItsOwnPlanYear() {
        var context = new RuleContext(Plans.plan2022(), aSociety().build(), anApplication("MEMBERS_HOME").build(), List.of(),
                Plans.DURING_2021_WINDOW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Plans.rules2021().evaluate(context))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
