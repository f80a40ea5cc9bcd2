package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.fixtures.Applications;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.fixtures.Societies;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.SocietyFacts.CapabilityEvaluation;
import cn.jast.plan.domain.society.SocietyFacts.InspectionResult;
import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.society.SocietyType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.check;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;

/** ELIG-1 .. ELIG-5 (II.2, IV.2), each on its own. */
class EligibilityRulesTest {

    private static List<String> brokenBy(Societies.Builder society, Applications.Builder application) {
        return violated(check(society, application));
    }

    private static List<String> brokenBy(Societies.Builder society) {
        return brokenBy(society, anApplication("MEMBERS_HOME"));
    }

    @Test
    void theFixtureSocietyMeetsEveryRule() {
        assertThat(brokenBy(aSociety())).isEmpty();
    }

    @Nested
    class Elig1ProvincialSocietyAffiliatedToJast {
        @ParameterizedTest
        @EnumSource(value = SocietyType.class, names = {"UNIVERSITY_ASSOCIATION", "CITY_ASSOCIATION"})
        void universityAndCityAssociationsMayNotApply(SocietyType type) {
            assertThat(brokenBy(aSociety().ofType(type))).containsExactly("ELIG-1");
        }

        @Test
        void aSocietyOfUnknownTypeFails() {
            assertThat(brokenBy(aSociety().ofType(null))).containsExactly("ELIG-1");
        }

        @Test
        void aSocietyNotAffiliatedToJastFails() {
            assertThat(brokenBy(aSociety().affiliatedToJast(false))).containsExactly("ELIG-1");
        }

        @Test
        void aSocietyThatDoesNotSayItIsAffiliatedFails() {
            assertThat(brokenBy(aSociety().affiliatedToJast(null))).containsExactly("ELIG-1");
        }
    }

    @Nested
    class Elig2LastYearsEvaluationAndInspection {
        @ParameterizedTest(name = "evaluation {0}, inspection {1} -> passes {2}")
        @CsvSource(nullValues = "null", value = {
                "true,  PASSED,    true",
                "true,  FAILED,    false",
                "true,  NOT_TAKEN, false",
                "true,  null,      false",
                "false, PASSED,    false",
                "null,  PASSED,    false",
                "false, NOT_TAKEN, false",
        })
        void bothTakenAndTheInspectionPassed(Boolean evaluation, AnnualInspection inspection, boolean passes) {
            List<String> broken = brokenBy(aSociety().capabilityEvaluationLastYear(evaluation).annualInspection(inspection));
            assertThat(broken).isEqualTo(passes ? List.of() : List.of("ELIG-2"));
        }

        /** The 2021 guide's "上一年度" is 2020: the office records each fact with its year, and only 2020 counts. */
        @ParameterizedTest(name = "evaluated in {0}, inspected in {1} with {2} -> passes {3}")
        @CsvSource(nullValues = "null", value = {
                "2020, 2020, PASSED, true",
                "2019, 2020, PASSED, false",
                "2020, 2019, PASSED, false",
                "2021, 2021, PASSED, false",
                "null, 2020, PASSED, false",
                "2020, null, PASSED, false",
                "2020, 2020, FAILED, false",
        })
        void onlyTheYearBeforeThePlanYearCounts(Integer evaluated, Integer inspected, AnnualInspection result,
                                                boolean passes) {
            List<String> broken = brokenBy(aSociety().recorded(List.of(new CapabilityEvaluation(evaluated)),
                    List.of(new InspectionResult(inspected, result))));
            assertThat(broken).isEqualTo(passes ? List.of() : List.of("ELIG-2"));
        }

        @Test
        void anInspectionOfThatYearThatFailedBreaksItBesideOneThatPassed() {
            assertThat(brokenBy(aSociety().recorded(List.of(new CapabilityEvaluation(2019), new CapabilityEvaluation(2020)),
                    List.of(new InspectionResult(2019, AnnualInspection.PASSED), new InspectionResult(2020, AnnualInspection.PASSED)))))
                    .isEmpty();
            assertThat(brokenBy(aSociety().recorded(List.of(new CapabilityEvaluation(2020)),
                    List.of(new InspectionResult(2020, AnnualInspection.PASSED), new InspectionResult(2020, AnnualInspection.FAILED)))))
                    .containsExactly("ELIG-2");
        }

