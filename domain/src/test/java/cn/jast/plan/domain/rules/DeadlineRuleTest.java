package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.fixtures.Applications;
import cn.jast.plan.domain.fixtures.Societies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;

import static cn.jast.plan.domain.fixtures.Checks.checkAt;
import static cn.jast.plan.domain.fixtures.Checks.violated;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DEADLINE-1 (V.2): electronic submission from 2021-05-10 00:00 up to, but not at, 2021-05-28 17:00,
 * Asia/Shanghai, whatever the JVM's zone (surefire runs in America/Los_Angeles).
 */
class DeadlineRuleTest {

    @ParameterizedTest(name = "{0} -> admissible {1}")
    @CsvSource({
            "2021-05-28T16:59:59.999+08:00, true",
            "2021-05-28T17:00:00.000+08:00, false",
            "2021-05-28T17:00:00.001+08:00, false",
            "2021-05-10T00:00:00.000+08:00, true",
            "2021-05-09T23:59:59.999+08:00, false",
            "2021-05-20T10:00:00+08:00, true",
            // the same instants in UTC
            "2021-05-28T08:59:59.999Z, true",
            "2021-05-28T09:00:00.000Z, false",
            "2021-05-09T16:00:00.000Z, true",
            "2021-05-09T15:59:59.999Z, false",
            // and as a Los Angeles clock reads them (the server's zone in the tests)
            "2021-05-28T01:59:59.999-07:00, true",
            "2021-05-28T02:00:00.000-07:00, false",
            // the paper deadline is not the electronic one
            "2021-05-31T10:00:00+08:00, false",
    })
    void theWindowIsHalfOpenInShanghaiTime(String at, boolean inside) {
        Instant instant = OffsetDateTime.parse(at).toInstant();
        var evaluation = checkAt(instant, Societies.aSociety().build(), Applications.anApplication("MEMBERS_HOME").build());
        assertThat(violated(evaluation)).isEqualTo(inside ? java.util.List.of() : java.util.List.of("DEADLINE-1"));
        assertThat(evaluation.admissible()).isEqualTo(inside);
    }

    @Test
    void noInstantIsNoSubmission() {
        var evaluation = checkAt(null, Societies.aSociety().build(), Applications.anApplication("MEMBERS_HOME").build());
        assertThat(violated(evaluation)).containsExactly("DEADLINE-1");
    }

    @Test
    void theViolationCitesV2AndTheWindowOfThePlanYear() {
        var evaluation = checkAt(OffsetDateTime.parse("2021-05-28T17:00+08:00").toInstant(),
                Societies.aSociety().build(), Applications.anApplication("MEMBERS_HOME").build());
        Violation v = evaluation.violations().get(0);
        assertThat(v.clause()).isEqualTo("V.2");
        assertThat(v.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(v.message().zh()).contains("2021 年 5 月 28 日 17:00").contains("关闭项目申报系统");
    }
}
