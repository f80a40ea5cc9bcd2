package cn.jast.plan.web.office.faces;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.office.SubmissionRow;
import cn.jast.plan.web.office.SubmissionsExport;
import cn.jast.plan.web.office.SubmissionsQuery;
import cn.jast.plan.web.office.SubmissionsService;
import cn.jast.plan.web.plan.PlanDeadlines;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.ColumnToggleEvent;
import org.primefaces.model.Visibility;

/**
 * The submissions table (office/submissions.xhtml): every application of the current plan year,
 * filtered, sorted and paged by {@link SubmissionsService} in the database, with the columns the office
 * chose. The export links carry the table's last query and visible columns, so the file holds every
 * row of the filtered and sorted result (all pages, not only the one shown) with exactly those columns.
 */
@Named
@ViewScoped
public class OfficeSubmissions implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SubmissionsService submissions;

    @Inject
    PlanDeadlines deadlines;

    @Inject
    Texts texts;

    @Inject
    Language language;

    private int year;
    private SubmissionsModel model;
    private final Map<String, Boolean> visible = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        year = deadlines.now().map(d -> d.plan().year()).orElseThrow();
        model = new SubmissionsModel(submissions, year, null, null);
        SubmissionsExport.COLUMNS.forEach(c -> visible.put(c, true));
    }

    public int getYear() {
        return year;
    }

    public SubmissionsModel getModel() {
        return model;
    }

    /** Which columns are shown, by key; the column toggler changes it. */
    public Map<String, Boolean> getVisible() {
        return visible;
    }

    public void onToggle(ColumnToggleEvent event) {
        String field = event.getColumn().getField();
        if (visible.containsKey(field)) {
            visible.put(field, event.getVisibility() == Visibility.VISIBLE);
        }
    }

    public List<SelectItem> getCategories() {
        PlanYear plan = deadlines.now().orElseThrow().plan();
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", texts.get("office.filter.all")));
        for (Category c : plan.categories()) {
            items.add(new SelectItem(c.code(), language.text(c.name())));
        }
        return items;
    }

    public List<SelectItem> getStates() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", texts.get("office.filter.all")));
        for (ApplicationState s : ApplicationState.values()) {
            items.add(new SelectItem(s.name(), texts.get("state." + s.name())));
        }
        return items;
    }

    /** A row's category and sub-project by name. */
    public String category(SubmissionRow row) {
        return SubmissionsExport.category(deadlines.now().orElseThrow().plan(), row.category(), row.subProject(),
                language.getLocale());
    }

    public String at(java.time.Instant at) {
        return at == null ? "" : texts.dateTime(at, deadlines.now().orElseThrow().plan());
    }

    public String getXlsxHref() {
        return href("xlsx");
    }

    public String getCsvHref() {
        return href("csv");
    }

    /** How many columns are shown (an export needs one at least). */
    public boolean isAnyVisible() {
        return visible.containsValue(true);
    }

    private String href(String format) {
        SubmissionsQuery q = model.last();
        StringBuilder s = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/office/submissions-export?format=").append(format).append("&year=").append(q.year());
        param(s, "id", q.id());
        param(s, "society", q.society());
        param(s, "category", q.category());
        param(s, "state", q.state() == null ? null : q.state().name());
        param(s, "sort", q.sort());
        if (q.descending()) {
            s.append("&desc=true");
        }
        List<String> columns = visible.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        param(s, "columns", String.join(",", columns));
        return s.toString();
    }

    private static void param(StringBuilder s, String name, String value) {
        if (value != null && !value.isEmpty()) {
            s.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
