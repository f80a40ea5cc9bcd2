package cn.jast.plan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.domain.form.FormDefinition;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYears;
import org.junit.jupiter.api.Test;

/** Every demo application's form is valid and complete, in Chinese, and its budget adds up. */
class DemoFormsTest {
    private static final PlanYear PLAN = PlanYears.bundled(2021).orElseThrow();

    @Test
    void everyDemoFormIsValidCompleteAndItsBudgetAddsUp() {
        for (DemoData.DemoApplication d : DemoData.applications()) {
            ApplicationContent c = DemoForms.filled(PLAN, d.society(), d.content());
            FormDefinition form = PLAN.form(c.category(), c.subProject()).orElseThrow();
            assertThat(form.validate(c, "")).as(d.id()).isEmpty();
            assertThat(form.missing(c)).as(d.id()).isEmpty();
            assertThat(ApplicationJson.read(ApplicationJson.canonical(c), PLAN).form()).isEqualTo(c.form());
            BigDecimal requested = (BigDecimal) c.form().value("budget", "amountRequested");
            BigDecimal lines = ((List<?>) c.form().value("budget", "lines")).stream()
                    .map(l -> (BigDecimal) ((Map<?, ?>) l).get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(lines).as(d.id()).isEqualByComparingTo(requested);
            assertThat((String) c.form().value("summary", "abstract")).as(d.id()).contains(c.title()).containsPattern("[\\u4e00-\\u9fff]");
        }
    }
}
