package cn.jast.plan.web.society.faces;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.assessment.AssessmentResult;
import cn.jast.plan.domain.assessment.ProjectReport;
import cn.jast.plan.domain.assessment.ReportKind;
import cn.jast.plan.domain.funding.LedgerEntry;
import cn.jast.plan.domain.funding.ProjectLedger;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.web.application.Attachment;
import cn.jast.plan.web.application.ApplicationService;
import cn.jast.plan.web.application.AttachmentService;
import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.funding.FundingDecided;
import cn.jast.plan.web.funding.FundingService;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.NotAllowed;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A society's approved project (society/project.xhtml?id=…, IV.2 and IV.3): its assessment results and
 * funding decision, the reports it files with their evidence (mid-term, event review, final summary,
 * rectification), the evidence it uploads, and its ring-fenced ledger — planned and actual expenses per
 * line, the funds received — with bookings and reversals. Everything is read from and handed to
 * AssessmentService, AttachmentService and FundingService, as the REST API does; the page decides nothing
 * (which report a state allows, who may book what, what a text may hold: the services refuse, and the
 * page shows the refusal beside the field it names).
 */
@Named
@ViewScoped
public class ProjectPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationService applications;

    @Inject
    AssessmentService assessments;

    @Inject
    AttachmentService attachments;

    @Inject
    FundingService funding;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** An assessment result as the page lists it. */
    public record ResultRow(String stage, boolean passed, String note, String at) implements Serializable {
    }

    /** A filed report: its kind, when, its text and the file names of its evidence. */
    public record ReportRow(String kind, String at, String text, List<String> evidence) implements Serializable {
    }

    /** An uploaded piece of evidence. */
    public record EvidenceRow(String id, String fileName, String size, String sha256, String at) implements Serializable {
    }

    /** A line of the ledger: planned against actual. */
    public record LineRow(String item, String planned, String actual, String variance, boolean over)
            implements Serializable {
    }

    /** A booking, with whether the society may reverse it. */
    public record EntryRow(String id, String kind, String item, String amount, String bookedOn, boolean reversal,
                           boolean reversed, boolean reversible) implements Serializable {
    }

    private String id;
    private boolean loaded;
    private boolean found;
    private boolean project;
    private String title;
    private String category;
    private String state;
    private String fundingText;
    private List<ResultRow> results = List.of();
    private List<ReportRow> reports = List.of();
    private List<EvidenceRow> evidence = List.of();
    private List<LineRow> lines = List.of();
    private List<EntryRow> entries = List.of();
    private String planned;
    private String spent;
    private String received;
    private String balance;
    private String notice;

    // the report form
    private ReportKind reportKind;
    private String reportText;
    private List<String> reportEvidence = new ArrayList<>();
    // the booking form
    private LedgerEntry.Kind bookKind = LedgerEntry.Kind.ACTUAL_EXPENSE;
    private String bookItem;
    private BigDecimal bookAmount;
    private LocalDate bookedOn;
    // the reversal form
    private String reverseEntry;
    private String reverseReason;

    /** Reads the project (f:viewAction); another society's or an unknown id is "not found". */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null || id.isBlank()) {
            notFound();
            return;
        }
        try {
            read();
            found = true;
        } catch (NotFound | NotAllowed e) {
            notFound();
        }
    }

    private void notFound() {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                texts.get("project.notFound"), ""));
    }

    private void read() {
        Application a = applications.get(id);
        PlanYear plan = plans.plan(a.planYear());
        title = a.content().title();
        category = language.categoryOf(plan, a);
        state = texts.get("state." + a.state().name());
        project = a.state().isProject();
        fundingText = funding.decision(id).map(this::fundingText).orElse(texts.get("project.funding.none"));
        results = assessments.results(id).stream().map(r -> new ResultRow(
                texts.get("project.stage." + r.stage().name()), r.passed(), r.note(),
                texts.dateTime(r.assessedAt(), plan))).toList();
        Map<String, String> names = new HashMap<>();
        List<EvidenceRow> ev = new ArrayList<>();
        for (Attachment s : attachments.list(id)) {
            names.put(s.id(), s.fileName());
            if (s.isEvidence()) {
                ev.add(new EvidenceRow(s.id(), s.fileName(), size(s.size()), s.sha256(), texts.dateTime(s.storedAt(), plan)));
            }
        }
        evidence = List.copyOf(ev);
        reports = assessments.reports(id).stream().map((ProjectReport r) -> new ReportRow(
                texts.get("reportKind." + r.kind().name()), texts.dateTime(r.filedAt(), plan), r.text(),
                r.evidenceAttachmentIds().stream().map(e -> names.getOrDefault(e, e)).toList())).toList();
        ProjectLedger ledger = funding.ledger(id);
        lines = ledger.lines().stream().map(l -> new LineRow(l.item(), money(l.planned()), money(l.actual()),
                money(l.variance()), l.variance().signum() > 0)).toList();
        entries = ledger.entries().stream().map(e -> new EntryRow(e.id(), texts.get("ledgerKind." + e.kind().name()),
                e.item(), money(e.amount()), texts.date(e.bookedOn()), e.reverses() != null, ledger.isReversed(e.id()),
                e.kind() != LedgerEntry.Kind.FUNDS_RECEIVED && e.reverses() == null && !ledger.isReversed(e.id())))
                .toList();
        planned = money(ledger.planned());
        spent = money(ledger.spent());
        received = money(ledger.received());
        balance = money(ledger.balance());
    }

    private String fundingText(FundingDecided d) {
        String outcome = texts.get("fundingOutcome." + d.decision().outcome().name());
        if (d.amount() != null && d.decision().fundingYear() != null) {
            return texts.format("project.funding.amount", outcome, d.decision().fundingYear(), money(d.amount()));
        }
        return outcome;
    }

    /** Files a report (AssessmentService.fileReport) with the evidence ticked. */
    public void fileReport() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            assessments.fileReport(id, reportKind, reportText, List.copyOf(reportEvidence));
        } catch (RuntimeException e) {
            show(context, e, Map.of("kind", "report:kind", "text", "report:text",
                    "evidenceAttachmentIds", "report:evidence"));
            return;
        }
        notice = texts.format("project.report.filed", texts.get("reportKind." + reportKind.name()));
        reportKind = null;
        reportText = null;
        reportEvidence = new ArrayList<>();
        read();
    }

    /** p:fileUpload: stores a piece of evidence (AttachmentService.upload, kind EVIDENCE). */
    public void upload(FileUploadEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            Attachment s = attachments.upload(id, Attachment.EVIDENCE, file.getFileName(),
                    file.getContentType(), file.getSize(), in);
            notice = texts.format("project.evidence.stored", s.fileName());
            reportEvidence.add(s.id());
            read();
        } catch (IOException e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("project.evidence.failed"), ""));
        } catch (RuntimeException e) {
            show(context, e, Map.of());
        }
    }

    /** Books a planned or actual expense (FundingService.book). */
    public void book() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            funding.book(id, bookKind, bookItem, bookAmount, bookedOn);
        } catch (RuntimeException e) {
            show(context, e, Map.of("kind", "book:kind", "item", "book:item", "amount", "book:amount",
                    "bookedOn", "book:on"));
            return;
        }
        notice = texts.format("project.ledger.booked", bookItem);
        bookItem = null;
        bookAmount = null;
        bookedOn = null;
        read();
    }

    /** Reverses one booking with a reason (FundingService.reverse). */
    public void reverse() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            funding.reverse(id, reverseEntry, reverseReason);
        } catch (RuntimeException e) {
            show(context, e, Map.of("reason", "reverse:reason", "entry", "reverse:entry"));
            return;
        }
        notice = texts.get("project.ledger.reversed");
        reverseEntry = null;
        reverseReason = null;
        read();
    }

    /**
     * The service's refusal as messages. Beside a field the words are the page's (the service's detail
     * for a field is English): what the field needs; the service alone decided that it is wrong.
     */
    private void show(FacesContext context, RuntimeException e, Map<String, String> fields) {
        notice = null;
        for (RefusalMessages.Placed p : RefusalMessages.messages(e, language.getLocale(), RefusalMessages.Fields.of(fields))) {
            String hint = p.clientId() == null ? null : HINTS.get(p.clientId());
            context.addMessage(p.clientId(), hint == null ? p.message()
                    : new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(hint), texts.get(hint)));
        }
        context.validationFailed();
    }

    /** What each field needs, in the page's words, where the service refuses it. */
    private static final Map<String, String> HINTS = Map.of(
            "report:kind", "project.report.kind.needed",
            "report:text", "project.report.text.needed",
            "report:evidence", "project.report.evidence.needed",
            "book:item", "project.ledger.item.needed",
            "book:amount", "project.ledger.amount.needed",
            "reverse:reason", "project.ledger.reverse.reason.needed");

    private String money(BigDecimal amount) {
        return texts.money(amount);
    }

    private String size(long bytes) {
        return texts.size(bytes);
    }

    // ---- for the page ----

    public ReportKind[] getReportKinds() {
        return ReportKind.values();
    }

    public String reportKindLabel(ReportKind kind) {
        return texts.get("reportKind." + kind.name());
    }

    public List<LedgerEntry.Kind> getBookKinds() {
        return List.of(LedgerEntry.Kind.PLANNED_EXPENSE, LedgerEntry.Kind.ACTUAL_EXPENSE);
    }

    public String ledgerKindLabel(LedgerEntry.Kind kind) {
        return texts.get("ledgerKind." + kind.name());
    }

    public long getMaxBytes() {
        return attachments.maxBytes();
    }

    public String getMaxSize() {
        return size(attachments.maxBytes());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    /** True once approved (IV.2): reports, evidence and the ledger are for a project. */
    public boolean isProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public String getCategory() {
        return category;
    }

    public String getState() {
        return state;
    }

    public String getFundingText() {
        return fundingText;
    }

    public List<ResultRow> getResults() {
        return results;
    }

    public List<ReportRow> getReports() {
        return reports;
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public List<EntryRow> getEntries() {
        return entries;
    }

    public List<EntryRow> getReversible() {
        return entries.stream().filter(EntryRow::reversible).toList();
    }

    public String getPlanned() {
        return planned;
    }

    public String getSpent() {
        return spent;
    }

    public String getReceived() {
        return received;
    }

    public String getBalance() {
        return balance;
    }

    public String getNotice() {
        return notice;
    }

    public ReportKind getReportKind() {
        return reportKind;
    }

    public void setReportKind(ReportKind reportKind) {
        this.reportKind = reportKind;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    public List<String> getReportEvidence() {
        return reportEvidence;
    }

    public void setReportEvidence(List<String> reportEvidence) {
        this.reportEvidence = reportEvidence == null ? new ArrayList<>() : new ArrayList<>(reportEvidence);
    }

    public LedgerEntry.Kind getBookKind() {
        return bookKind;
    }

    public void setBookKind(LedgerEntry.Kind bookKind) {
        this.bookKind = bookKind;
    }

    public String getBookItem() {
        return bookItem;
    }

    public void setBookItem(String bookItem) {
        this.bookItem = bookItem;
    }

    public BigDecimal getBookAmount() {
        return bookAmount;
    }

    public void setBookAmount(BigDecimal bookAmount) {
        this.bookAmount = bookAmount;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public void setBookedOn(LocalDate bookedOn) {
        this.bookedOn = bookedOn;
    }

    public String getReverseEntry() {
        return reverseEntry;
    }

    public void setReverseEntry(String reverseEntry) {
        this.reverseEntry = reverseEntry;
    }

    public String getReverseReason() {
        return reverseReason;
    }

    public void setReverseReason(String reverseReason) {
        this.reverseReason = reverseReason;
    }
}
