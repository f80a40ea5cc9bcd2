package cn.jast.plan.domain.cli;

import cn.jast.plan.domain.fixtures.Plans;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar jast-plan-domain.jar} prints what the plan year holds. */
class PlanSummaryTest {

    @Test
    void mainPrintsThe2021PlanWithItsTotal() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            PlanSummary.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Total places: 481").contains("in 13 quota groups")
                .contains("2021年度江苏省科协提升学会服务科技创新能力计划").contains("苏科协发〔2021〕51号")
                .contains("2021-05-28T17:00").contains("Asia/Shanghai")
                .contains("DEADLINE-1").contains("COND-DEVELOPMENT_SUPPORT-1").contains("III.10.2(5)")
                .contains("POP_TALENT_TEAMS");
    }

    @Test
    void printShowsAnotherPlanYearsOwnFigures() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlanSummary.print(Plans.plan2022(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("Total places: 416").contains("DIGITAL_SERVICE").doesNotContain("MEMBERS_HOME")
                .contains("2022-05-27T17:00");
    }
}
