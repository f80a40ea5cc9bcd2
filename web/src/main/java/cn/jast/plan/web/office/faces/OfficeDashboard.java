package cn.jast.plan.web.office.faces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.office.OverviewService;
import cn.jast.plan.web.plan.PlanDeadlines;
import cn.jast.plan.web.plan.PlanService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * The office's dashboard (office/index.xhtml): the current plan year at a glance from
 * {@link OverviewService}, as Chart.js configurations for PrimeFaces' {@code p:chart} (canvas, with an
 * aria label) and as the same figures in tables, which carry them for everyone. The deadlines and the
 * time left are the plan year's, shown in its zone (Beijing time).
 */
@Named
@ViewScoped
public class OfficeDashboard implements Serializable {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final long serialVersionUID = 1L;

    /** Chart colours (the house palette of site.css). */
    private static final String BLUE = "#1d4f91";
    private static final String TEAL = "#0f766e";
    private static final String AMBER = "#b45309";
    private static final String GREY = "#6b7280";
    private static final String RED = "#b91c1c";

    @Inject
    OverviewService overviews;

    @Inject
    PlanDeadlines deadlines;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** A quota group's line of the table. */
    public record QuotaLine(String name, int quota, int applied, int underReview, int recommended, int approved)
            implements Serializable {
    }

    /** A state's line of the table. */
    public record StateLine(String state, String name, int count) implements Serializable {
    }

    /** A day's line of the table. */
    public record DayLine(String day, int submitted, int total) implements Serializable {
    }

    private transient OverviewService.Overview overview;
    private transient PlanDeadlines.Deadlines now;
    private List<DayLine> days;
    private List<QuotaLine> quotas;
    private List<StateLine> states;

    @PostConstruct
    void init() {
        PlanYear plan = overview().plan();
        days = overview().days().stream().map(d -> new DayLine(texts.date(d.day()), d.submitted(), d.total())).toList();
        quotas = new ArrayList<>();
        for (PlanService.QuotaUse q : overview().quotas()) {
            quotas.add(new QuotaLine(language.text(q.group().name()), q.group().quota(), q.submitted(), q.underReview(),
                    q.recommended(), q.approved()));
        }
        states = new ArrayList<>();
        for (Map.Entry<ApplicationState, Integer> e : overview().states().entrySet()) {
            states.add(new StateLine(e.getKey().name(), texts.get("state." + e.getKey().name()), e.getValue()));
        }
    }

    /**
     * The figures of the view, read again when the view was restored on another instance of a cluster
     * (its session replicated without them: they are transient, the lists above are kept).
     */
    private OverviewService.Overview overview() {
        if (overview == null) {
            overview = overviews.overview(now().plan().year());
        }
        return overview;
    }

    private PlanDeadlines.Deadlines now() {
        if (now == null) {
            now = deadlines.now().orElseThrow();
        }
        return now;
    }

    public int getYear() {
        return now().plan().year();
    }

    public String getPlanTitle() {
        return language.text(now().plan().title());
    }

    public PlanDeadlines.Deadlines getDeadlines() {
        return now();
    }

    public String getClosing() {
        return zoned(now().plan().window().closesAt());
    }

    public String getPaperDeadline() {
        return zoned(now().plan().window().paperCopyDeadline());
    }

    public String getOpening() {
        return zoned(now().plan().window().opensAt());
    }

    /** Time left as words ("3 天 4 小时 5 分"), or that it has passed. */
    public String left(PlanDeadlines.TimeLeft t) {
        return t.passed() ? texts.get("office.deadline.passed")
                : texts.format("office.deadline.left", t.days(), t.hours(), t.minutes());
    }

    public List<DayLine> getDays() {
        return days;
    }

    public int getSubmittedTotal() {
        return days.isEmpty() ? 0 : days.get(days.size() - 1).total();
    }

    public int getSubmittedOutsideWindow() {
        return overview().submittedOutsideWindow();
    }

    public List<QuotaLine> getQuotas() {
        return quotas;
    }

