package cn.jast.plan.domain.calendar;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static cn.jast.plan.domain.fixtures.Plans.SHANGHAI;
import static cn.jast.plan.domain.fixtures.Plans.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 公示时间不少于5个工作日 (IV.2): a notice counts its day of publication when that is a working day and ends at 24:00 of its fifth. */
class PublicityPeriodTest {
    private final PlanYear plan = Plans.plan2021();

    private PublicityPeriod fiveDaysFrom(String published) {
        return PublicityPeriod.starting(LocalDate.parse(published), 5, plan.calendar(), SHANGHAI);
    }

    @ParameterizedTest(name = "published {0} -> last day {1}")
    @CsvSource({
            // Thursday, then the Dragon Boat holiday 06-12..14: 06-10, 06-11, 06-15, 06-16, 06-17
            "2021-06-10, 2021-06-17",
            // Saturday: counting starts on Monday 06-07
            "2021-06-05, 2021-06-11",
            // Sunday
            "2021-06-06, 2021-06-11",
            // a holiday: counting starts on the first working day after it
            "2021-06-12, 2021-06-21",
            // across National Day: 09-28, 09-29, 09-30, 10-08, 10-09 (Saturday, make-up)
            "2021-09-28, 2021-10-09",
            // a make-up Sunday counts as the first day: 02-07, 02-08, 02-09, 02-10, 02-18
            "2021-02-07, 2021-02-18",
            // Monday of an ordinary week
            "2021-11-01, 2021-11-05",
            // into 2022: 12-29, 12-30, 12-31, 2022-01-04, 01-05
            "2021-12-29, 2022-01-05",
    })
    void theFifthWorkingDay(String published, String lastDay) {
        PublicityPeriod p = fiveDaysFrom(published);
        assertThat(p.lastDay()).hasToString(lastDay);
        assertThat(p.firstDay()).hasToString(published);
        assertThat(plan.calendar().workingDaysBetween(p.firstDay(), p.lastDay())).isEqualTo(5);
    }

    @Test
    void itEndsAtMidnightAfterItsLastDayInShanghai() {
        PublicityPeriod p = fiveDaysFrom("2021-06-10");
        assertThat(p.endsAt()).isEqualTo(OffsetDateTime.parse("2021-06-18T00:00+08:00").toInstant());
        assertThat(p.isRunningAt(shanghai("2021-06-17T23:59:59.999"))).isTrue();
        assertThat(p.isOverAt(shanghai("2021-06-17T23:59:59.999"))).isFalse();
        assertThat(p.isRunningAt(shanghai("2021-06-18T00:00"))).isFalse();
        assertThat(p.isOverAt(shanghai("2021-06-18T00:00"))).isTrue();
        assertThat(p.isRunningAt(shanghai("2021-06-10T00:00"))).isTrue();
        assertThat(p.isRunningAt(shanghai("2021-06-09T23:59:59.999"))).isFalse();
    }

    @Test
    void aDayOutsideTheCalendarIsAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> fiveDaysFrom("2020-12-30"));
        assertThatIllegalArgumentException().isThrownBy(() -> fiveDaysFrom("2022-12-29"));
    }

    @Test
    void aNoticeIsPublishedOnTheShanghaiDay() {
        // 2021-06-09 17:30 UTC is still the 9th in Los Angeles and in UTC, but the 10th in Shanghai
        Instant at = Instant.parse("2021-06-09T17:30:00Z");
        PublicityNotice notice = PublicityNotice.publish("N-1", plan, NoticeKind.APPROVAL_LIST, "2021年度立项公示",
                List.of("A-1"), at);
        assertThat(notice.period().firstDay()).hasToString("2021-06-10");
        assertThat(notice.period().lastDay()).hasToString("2021-06-17");
        assertThat(notice.period().workingDays()).isEqualTo(5);
        assertThat(notice.period().zone()).isEqualTo(SHANGHAI);
    }

    @Test
    void objectionsAreTakenWhileTheNoticeRuns() {
        PublicityNotice notice = PublicityNotice.publish("N-1", plan, NoticeKind.ASSESSMENT_RESULTS, "考核结果公示",
                List.of("A-1"), shanghai("2021-06-10T09:00"));
        Objection o = notice.object("O-1", "A-1", "材料不实", "公众", shanghai("2021-06-17T23:59"));
        assertThat(o.status()).isEqualTo(Objection.Status.OPEN);
        o.decide(true, "经核实");
        assertThat(o.status()).isEqualTo(Objection.Status.UPHELD);
        assertThatThrownBy(() -> o.decide(false, "再议")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> notice.object("O-2", "A-1", "迟到的异议", "公众", shanghai("2021-06-18T00:00")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> notice.object("O-3", "A-9", "不在公示名单", "公众", shanghai("2021-06-11T10:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PublicityNotice.publish("N-2", plan, NoticeKind.APPROVAL_LIST, "空", List.of(),
                shanghai("2021-06-10T09:00"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theNumberOfDaysIsThePlanYears() {
        // the 2022 test plan asks for 7 working days: 2022-06-01, 02, 06, 07, 08, 09, 10
        PublicityNotice notice = PublicityNotice.publish("N-1", Plans.plan2022(), NoticeKind.APPROVAL_LIST, "2022",
                List.of("A-1"), shanghai("2022-06-01T09:00"));
        assertThat(notice.period().lastDay()).hasToString("2022-06-10");
        assertThat(notice.period().workingDays()).isEqualTo(7);
    }
}