        /** A 2020 inspection served 2021; it cannot serve the 2022 plan, whose "last year" is 2021. */
        @Test
        void aFactOfAnEarlierYearDoesNotServeALaterPlan() {
            PlanYear plan2022 = Plans.plan2022();
            GuideRule elig2 = new EligibilityRules.LastYearEvaluationAndInspection();
            Instant at = Instant.parse("2022-05-20T02:00:00Z");
            assertThat(elig2.isMetBy(new RuleContext(plan2022, aSociety().build(),
                    anApplication("DEVELOPMENT_SUPPORT").build(), List.of(), at))).isFalse();
            assertThat(elig2.isMetBy(new RuleContext(plan2022, aSociety().lastYear(2021).build(),
                    anApplication("DEVELOPMENT_SUPPORT").build(), List.of(), at))).isTrue();
            assertThat(elig2.isMetBy(new RuleContext(Plans.plan2021(), aSociety().build(),
                    anApplication("MEMBERS_HOME").build(), List.of(), at))).isTrue();
        }
    }

    @Nested
    class Elig3IntegrityRecord {
        @ParameterizedTest(name = "{1} in {0} -> passes {2}")
        @CsvSource({
                "2020, FRAUD,       false",
                "2020, OTHER,       false",
                "2019, FUND_MISUSE, false",
                "2015, FRAUD,       false",
                // an incident of the plan year itself is not of an earlier project
                "2021, FUND_MISUSE, true",
                "2022, FRAUD,       true",
        })
        void anIncidentOfAnEarlierYearBreaksIt(int year, IncidentKind kind, boolean passes) {
            List<String> broken = brokenBy(aSociety().withIncident(year, kind));
            assertThat(broken).isEqualTo(passes ? List.of() : List.of("ELIG-3"));
        }

        @Test
        void anEmptyRecordPasses() {
            assertThat(brokenBy(aSociety())).doesNotContain("ELIG-3");
        }

        @Test
        void aMissingRecordFails() {
            assertThat(brokenBy(aSociety().withoutIntegrityRecord())).containsExactly("ELIG-3");
        }

        @Test
        void severalIncidentsBreakItOnce() {
            assertThat(brokenBy(aSociety().withIncident(2019, IncidentKind.FRAUD).withIncident(2020, IncidentKind.FUND_MISUSE)))
                    .containsExactly("ELIG-3");
        }
    }

    @Nested
    class Elig4TheProjectAppliedFor {
        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"FEATURED", "ACADEMIC_EXCHANGE", "POPULARIZATION",
                "SERVICE_PLATFORM", "QUALITY_JOURNAL", "ECONOMY_INTEGRATION", "PEOPLES_HEALTH"})
        void aCategoryWithSubProjectsNeedsOne(String category) {
            assertThat(brokenBy(aSociety(), anApplication(category, null))).containsExactly("ELIG-4");
        }

        @ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = {"FIRST_CLASS", "MEMBERS_HOME", "DEVELOPMENT_SUPPORT"})
        void aCategoryWithoutSubProjectsNeedsNone(String category) {
            assertThat(brokenBy(aSociety(), anApplication(category, null))).doesNotContain("ELIG-4");
        }

        @Test
        void aBrokenConditionIsReportedUnderItsOwnIdNotAsElig4() {
            assertThat(brokenBy(aSociety().withoutPartyBranch(), anApplication("FIRST_CLASS")))
                    .containsExactly("COND-FIRST_CLASS-1");
        }
    }

    @Nested
    class Elig5NoFailureInTheSameCategoryLastYear {
        @ParameterizedTest(name = "failed {1} in {0} -> passes {2}")
        @CsvSource({
                "2020, ACADEMIC_EXCHANGE, false",
                "2020, MEMBERS_HOME,      true",
                "2020, FIRST_CLASS,       true",
                "2019, ACADEMIC_EXCHANGE, true",
                "2018, ACADEMIC_EXCHANGE, true",
                "2021, ACADEMIC_EXCHANGE, true",
        })
        void aFailureBarsTheSameCategoryForTheNextYear(int year, String category, boolean passes) {
            List<String> broken = brokenBy(aSociety().withFailedAssessment(year, category),
                    anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND"));
            assertThat(broken).isEqualTo(passes ? List.of() : List.of("ELIG-5"));
        }

        @Test
        void aFailureInAnotherSubProjectOfTheSameCategoryStillBars() {
            // IV.2 speaks of the category (同类别项目), not the sub-project
            assertThat(brokenBy(aSociety().withFailedAssessment(2020, "ACADEMIC_EXCHANGE"),
                    anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END"))).containsExactly("ELIG-5");
        }

        @Test
        void aMissingRecordFails() {
            assertThat(brokenBy(aSociety().withoutAssessmentRecord())).containsExactly("ELIG-5");
        }
    }
}