    public int getQuotaTotal() {
        return quotas.stream().mapToInt(QuotaLine::quota).sum();
    }

    public List<StateLine> getStates() {
        return states;
    }

    public int getApplications() {
        return overview().applications();
    }

    public int getPaperOutstanding() {
        return overview().paperCopiesOutstanding();
    }

    public int getPaperReceived() {
        return overview().paperCopiesReceived();
    }

    public int getLapsed() {
        return overview().states().get(ApplicationState.LAPSED);
    }

    /** Submissions per day (bars) and their running total (line, right axis). */
    public String getDaysChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder perDay = JSON.createArrayBuilder();
        JsonArrayBuilder total = JSON.createArrayBuilder();
        for (OverviewService.Day d : overview().days()) {
            labels.add(d.day().getMonthValue() + "-" + d.day().getDayOfMonth());
            perDay.add(d.submitted());
            total.add(d.total());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("type", "bar").add("label", texts.get("office.chart.perDay"))
                        .add("data", perDay).add("backgroundColor", BLUE).add("yAxisID", "y"))
                .add(JSON.createObjectBuilder().add("type", "line").add("label", texts.get("office.chart.total"))
                        .add("data", total).add("borderColor", AMBER).add("backgroundColor", AMBER)
                        .add("yAxisID", "y1"));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("y", JSON.createObjectBuilder().add("beginAtZero", true).add("position", "left")
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0)))
                .add("y1", JSON.createObjectBuilder().add("beginAtZero", true).add("position", "right")
                        .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false))
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0)));
        return config("bar", labels, datasets, scales, false);
    }

    /** Per quota group: applied, recommended and approved beside the quota (horizontal bars). */
    public String getQuotaChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder quota = JSON.createArrayBuilder();
        JsonArrayBuilder applied = JSON.createArrayBuilder();
        JsonArrayBuilder recommended = JSON.createArrayBuilder();
        JsonArrayBuilder approved = JSON.createArrayBuilder();
        for (QuotaLine q : quotas) {
            labels.add(q.name());
            quota.add(q.quota());
            applied.add(q.applied());
            recommended.add(q.recommended());
            approved.add(q.approved());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(dataset(texts.get("office.quota.quota"), quota, GREY))
                .add(dataset(texts.get("office.quota.applied"), applied, BLUE))
                .add(dataset(texts.get("office.quota.recommended"), recommended, AMBER))
                .add(dataset(texts.get("office.quota.approved"), approved, TEAL));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0)));
        return config("bar", labels, datasets, scales, true);
    }

    /** Applications per state (the states that have any). */
    public String getStatesChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder counts = JSON.createArrayBuilder();
        for (StateLine s : states) {
            if (s.count() > 0) {
                labels.add(s.name());
                counts.add(s.count());
            }
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(dataset(texts.get("office.states.count"), counts, BLUE));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0)));
        return config("bar", labels, datasets, scales, true);
    }

    /** Paper copies: received, outstanding, lapsed. */
    public String getPaperChart() {
        JsonArrayBuilder labels = JSON.createArrayBuilder().add(texts.get("office.paper.received"))
                .add(texts.get("office.paper.outstanding")).add(texts.get("office.paper.lapsed"));
        JsonArrayBuilder data = JSON.createArrayBuilder().add(getPaperReceived()).add(getPaperOutstanding()).add(getLapsed());
        JsonArrayBuilder datasets = JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("data", data)
                .add("backgroundColor", JSON.createArrayBuilder().add(TEAL).add(AMBER).add(RED)));
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "bottom")));
        return JSON.createObjectBuilder().add("type", "doughnut")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return JSON.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private static String config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets,
                                 JsonObjectBuilder scales, boolean horizontal) {
        JsonObjectBuilder options = JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false).add("scales", scales)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private String zoned(java.time.Instant at) {
        return texts.format("time.zoned", texts.dateTime(at, now().plan()),
                now().plan().zone().getRules().getOffset(at).getId());
    }
}
