package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.fixtures.Applications;
import cn.jast.plan.domain.fixtures.Events;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.checkWithOtherSocieties;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Events.anEvent;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** LIMIT-1 .. LIMIT-5 (II.3), read against the society's other live applications. */
class LimitRulesTest {

    private static List<String> brokenBy(Applications.Builder application, Applications.Builder... others) {
        return violated(check(aSociety(), application, others));
    }

    private static Applications.Builder project(String code) {
        String[] parts = code.split("/");
        return anApplication(parts[0], parts.length > 1 ? parts[1] : null);
    }

    @Nested
    class Limit1ExclusiveCategories {
        @ParameterizedTest(name = "{0} beside {1} -> {2}")
        @CsvSource({
                "FIRST_CLASS,                  FEATURED/FEATURED_ACADEMIC,   LIMIT-1",
                "FIRST_CLASS,                  DEVELOPMENT_SUPPORT,          LIMIT-1",
                "FEATURED/FEATURED_SERVICE,    FIRST_CLASS,                  LIMIT-1",
                "FEATURED/FEATURED_SERVICE,    DEVELOPMENT_SUPPORT,          LIMIT-1",
                "DEVELOPMENT_SUPPORT,          FIRST_CLASS,                  LIMIT-1",
                "DEVELOPMENT_SUPPORT,          FEATURED/FEATURED_THINK_TANK, LIMIT-1",
                // two in the same category of the set: LIMIT-3, not LIMIT-1
                "FIRST_CLASS,                  FIRST_CLASS,                  LIMIT-3",
                "DEVELOPMENT_SUPPORT,          DEVELOPMENT_SUPPORT,          LIMIT-3",
        })
        void oneOfFirstClassFeaturedAndDevelopmentSupport(String application, String other, String broken) {
            assertThat(brokenBy(project(application), project(other))).containsExactly(broken);
        }

        @ParameterizedTest
        @CsvSource({"FIRST_CLASS, MEMBERS_HOME", "FIRST_CLASS, ACADEMIC_EXCHANGE/EXCHANGE_BRAND",
                "MEMBERS_HOME, FIRST_CLASS", "ACADEMIC_EXCHANGE/EXCHANGE_BRAND, DEVELOPMENT_SUPPORT"})
        void categoriesOutsideTheSetDoNotCount(String application, String other) {
            assertThat(brokenBy(project(application), project(other))).isEmpty();
        }

        @Test
        void theViolationCitesII31() {
            var v = check(aSociety(), anApplication("FIRST_CLASS"), anApplication("DEVELOPMENT_SUPPORT")).violations().get(0);
            assertThat(v.rule()).isEqualTo("LIMIT-1");
            assertThat(v.clause()).isEqualTo("II.3.1");
            assertThat(v.message().zh()).isEqualTo("一流学会建设、特色学会建设和发展助力专项三类项目互不兼报");
        }
    }

    @Nested
    class Limit2ExclusiveFeaturedSubProjects {
        @ParameterizedTest
        @CsvSource({
                "FEATURED_ACADEMIC,       FEATURED_THINK_TANK",
                "FEATURED_THINK_TANK,     FEATURED_POPULARIZATION",
                "FEATURED_POPULARIZATION, FEATURED_SERVICE",
                "FEATURED_SERVICE,        FEATURED_ACADEMIC",
        })
        void twoDifferentSubProjectsBreakLimit2Only(String sub, String otherSub) {
            assertThat(brokenBy(anApplication("FEATURED", sub), anApplication("FEATURED", otherSub)))
                    .containsExactly("LIMIT-2");
        }

        @Test
        void theSameSubProjectTwiceBreaksLimit3Only() {
            assertThat(brokenBy(anApplication("FEATURED", "FEATURED_ACADEMIC"), anApplication("FEATURED", "FEATURED_ACADEMIC")))
                    .containsExactly("LIMIT-3");
        }

        @Test
        void otherCategoriesMayUseSeveralSubProjects() {
            assertThat(brokenBy(anApplication("SERVICE_PLATFORM", "PLATFORM_STANDARDS"),
                    anApplication("SERVICE_PLATFORM", "PLATFORM_POLICY_ADVICE"),
                    anApplication("SERVICE_PLATFORM", "PLATFORM_EVALUATION"))).isEmpty();
        }
    }

    @Nested
    class Limit3OnePerSubProject {
        @ParameterizedTest
        @CsvSource({
                "POPULARIZATION/POP_TALENT_TEAMS",
                "SERVICE_PLATFORM/PLATFORM_STANDARDS",
                "QUALITY_JOURNAL/JOURNAL_TIER",
                "ECONOMY_INTEGRATION/ECONOMY_B",
                "PEOPLES_HEALTH/HEALTH_POLICY_RESEARCH",
                // categories without sub-projects (interpretation): one per category
                "MEMBERS_HOME",
                "FIRST_CLASS",
                "DEVELOPMENT_SUPPORT",
        })
        void aSecondApplicationForTheSameProjectBreaksIt(String code) {
            assertThat(brokenBy(project(code), project(code))).containsExactly("LIMIT-3");
        }

