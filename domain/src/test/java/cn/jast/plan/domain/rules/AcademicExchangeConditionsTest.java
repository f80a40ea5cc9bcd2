package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.HostRole;
import cn.jast.plan.domain.fixtures.Events;
import cn.jast.plan.domain.rules.Evaluation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Checks.warned;
import static cn.jast.plan.domain.fixtures.Events.anEvent;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** COND-ACADEMIC_EXCHANGE-1 .. -4 (III.3.2(7), (8), (2)). */
class AcademicExchangeConditionsTest {

    private static Evaluation checkEvent(String sub, Events.Builder event) {
        return check(aSociety(), anApplication("ACADEMIC_EXCHANGE", sub).withEvent(event));
    }

    @Nested
    class HostRoles {
        @ParameterizedTest(name = "{0} as {1} -> passes {2}")
        @CsvSource({
                "EXCHANGE_HIGH_END, HOST,         true",
                "EXCHANGE_HIGH_END, CO_HOST,      true",
                "EXCHANGE_HIGH_END, ORGANISER,    true",
                "EXCHANGE_HIGH_END, CO_ORGANISER, true",
                "EXCHANGE_BRAND,    HOST,         true",
                "EXCHANGE_BRAND,    CO_HOST,      true",
                "EXCHANGE_BRAND,    ORGANISER,    false",
                "EXCHANGE_BRAND,    CO_ORGANISER, false",
                "EXCHANGE_FEATURED, HOST,         true",
                "EXCHANGE_FEATURED, CO_HOST,      true",
                "EXCHANGE_FEATURED, ORGANISER,    false",
                "EXCHANGE_FEATURED, CO_ORGANISER, false",
        })
        void highEndMayBeOrganisedBrandAndFeaturedMustBeHosted(String sub, HostRole role, boolean passes) {
            assertThat(violated(checkEvent(sub, anEvent().hostRole(role))))
                    .isEqualTo(passes ? List.of() : List.of("COND-ACADEMIC_EXCHANGE-1"));
        }

        @Test
        void aMissingRoleFails() {
            assertThat(violated(checkEvent("EXCHANGE_HIGH_END", anEvent().hostRole(null))))
                    .containsExactly("COND-ACADEMIC_EXCHANGE-1");
        }

        @Test
        void aMissingEventFailsEveryConditionThatNeedsIt() {
            var e = check(aSociety(), anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END").withoutEvent());
            // no event is not international, so -3 and -4 do not apply
            assertThat(violated(e)).containsExactly("COND-ACADEMIC_EXCHANGE-1", "COND-ACADEMIC_EXCHANGE-2");
            assertThat(warned(e)).isEmpty();
        }
    }

    @Nested
    class InJiangsuAndCompletedBy20211231 {
        @ParameterizedTest(name = "ends {0}, in Jiangsu {1} -> passes {2}")
        @CsvSource(nullValues = "null", value = {
                "2021-12-31, true,  true",
                "2021-10-17, true,  true",
                "2022-01-01, true,  false",
                "2022-03-01, true,  false",
                "2021-10-17, false, false",
                "2021-10-17, null,  false",
                "null,       true,  false",
        })
        void inJiangsuAndEndedByTheLastDayOfTheYear(String end, Boolean inJiangsu, boolean passes) {
            assertThat(violated(checkEvent("EXCHANGE_BRAND", anEvent().ending(end).inJiangsu(inJiangsu))))
                    .isEqualTo(passes ? List.of() : List.of("COND-ACADEMIC_EXCHANGE-2"));
        }
    }

    @Nested
    class InternationalConferences {
        @ParameterizedTest(name = "{1} foreign of {0} -> passes {2}")
        @CsvSource(nullValues = "null", value = {
                "300,  15,   true",
                "300,  14,   false",
                "300,  300,  true",
                "300,  0,    false",
                "20,   1,    true",
                "21,   1,    false",
                "null, 15,   false",
                "300,  null, false",
        })
        void foreignParticipantsAtLeastFivePercent(Integer all, Integer foreign, boolean passes) {
            Evaluation e = checkEvent("EXCHANGE_HIGH_END", anEvent().international(all, foreign, 5));
            assertThat(violated(e)).isEqualTo(passes ? List.of() : List.of("COND-ACADEMIC_EXCHANGE-3"));
            assertThat(warned(e)).isEmpty();
        }

        @Test
        void aConferenceThatIsNotInternationalIsNotMeasured() {
            Evaluation e = checkEvent("EXCHANGE_HIGH_END", anEvent().planned(300, 0, 0).international(false));
            assertThat(violated(e)).isEmpty();
            assertThat(warned(e)).isEmpty();
            Evaluation unknown = checkEvent("EXCHANGE_HIGH_END", anEvent().planned(null, null, null).international((Boolean) null));
            assertThat(violated(unknown)).isEmpty();
            assertThat(warned(unknown)).isEmpty();
        }

        @ParameterizedTest(name = "{0} countries -> warning {1}")
        @CsvSource(nullValues = "null", value = {"4, true", "0, true", "null, true", "5, false", "12, false"})
        void fewerThanFiveCountriesIsAWarningNotAViolation(Integer countries, boolean warning) {
            Evaluation e = checkEvent("EXCHANGE_HIGH_END", anEvent().international(300, 15, countries));
            assertThat(violated(e)).isEmpty();
            assertThat(e.admissible()).isTrue();
            assertThat(warned(e)).isEqualTo(warning ? List.of("COND-ACADEMIC_EXCHANGE-4") : List.of());
        }

        @Test
        void theWarningCitesItsClauseAndSeverity() {
            Violation w = checkEvent("EXCHANGE_HIGH_END", anEvent().international(300, 15, 4)).warnings().get(0);
            assertThat(w.clause()).isEqualTo("III.3.2(2)");
            assertThat(w.severity()).isEqualTo(Severity.WARNING);
            assertThat(w.message().zh()).contains("一般不少于5个国家或地区");
        }

        @Test
        void bothFiguresShortGiveAViolationAndAWarning() {
            Evaluation e = checkEvent("EXCHANGE_HIGH_END", anEvent().international(300, 14, 4));
            assertThat(violated(e)).containsExactly("COND-ACADEMIC_EXCHANGE-3");
            assertThat(warned(e)).containsExactly("COND-ACADEMIC_EXCHANGE-4");
            assertThat(e.admissible()).isFalse();
        }
    }
}
