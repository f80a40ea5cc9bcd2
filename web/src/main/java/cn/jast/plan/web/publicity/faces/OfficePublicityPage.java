package cn.jast.plan.web.publicity.faces;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.publicity.PublicityService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import cn.jast.plan.web.clock.ClockProducer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The office's publicity (office/publicity.xhtml): open a notice (approval list, supplementary approval list
 * for promoted reserves, assessment results) on the start day the office chooses, its period first previewed
 * in working days with the holidays and weekends it skips ({@link PublicityService#preview}), then published
 * ({@link PublicityService#publish}, all or nothing); what waits for a notice; every notice of the plan year with
 * its objections, decided — upheld or dismissed, with the office's reason — one or several at a time through
 * {@link PublicityService#decideAll} (all or none, the refused objection named). The bean decides nothing.
 */
@Named
@ViewScoped
public class OfficePublicityPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PublicityService publicity;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    /**
     * The clock's producer, not the produced clock: that one is not passivation capable, and a transient
     * field would be null where the view is restored from a replicated session (another instance).
     */
    @Inject
    ClockProducer clocks;

    /** One listed or waiting application. */
    public record Listed(String id, String title, String society, String state) implements Serializable {
    }

    /** One objection as the office reads it: the text as typed (escaped by the page), its state, the decision. */
    public record ObjectionRow(String id, String application, String text, String raisedBy, String raisedAt,
                               String status, String note, boolean open, String label) implements Serializable {
    }

    /** A notice of the plan year with its period, what it lists and its objections. */
    public record NoticeRow(String id, String title, String kind, String period, String status,
                            List<Listed> listed, List<ObjectionRow> objections) implements Serializable {
    }

    /** A day the period passes over: the date and whether it is a holiday or a weekend day. */
    public record Skipped(String day, String why) implements Serializable {
    }

    private Integer year;
    private NoticeKind kind = NoticeKind.APPROVAL_LIST;
    private String title;
    private LocalDate start;
    private String previewPeriod;
    private List<Skipped> previewSkipped = List.of();
    private List<String> previewWorked = List.of();
    private List<String> selectedObjections = new ArrayList<>();
    private String decision = "UPHOLD";
    private String note;
    private transient List<NoticeRow> notices;
    private transient List<Listed> waiting;

    public Integer getYear() {
        if (year == null) {
            year = plans.latest().year();
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    private PlanYear plan() {
        return plans.plan(getYear());
    }

    public NoticeKind[] getKinds() {
        return NoticeKind.values();
    }

    public String kindLabel(NoticeKind k) {
        return texts.get("notice.kind." + k.name());
    }

    /** The working days a notice of the chosen kind runs: plan data (IV.2). */
    public int getWorkingDays() {
        return PublicityNotice.workingDaysOf(plan(), kind == null ? NoticeKind.APPROVAL_LIST : kind);
    }

    public String getToday() {
        return clocks.clock().instant().atZone(plan().zone()).toLocalDate().toString();
    }

    /** The period from the chosen start: nothing stored. */
    public void preview() {
        FacesContext context = FacesContext.getCurrentInstance();
        clearPreview();
        try {
            PublicityService.PeriodPreview p = publicity.preview(getYear(), kind, start);
            previewPeriod = texts.format("office.publicity.period", texts.date(p.period().firstDay()),
                    texts.date(p.period().lastDay()), p.period().workingDays(),
                    p.period().zone().getRules().getOffset(p.period().endsAt()).getId());
            previewSkipped = p.skipped().stream().map(d -> new Skipped(day(d.day()),
                    texts.get(d.holiday() ? "office.publicity.holiday" : "office.publicity.weekend"))).toList();
            previewWorked = p.workedWeekendDays().stream().map(this::day).toList();
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, fields());
        }
    }

    private String day(LocalDate d) {
        return texts.date(d) + " " + texts.get("office.publicity.dow." + d.getDayOfWeek().getValue());
    }

    private void clearPreview() {
        previewPeriod = null;
        previewSkipped = List.of();
        previewWorked = List.of();
    }

    /** Publishes the notice of the chosen kind from the chosen start, listing all it lists, or nothing. */
    public void publish() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            PublicityNotice n = publicity.publish(getYear(), kind, title, start);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.format(
                    "office.publicity.published", n.title(), n.applicationIds().size(), texts.date(n.period().lastDay()),
                    String.join(texts.get("office.sep"), n.applicationIds())), ""));
            title = null;
            start = null;
            clearPreview();
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, fields());
        }
        reload();
    }

    private static RefusalMessages.Fields fields() {
        return RefusalMessages.Fields.of(Map.of("title", "publish:title", "start", "publish:start",
                "kind", "publish:kind"));
    }

    /** Every selected objection decided the same way with the same reason, or none. */
    public void decide() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (selectedObjections.isEmpty()) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.get("office.publicity.chooseObjection"), ""));
            return;
        }
        boolean upheld = "UPHOLD".equals(decision);
        try {
            List<Objection> decided = publicity.decideAll(selectedObjections.stream()
                    .map(id -> new PublicityService.Decision(id, upheld, note)).toList());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.format(
                    upheld ? "office.publicity.upheld" : "office.publicity.dismissed", decided.size(),
                    decided.stream().map(Objection::applicationId).distinct().collect(Collectors.joining(texts.get("office.sep")))), ""));
            selectedObjections = new ArrayList<>();
            note = null;
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("office.publicity.decideRefused"), ""));
        }
        reload();
    }

    private void reload() {
        notices = null;
        waiting = null;
    }

    public List<Listed> getWaiting() {
        if (waiting == null) {
            waiting = publicity.awaitingNotice(getYear()).stream().map(this::listed).toList();
        }
        return waiting;
    }

    private Listed listed(PublicityService.Listing l) {
        return new Listed(l.application().id().value(), l.application().content().title(), l.societyName(),
                texts.get("state." + l.application().state().name()));
    }

    public List<NoticeRow> getNotices() {
        if (notices == null) {
            Instant now = clocks.clock().instant();
            NoticeTexts words = new NoticeTexts(texts);
            PlanYear plan = plan();
            notices = publicity.notices().stream().filter(n -> n.planYear() == getYear())
                    .map(n -> new NoticeRow(n.id(), n.title(), words.kind(n), words.period(n, plan),
                            texts.get("notice.status." + NoticeTexts.status(n, now).name()),
                            publicity.listings(n).stream().map(this::listed).toList(),
                            publicity.objections(n.id()).stream().map(o -> new ObjectionRow(o.id(), o.applicationId(),
                                    o.text(), o.raisedBy(), texts.dateTime(o.raisedAt(), plan),
                                    texts.get("office.publicity.objection." + o.status().name()),
                                    o.decisionNote(), o.status() == Objection.Status.OPEN,
                                    texts.format("office.pair", o.applicationId(), o.text()))).toList()))
                    .toList();
        }
        return notices;
    }

    /** The objections still open, for the decision form. */
    public List<ObjectionRow> getOpenObjections() {
        return getNotices().stream().flatMap(n -> n.objections().stream()).filter(ObjectionRow::open).toList();
    }

    public NoticeKind getKind() {
        return kind;
    }

    public void setKind(NoticeKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public String getPreviewPeriod() {
        return previewPeriod;
    }

    public List<Skipped> getPreviewSkipped() {
        return previewSkipped;
    }

    public List<String> getPreviewWorked() {
        return previewWorked;
    }

    public List<String> getSelectedObjections() {
        return selectedObjections;
    }

    public void setSelectedObjections(List<String> selectedObjections) {
        this.selectedObjections = selectedObjections == null ? new ArrayList<>() : selectedObjections;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
