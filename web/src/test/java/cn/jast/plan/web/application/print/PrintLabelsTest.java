package cn.jast.plan.web.application.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;

import cn.jast.plan.domain.application.ApplicationState;
import org.junit.jupiter.api.Test;

/** Every state an application can be in has its words on the printed 申报书 (a missing one would be a 500). */
class PrintLabelsTest {
    @Test
    void everyStateHasItsLabel() {
        ResourceBundle text = ResourceBundle.getBundle("cn.jast.plan.web.application.print.Print");
        for (ApplicationState s : ApplicationState.values()) {
            assertThat(text.containsKey("state." + s)).as("state." + s).isTrue();
        }
    }
}
