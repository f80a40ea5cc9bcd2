package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.fixtures.Applications;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.fixtures.Societies;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.SubProject;
import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.IncidentKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static cn.jast.plan.domain.fixtures.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is broken, each rule appears at most once, and admissible means no violation. */
class EvaluationPropertiesTest {

    private static final List<String[]> PROJECTS = new ArrayList<>();

    static {
        for (Category c : Plans.plan2021().categories()) {
            PROJECTS.add(new String[]{c.code(), null});
            for (SubProject s : c.subProjects()) {
                PROJECTS.add(new String[]{c.code(), s.code()});
            }
        }
    }

    @Provide
    Arbitrary<ApplicationContent> applications() {
        Arbitrary<String[]> project = Arbitraries.of(PROJECTS);
        Arbitrary<HostRole> role = Arbitraries.of(HostRole.class).injectNull(0.1);
        Arbitrary<Integer> count = Arbitraries.integers().between(0, 400).injectNull(0.1);
        return Combinators.combine(project, role, count, count, Arbitraries.of(true, false).injectNull(0.2),
                        Arbitraries.of("2021-10-17", "2021-12-31", "2022-01-01"), Arbitraries.of(true, false))
                .as((p, r, all, foreign, declared, end, withoutAttachments) -> {
                    var b = Applications.anApplication(p[0], p[1]).declaredNotInKechuangJiangsu(declared);
                    if (p[0].equals("ACADEMIC_EXCHANGE")) {
                        b.withEvent(anEvent().code("EV-1").hostRole(r).ending(end).international(all, foreign, 3));
                    }
                    if (withoutAttachments) {
                        b.withoutAttachments();
                    }
                    return b.build();
                });
    }

    @Provide
    Arbitrary<Societies.Builder> societies() {
        return Combinators.combine(Arbitraries.of(AnnualInspection.class).injectNull(0.1),
                        Arbitraries.integers().between(2017, 2022).list().ofMaxSize(3),
                        Arbitraries.of(PROJECTS).map(p -> p[0]).list().ofMaxSize(3),
                        Arbitraries.integers().between(0, 6), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((inspection, incidentYears, failedCategories, staff, branch, professional) -> {
                    var s = Societies.aSociety().annualInspection(inspection).staff(staff, 1)
                            .independentPartyBranch(branch).professionalSecretariatStaff(professional);
                    incidentYears.forEach(y -> s.withIncident(y, IncidentKind.OTHER));
                    failedCategories.forEach(c -> s.withFailedAssessment(2020, c));
                    return s;
                });
    }

    @Property(tries = 300)
    void eachRuleAtMostOnceAndAdmissibleExactlyWithoutViolations(@ForAll("societies") Societies.Builder society,
                                                                 @ForAll("applications") ApplicationContent application,
                                                                 @ForAll("applications") ApplicationContent other1,
                                                                 @ForAll("applications") ApplicationContent other2) {
        RuleContext context = new RuleContext(Plans.plan2021(), society.build(), application,
                List.of(other1, other2), Plans.DURING_2021_WINDOW);
        Evaluation e = Plans.rules2021().evaluate(context);
        List<String> violated = e.violations().stream().map(Violation::rule).toList();
        List<String> warned = e.warnings().stream().map(Violation::rule).toList();
        assertThat(new HashSet<>(violated)).hasSameSizeAs(violated);
        assertThat(new HashSet<>(warned)).hasSameSizeAs(warned);
        // The oracle: every rule that applies, asked one by one; admissible exactly when none that refuses is broken.
        List<String> brokenOneByOne = Plans.rules2021().rulesFor(application.category(), application.subProject())
                .stream().filter(r -> r.severity() == Severity.VIOLATION && !r.isMetBy(context))
                .map(GuideRule::id).toList();
        assertThat(violated).containsExactlyElementsOf(brokenOneByOne);
        assertThat(e.admissible()).isEqualTo(brokenOneByOne.isEmpty());
        assertThat(warned).isSubsetOf("COND-ACADEMIC_EXCHANGE-4");
        assertThat(e.violations()).allMatch(v -> v.severity() == Severity.VIOLATION);
        violated.forEach(id -> assertThat(e.breaks(id)).isTrue());
    }
}
