package cn.jast.plan.domain.plan;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.exchange.CheckRequest;
import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.fixtures.Societies;
import cn.jast.plan.domain.review.Allocation;
import cn.jast.plan.domain.review.AllocationOutcome;
import cn.jast.plan.domain.review.ScoredApplication;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.society.IncidentKind;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.support.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static cn.jast.plan.domain.fixtures.Applications.anApplication;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static cn.jast.plan.domain.fixtures.Events.anEvent;
import static cn.jast.plan.domain.fixtures.Plans.shanghai;
import static cn.jast.plan.domain.fixtures.Societies.aSociety;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Another plan year, written as data only (src/test/resources/plans/plan-2022-test.json): other
 * dates, quotas and thresholds, MEMBERS_HOME dropped, DIGITAL_SERVICE added reusing
 * COND-DEVELOPMENT_SUPPORT-1, and the 2022/2023 holiday tables. The same code runs it.
 */
class AnotherAgencyPlanTest {
    private static final Instant IN_WINDOW = shanghai("2022-05-20T10:00");
    private final PlanYear plan = Plans.plan2022();
    private final SubmissionRules rules = Plans.rules2022();

    private Evaluation check(Instant at, SocietyProfile society, ApplicationContent application, ApplicationContent... others) {
        return rules.evaluate(new RuleContext(plan, society, application, List.of(others), at));
    }

    @Test
    void itsOwnShape() {
        assertThat(plan.year()).isEqualTo(2022);
        assertThat(plan.totalQuota()).isEqualTo(416);
        assertThat(plan.categories()).hasSize(10);
        assertThat(plan.quotaGroups()).hasSize(13);
        assertThat(plan.category("MEMBERS_HOME")).isEmpty();
        assertThat(plan.category("DIGITAL_SERVICE")).get().extracting(Category::quota).isEqualTo(12);
        assertThat(plan.calendar().firstDay()).hasToString("2022-01-01");
        assertThat(plan.calendar().lastDay()).hasToString("2023-12-31");
    }

