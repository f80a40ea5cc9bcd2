package cn.jast.plan.web.society.faces;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.plan.PlanDeadlines.TimeLeft;
import cn.jast.plan.web.society.SocietyDashboardService;
import cn.jast.plan.web.society.SocietyDashboardService.Dashboard;
import cn.jast.plan.web.society.SocietyDashboardService.Item;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The society's dashboard (society/dashboard.xhtml): what SocietyDashboardService answers, in the
 * visitor's language. Nothing is decided here.
 */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    SocietyDashboardService service;

    @Inject
    Language language;

    @Inject
    Texts texts;

    /** One row of the table. */
    public record Row(String id, String category, String title, String state, String next, boolean actionNeeded,
                      int refusals, int warnings, boolean draft, boolean project) {
    }

    /** A notice that lists applications of the society, with its period. */
    public record NoticeRow(String id, String title, String kind, String period, boolean running,
                            String applications) {
    }

    private Optional<Dashboard> dashboard;

    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = service.current();
        }
        return dashboard.orElse(null);
    }

    public boolean isAvailable() {
        return getDashboard() != null;
    }

    public String getSocietyName() {
        return getDashboard().society().name();
    }

    public List<Row> getRows() {
        PlanYear plan = getDashboard().plan();
        return getDashboard().items().stream().map(i -> row(plan, i)).toList();
    }

    /** The public notices (公示) that list the society's applications, newest first. */
    public List<NoticeRow> getNotices() {
        PlanYear plan = getDashboard().plan();
        return getDashboard().notices().stream().map(m -> new NoticeRow(m.notice().id(), m.notice().title(),
                texts.get("notice.kind." + m.notice().kind().name()),
                texts.format("dashboard.notices.period", texts.date(m.notice().period().firstDay()),
                        texts.date(m.notice().period().lastDay()), m.notice().period().workingDays()),
                m.running(), String.join("、", m.applicationIds()))).toList();
    }

    public String getElectronicClosing() {
        return texts.dateTime(getDashboard().plan().window().closesAt(), getDashboard().plan());
    }

    public String getPaperClosing() {
        return texts.dateTime(getDashboard().plan().window().paperCopyDeadline(), getDashboard().plan());
    }

    public String getZoneOffset() {
        return java.time.format.DateTimeFormatter.ofPattern("xxx")
                .format(getDashboard().plan().window().closesAt().atZone(getDashboard().plan().zone()));
    }

    /** "8 天 6 小时" or "已截止". */
    public String left(TimeLeft t) {
        return t.passed() ? texts.get("dashboard.passed") : texts.format("dashboard.left", t.days(), t.hours());
    }

    private Row row(PlanYear plan, Item item) {
        var a = item.application();
        String category = language.categoryOf(plan, a);
        return new Row(a.id().value(), category, a.content().title(), texts.get("state." + a.state().name()),
                texts.get("next." + item.next().name()),
                item.next() != SocietyDashboardService.NextStep.WAIT && item.next() != SocietyDashboardService.NextStep.NONE,
                item.refusals(), item.warnings(), a.state() == cn.jast.plan.domain.application.ApplicationState.DRAFT,
                a.state().isProject());
    }
}