        @Test
        void differentSubProjectsOfOneCategoryAreFine() {
            assertThat(brokenBy(anApplication("POPULARIZATION", "POP_TALENT_TEAMS"),
                    anApplication("POPULARIZATION", "POP_RESOURCES"),
                    anApplication("POPULARIZATION", "POP_YOUTH_EDUCATION"))).isEmpty();
        }

        @Test
        void twoDifferentEventsUnderTheSameSubProjectBreakIt() {
            assertThat(brokenBy(anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND"),
                    anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND").withEvent(anEvent().named("另一场会议")
                            .starting("2021-11-01").ending("2021-11-02")))).containsExactly("LIMIT-3");
        }
    }

    @Nested
    class Limit4OneEventOneSubProject {
        private Applications.Builder exchange(String sub, Events.Builder event) {
            return anApplication("ACADEMIC_EXCHANGE", sub).withEvent(event);
        }

        @Test
        void theSameEventCodeUnderDifferentSubProjects() {
            assertThat(brokenBy(exchange("EXCHANGE_BRAND", anEvent().code("EV-2021-07")),
                    exchange("EXCHANGE_FEATURED", anEvent().code("EV-2021-07").named("另一个名字").starting("2021-09-01")
                            .ending("2021-09-02")))).containsExactly("LIMIT-4");
        }

        @ParameterizedTest(name = "''{0}'' = ''{1}''")
        @CsvSource({
                "'2021 江苏 年会',      ２０２１江苏年会",
                "'2021 江苏 年会 AI',   ２０２１江苏年会ａｉ",
                "'Jiangsu Forum 2021', JIANGSUFORUM2021",
                "'江苏　年会',          '江苏 年会'",
        })
        void theSameStartDateAndANameDifferingOnlyInWidthSpaceAndCase(String name, String otherName) {
            assertThat(brokenBy(exchange("EXCHANGE_HIGH_END", anEvent().named(name)),
                    exchange("EXCHANGE_BRAND", anEvent().named(otherName)))).containsExactly("LIMIT-4");
        }

        @Test
        void theSameEventUnderTheSameSubProjectIsLimit3NotLimit4() {
            assertThat(brokenBy(exchange("EXCHANGE_BRAND", anEvent().named("2021 江苏 年会")),
                    exchange("EXCHANGE_BRAND", anEvent().named("２０２１江苏年会")))).containsExactly("LIMIT-3");
        }

        @Test
        void theSameNameOnAnotherStartDateIsAnotherEvent() {
            assertThat(brokenBy(exchange("EXCHANGE_BRAND", anEvent().named("2021 江苏 年会")),
                    exchange("EXCHANGE_FEATURED", anEvent().named("2021 江苏 年会").starting("2021-10-16")))).isEmpty();
        }

        @Test
        void differentCodesButTheSameDateAndNameAreStillOneEvent() {
            assertThat(brokenBy(exchange("EXCHANGE_BRAND", anEvent().code("A-1")),
                    exchange("EXCHANGE_FEATURED", anEvent().code("B-2")))).containsExactly("LIMIT-4");
        }

        @Test
        void noCodeMatchesNothing() {
            assertThat(brokenBy(exchange("EXCHANGE_BRAND", anEvent().code(null).named("甲会议")),
                    exchange("EXCHANGE_FEATURED", anEvent().code(null).named("乙会议")))).isEmpty();
            assertThat(brokenBy(exchange("EXCHANGE_BRAND", anEvent().code("").named("甲会议")),
                    exchange("EXCHANGE_FEATURED", anEvent().code("").named("乙会议")))).isEmpty();
        }

        @Test
        void eventsOfOtherSocietiesCountToo() {
            ApplicationContent mine = exchange("EXCHANGE_BRAND", anEvent().named("2021 江苏 年会")).build();
            var coHostsUnderAnotherSub = List.of(new DeclaredEvent("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END",
                    anEvent().named("２０２１ 江苏年会").hostRole(cn.jast.plan.domain.content.HostRole.CO_HOST).build()));
            assertThat(violated(checkWithOtherSocieties(aSociety().build(), mine, coHostsUnderAnotherSub)))
                    .containsExactly("LIMIT-4");
        }

        @Test
        void anotherSocietyDeclaringTheSameEventUnderTheSameSubProjectIsFine() {
            ApplicationContent mine = exchange("EXCHANGE_BRAND", anEvent().code("EV-1")).build();
            var coHosts = List.of(new DeclaredEvent("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND", anEvent().code("EV-1").build()),
                    new DeclaredEvent("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END", anEvent().code("EV-2").named("别的会")
                            .build()));
            assertThat(violated(checkWithOtherSocieties(aSociety().build(), mine, coHosts))).isEmpty();
        }
    }

    @Nested
    class Limit5NotAlsoInKechuangJiangsu {
        @ParameterizedTest
        @CsvSource(nullValues = "null", value = {"true, true", "false, false", "null, false"})
        void theApplicantDeclaresIt(Boolean declared, boolean passes) {
            List<String> broken = brokenBy(anApplication("MEMBERS_HOME").declaredNotInKechuangJiangsu(declared));
            assertThat(broken).isEqualTo(passes ? List.of() : List.of("LIMIT-5"));
        }
    }
}
