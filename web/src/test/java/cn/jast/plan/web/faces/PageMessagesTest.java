package cn.jast.plan.web.faces;

import cn.jast.plan.web.faces.PageMessages.Group;
import cn.jast.plan.web.faces.PageMessages.Line;
import jakarta.faces.application.FacesMessage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout's messages: grouped by severity, the most severe first, with the role a screen reader needs. */
class PageMessagesTest {

    @Test
    void groupsBySeverityMostSevereFirstKeepingTheOrderWithinAGroup() {
        List<Group> groups = PageMessages.group(List.of(
                new FacesMessage(FacesMessage.SEVERITY_INFO, "已保存", "草稿已保存"),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, "LIMIT-1（指南 II.3.1）", "学会只能申报一个类别"),
                new FacesMessage(FacesMessage.SEVERITY_WARN, "提醒", null),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, "DEADLINE-1（指南 V.2）", "逾期不予受理")));

        assertThat(groups).extracting(Group::getSeverity).containsExactly("error", "warn", "info");
        assertThat(groups).extracting(Group::getRole).containsExactly("alert", "alert", "status");
        assertThat(groups.get(0).getLines()).containsExactly(
                new Line("LIMIT-1（指南 II.3.1）", "学会只能申报一个类别"), new Line("DEADLINE-1（指南 V.2）", "逾期不予受理"));
        assertThat(groups.get(1).getLines()).containsExactly(new Line("提醒", ""));
    }

    @Test
    void aDetailThatRepeatsTheSummaryIsNotShownTwiceAndNoMessagesAreNoGroups() {
        assertThat(PageMessages.group(List.of(new FacesMessage("没有找到该申报"))))
                .containsExactly(new Group("info", List.of(new Line("没有找到该申报", ""))));
        assertThat(PageMessages.group(List.of())).isEmpty();
    }
}
