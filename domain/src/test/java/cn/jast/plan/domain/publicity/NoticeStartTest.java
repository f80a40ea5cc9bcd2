package cn.jast.plan.domain.publicity;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.plan.PlanYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * IV.2 (公示时间不少于5个工作日): the office chooses the day a notice starts; it runs the plan year's working
 * days from that day on the plan's calendar, is public from 00:00 of a later day, and cannot start in the past.
 */
class NoticeStartTest {

    private static final PlanYear PLAN = Plans.plan2021();

    @Test
    void aNoticeStartingOnALaterDayRunsItsWorkingDaysFromThatDayOverTheHoliday() {
        // decided on Tuesday 2021-06-08 10:00; starts Thursday 06-10; Dragon Boat 06-12..06-14 does not count
        PublicityNotice n = PublicityNotice.publish("N", PLAN, NoticeKind.APPROVAL_LIST, "第二批", List.of("D21-21"),
                LocalDate.parse("2021-06-10"), Plans.shanghai("2021-06-08T10:00"));

        assertThat(n.period().firstDay()).isEqualTo("2021-06-10");
        assertThat(n.period().lastDay()).isEqualTo("2021-06-17");
        assertThat(n.period().workingDays()).isEqualTo(PLAN.thresholds().publicityWorkingDays());
        assertThat(n.publishedAt()).as("public from 00:00 of its first day").isEqualTo(Plans.shanghai("2021-06-10T00:00"));
        assertThat(n.period().isRunningAt(Plans.shanghai("2021-06-09T23:59"))).isFalse();
        assertThat(n.period().isRunningAt(Plans.shanghai("2021-06-17T23:59"))).isTrue();
    }

    @Test
    void aNoticeStartingTodayIsPublishedAtTheInstantDecidedAndOneOnTheDayBeforeIsRefused() {
        PublicityNotice today = PublicityNotice.publish("N", PLAN, NoticeKind.APPROVAL_LIST, "第二批", List.of("D21-21"),
                LocalDate.parse("2021-09-29"), Plans.shanghai("2021-09-29T09:30"));
        // 09-29, 09-30, (National Day 10-01..10-07), 10-08, 10-09 (a Saturday worked), (Sunday 10-10), 10-11
        assertThat(today.period().lastDay()).isEqualTo("2021-10-11");
        assertThat(today.publishedAt()).isEqualTo(Plans.shanghai("2021-09-29T09:30"));

        assertThatThrownBy(() -> PublicityNotice.publish("N", PLAN, NoticeKind.APPROVAL_LIST, "第二批", List.of("D21-21"),
                LocalDate.parse("2021-09-28"), Plans.shanghai("2021-09-29T09:30")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-09-29");
    }
}
