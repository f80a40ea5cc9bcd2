package cn.jast.plan.web.audit.faces;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.jast.plan.web.audit.LogEntry;
import cn.jast.plan.persistence.audit.AuditVerification;
import cn.jast.plan.web.audit.AuditService;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.plan.PlanService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The office's audit page (office/audit.xhtml): the verification of the hash chain (intact up to entry N, or
 * where it breaks and why), the log filtered by actor, action, subject and period and paged in the database
 * ({@link AuditService#search} behind a lazy table), and the dossier of an application to download. A filter
 * the service refuses (a period that ends before it starts, a text too long) is shown beside its field and the
 * table keeps the filter it had.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("actor", "filter:actor", "action", "filter:action",
            "targetType", "filter:targetType", "targetId", "filter:targetId", "from", "filter:from", "to", "filter:to");
    /** The kinds of subject the application writes entries about. */
    private static final List<String> TARGET_TYPES = List.of("Application", "Society", "PlanYear", "PublicityNotice",
            "Objection", "Expert", "KechuangFlag", "UserAccount", "ProjectReport", "LedgerEntry", "Clock", "Demo");

    @Inject
    AuditService audit;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    /** An entry as the table shows it. */
    public record Row(long seq, String at, String actor, String action, String targetType, String targetId,
                      String hash, boolean application) implements Serializable {
        public String getShortHash() {
            return hash.substring(0, 12) + "…";
        }
    }

    private String actor;
    private String action;
    private String targetType;
    private String targetId;
    private LocalDate from;
    private LocalDate to;
    private AuditService.Filter applied = AuditService.Filter.NONE;
    private boolean intact;
    private long checked;
    private Long brokenAt;
    private String problem;
    private String dossierId;
    private final LazyDataModel<Row> entries = new Entries();

    @PostConstruct
    void init() {
        verify();
    }

    /** Walks the chain again. */
    public void verify() {
        AuditVerification v = audit.verify();
        intact = v.intact();
        checked = v.entriesChecked();
        brokenAt = v.firstBrokenSeq();
        problem = v.problem();
    }

    /** Takes the filter if the service accepts it (it reads one entry to check), else shows why beside the field. */
    public void apply() {
        AuditService.Filter filter = new AuditService.Filter(actor, action, targetType, targetId, from, to);
        try {
            audit.search(filter, 0, 1);
            applied = filter;
        } catch (RuntimeException e) {
            RefusalMessages.show(FacesContext.getCurrentInstance(), e, RefusalMessages.Fields.of(FIELDS));
        }
    }

    public void clear() {
        actor = null;
        action = null;
        targetType = null;
        targetId = null;
        from = null;
        to = null;
        applied = AuditService.Filter.NONE;
    }

    /** The lazy model: each page one query in the database, newest first. */
    private final class Entries extends LazyDataModel<Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.search(applied, 0, 1).total());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            AuditService.Page page = audit.search(applied, first, Math.max(1, Math.min(pageSize, AuditService.MAX_PAGE)));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            var plan = plans.latest();
            return page.entries().stream().map(e -> row(e, plan)).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return Long.toString(row.seq());
        }

        @Override
        public Row getRowData(String rowKey) {
            return null;
        }

        private Row row(LogEntry e, cn.jast.plan.domain.plan.PlanYear plan) {
            return new Row(e.seq(), java.time.format.DateTimeFormatter.ofPattern(texts.get("audit.format.at"))
                            .format(e.at().atZone(plan.zone())),
                    e.actor(), e.action(), e.targetType(), e.targetId(), e.hash(), "Application".equals(e.targetType()));
        }
    }

    public LazyDataModel<Row> getEntries() {
        return entries;
    }

    public List<String> getTargetTypes() {
        return TARGET_TYPES;
    }

    public boolean isIntact() {
        return intact;
    }

    public long getChecked() {
        return checked;
    }

    public Long getBrokenAt() {
        return brokenAt;
    }

    public String getProblem() {
        return problem;
    }

    /** The zone the period's days are read in, for the hint beside the dates. */
    public String getZone() {
        return audit.zone().getId();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTargetType() {
        return targetType;
    }

    public void setTargetType(String targetType) {
        this.targetType = targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public void setTargetId(String targetId) {
        this.targetId = targetId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getDossierId() {
        return dossierId;
    }

    public void setDossierId(String dossierId) {
        this.dossierId = dossierId;
    }
}
