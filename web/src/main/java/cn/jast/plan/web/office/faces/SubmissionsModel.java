package cn.jast.plan.web.office.faces;

import java.util.List;
import java.util.Map;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.web.office.SubmissionRow;
import cn.jast.plan.web.office.SubmissionsQuery;
import cn.jast.plan.web.office.SubmissionsService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The submissions table's lazy model: the table's filters and sort become a {@link SubmissionsQuery}
 * that {@link SubmissionsService} runs in the database, a page at a time. The last query is kept, so
 * that the export links carry exactly what the table shows. A fixed state (the paper-copy page's list)
 * is added to whatever the table filters.
 */
public class SubmissionsModel extends LazyDataModel<SubmissionRow> {
    private static final long serialVersionUID = 1L;

    private final SubmissionsService service;
    private final int year;
    private final ApplicationState fixedState;
    private final String defaultSort;
    private SubmissionsQuery last;

    SubmissionsModel(SubmissionsService service, int year, ApplicationState fixedState, String defaultSort) {
        this.service = service;
        this.year = year;
        this.fixedState = fixedState;
        this.defaultSort = defaultSort;
        this.last = new SubmissionsQuery(year, null, null, null, fixedState, defaultSort, false);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return service.count(query(filterBy, Map.of()));  // the order does not change the count
    }

    @Override
    public List<SubmissionRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SubmissionsQuery q = query(filterBy, sortBy);
        last = q;
        return service.page(q, first, Math.min(pageSize, SubmissionsService.MAX_PAGE));
    }

    @Override
    public String getRowKey(SubmissionRow row) {
        return row.id();
    }

    @Override
    public SubmissionRow getRowData(String rowKey) {
        return service.row(rowKey).orElse(null);
    }

    /** The query of the table as last shown. */
    public SubmissionsQuery last() {
        return last;
    }

    private SubmissionsQuery query(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy) {
        SortMeta s = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
        String sort = s == null ? defaultSort : s.getField();
        boolean descending = s != null && s.getOrder() == SortOrder.DESCENDING;
        ApplicationState state = fixedState != null ? fixedState : SubmissionsQuery.state(text(filterBy, "state"));
        return new SubmissionsQuery(year, text(filterBy, "id"), text(filterBy, "society"), text(filterBy, "category"),
                state, sort, descending);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta f = filterBy.get(field);
        Object v = f == null ? null : f.getFilterValue();
        return v == null ? null : String.valueOf(v);
    }
}