    @ParameterizedTest(name = "{0} -> admissible {1}")
    @CsvSource({
            "2022-05-27T16:59:59.999+08:00, true",
            "2022-05-27T17:00:00.000+08:00, false",
            "2022-05-27T08:59:59.999Z,      true",
            "2022-05-27T09:00:00.000Z,      false",
            "2022-05-09T00:00:00.000+08:00, true",
            "2022-05-08T23:59:59.999+08:00, false",
            // the 2021 window means nothing in 2022
            "2021-05-20T10:00:00+08:00,     false",
            "2022-05-28T16:00:00+08:00,     false",
    })
    void theDeadlineIsItsOwn(String at, boolean admissible) {
        Evaluation e = check(OffsetDateTime.parse(at).toInstant(), aSociety().lastYear(2021).build(),
                anApplication("DEVELOPMENT_SUPPORT").build());
        assertThat(violated(e)).isEqualTo(admissible ? List.of() : List.of("DEADLINE-1"));
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().zh()).contains("2022 年 5 月 27 日 17:00"));
    }

    @Test
    void theDroppedCategoryIsAnUnknownCode() {
        String json = "{\"at\": \"2022-05-20T10:00:00+08:00\", \"application\": {\"category\": \"MEMBERS_HOME\"}}";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CheckRequest.read(json, plan));
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("application.category");
        assertThat(e.errors().get(0).message()).contains("MEMBERS_HOME").contains("2022");
        // while in 2021 it is fine
        assertThat(CheckRequest.read(json, Plans.plan2021()).application().category()).isEqualTo("MEMBERS_HOME");
    }

    @Test
    void theNewCategoryWorks() {
        String json = "{\"at\": \"2022-05-20T10:00:00+08:00\", \"society\": " + cn.jast.plan.domain.exchange.SocietyJson
                .canonical(aSociety().lastYear(2021).build()) + ", \"application\": {\"category\": \"DIGITAL_SERVICE\", "
                + "\"declaredNotInKechuangJiangsu\": true}}";
        CheckRequest request = CheckRequest.read(json, plan);
        assertThat(rules.evaluate(request.context(plan)).admissible()).isTrue();

        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).professionalSecretariatStaff(false).build(),
                anApplication("DIGITAL_SERVICE").build()))).containsExactly("COND-DEVELOPMENT_SUPPORT-1");
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).build(), anApplication("DIGITAL_SERVICE").build(),
                anApplication("DIGITAL_SERVICE").build()))).containsExactly("LIMIT-3");
        // not in the exclusive set of this plan year
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).build(), anApplication("DIGITAL_SERVICE").build(),
                anApplication("DEVELOPMENT_SUPPORT").build()))).isEmpty();
        assertThat(rules.rulesFor("DIGITAL_SERVICE", null)).extracting(r -> r.id()).endsWith("COND-DEVELOPMENT_SUPPORT-1");

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CheckRequest.read(
                "{\"application\": {\"category\": \"DIGITAL_SERVICE\"}}", Plans.plan2021()));
        assertThat(e).isNotNull();
    }

    @Test
    void itsThresholdsAreItsOwn() {
        // a team of 5 was enough in 2021; this plan year asks for 6 with 3 full-time
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).staff(3, 2).build(), anApplication("FIRST_CLASS").build())))
                .containsExactly("COND-FIRST_CLASS-2");
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).staff(3, 3).build(), anApplication("FIRST_CLASS").build()))).isEmpty();
        // 10% foreign participants, 3 countries
        var event = anEvent().starting("2022-10-15").ending("2022-10-17");
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).build(), anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END")
                .withEvent(event.international(300, 29, 3)).build()))).containsExactly("COND-ACADEMIC_EXCHANGE-3");
        Evaluation thirty = check(IN_WINDOW, aSociety().lastYear(2021).build(), anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_HIGH_END")
                .withEvent(event.international(300, 30, 3)).build());
        assertThat(thirty.violations()).isEmpty();
        assertThat(thirty.warnings()).isEmpty();
        // events end by 2022-12-31
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).build(), anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND")
                .withEvent(anEvent().starting("2022-12-30").ending("2022-12-31")).build()))).isEmpty();
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).build(), anApplication("ACADEMIC_EXCHANGE", "EXCHANGE_BRAND")
                .withEvent(anEvent().starting("2022-12-30").ending("2023-01-01")).build())))
                .containsExactly("COND-ACADEMIC_EXCHANGE-2");
    }

    @Test
    void earlierYearsAreJudgedFromThisPlanYear() {
        // an incident of 2021 is now of an earlier year; a failure of 2021 now bars
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).withIncident(2021, IncidentKind.OTHER).build(),
                anApplication("DIGITAL_SERVICE").build()))).containsExactly("ELIG-3");
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).withFailedAssessment(2021, "DIGITAL_SERVICE").build(),
                anApplication("DIGITAL_SERVICE").build()))).containsExactly("ELIG-5");
        assertThat(violated(check(IN_WINDOW, aSociety().lastYear(2021).withFailedAssessment(2020, "DIGITAL_SERVICE").build(),
                anApplication("DIGITAL_SERVICE").build()))).isEmpty();
        assertThat(violated(check(IN_WINDOW, Societies.anUnknownSociety(), anApplication("DIGITAL_SERVICE").build())))
                .containsExactly("ELIG-1", "ELIG-2", "ELIG-3", "ELIG-5", "COND-DEVELOPMENT_SUPPORT-1");
    }

    @Test
    void itsQuotasAreItsOwn() {
        List<ScoredApplication> apps = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            apps.add(new ScoredApplication("D-" + i, "DIGITAL_SERVICE", null, 90 - i, IN_WINDOW));
            apps.add(new ScoredApplication("P-" + i, "POPULARIZATION", "POP_TALENT_TEAMS", 90 - i, IN_WINDOW));
        }
        List<AllocationOutcome> out = Allocation.allocate(plan, apps);
        assertThat(out).filteredOn(o -> o.quotaGroup().equals("DIGITAL_SERVICE")).filteredOn(AllocationOutcome::withinQuota)
                .hasSize(12);
        assertThat(out).filteredOn(o -> o.quotaGroup().equals("POP_TALENT_TEAMS")).filteredOn(AllocationOutcome::withinQuota)
                .hasSize(15);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Allocation.allocate(plan,
                List.of(new ScoredApplication("M-1", "MEMBERS_HOME", null, 90, IN_WINDOW))));
    }

    @ParameterizedTest(name = "{0} working {1}")
    @CsvSource({
            "2022-12-30, true",
            "2022-12-31, false",
            "2023-01-02, false",
            "2023-01-03, true",
            "2023-01-21, false",
            "2023-01-27, false",
            "2023-01-28, true",
            "2023-01-29, true",
            "2023-04-05, false",
            "2023-04-23, true",
            "2023-05-03, false",
            "2023-05-06, true",
            "2023-06-22, false",
            "2023-06-25, true",
            "2023-09-29, false",
            "2023-10-06, false",
            "2023-10-07, true",
            "2023-10-08, true",
            "2023-10-09, true",
    })
    void itsHolidayTableIsItsOwn(LocalDate day, boolean working) {
        assertThat(plan.calendar().isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "published {0} -> 7th working day {1}")
    @CsvSource({
            // across New Year: 12-30, then 2023-01-03, 04, 05, 06, 09, 10
            "2022-12-30, 2023-01-10",
            // across the Spring Festival: 01-19, 20, 28 (Sat), 29 (Sun), 30, 31, 02-01
            "2023-01-19, 2023-02-01",
    })
    void itsNoticesRunItsNumberOfWorkingDays(LocalDate published, LocalDate lastDay) {
        assertThat(plan.calendar().nthWorkingDayFrom(published, plan.thresholds().publicityWorkingDays())).isEqualTo(lastDay);
    }
}
