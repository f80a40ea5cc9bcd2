package cn.jast.plan.web.assessment.faces;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.assessment.Achievement;
import cn.jast.plan.domain.assessment.AssessmentEvidence;
import cn.jast.plan.domain.assessment.ProjectReport;
import cn.jast.plan.domain.funding.LedgerEntry;
import cn.jast.plan.domain.funding.ProjectLedger;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Severity;
import cn.jast.plan.web.application.Attachment;
import cn.jast.plan.web.application.ApplicationService;
import cn.jast.plan.web.application.AttachmentService;
import cn.jast.plan.web.assessment.AssessmentService;
import cn.jast.plan.web.assessment.AssessmentService.RuleOutcome;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.funding.FundingService;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's view of one approved project (office/project.xhtml?id=…, IV.2, IV.3): the reports and the
 * evidence the society filed; the mid-term evaluation; the final assessment, where the office enters
 * what the evidence shows and sees each rule of the plan year's assessment rule book met or unmet
 * (AssessmentService.finalRules, the same evaluation as {@code POST …/final-assessment/check}) before it
 * records a pass, a pass with a reason for each unmet rule, or a failure; and the ring-fenced ledger,
 * planned against actual per line, where the office books the funds received. The services decide; the
 * page shows what they refuse beside the field they name.
 */
@Named
@ViewScoped
public class AssessmentPage implements Serializable {
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

    /** A report as listed. */
    public record ReportRow(String kind, String at, String text, List<String> evidence) implements Serializable {
    }

    /** A stored file of the application (a form attachment or evidence). */
    public record FileRow(String id, String kind, String fileName, String sha256, boolean evidence)
            implements Serializable {
    }

    /** A rule of the assessment rule book with its outcome on the evidence entered. */
    public record RuleRow(String rule, String clause, String text, boolean met, boolean warning) implements Serializable {
    }

    /** A line of the ledger. */
    public record LineRow(String item, String planned, String actual, String variance, boolean over)
            implements Serializable {
    }

    /** One achievement with the evidence files ticked for it. */
    public static final class AchievementRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Achievement achievement;
        private final String label;
        private List<String> files = new ArrayList<>();

        AchievementRow(Achievement achievement, String label) {
            this.achievement = achievement;
            this.label = label;
        }

        public String getCode() {
            return achievement.name();
        }

        public String getLabel() {
            return label;
        }

        public List<String> getFiles() {
            return files;
        }

        public void setFiles(List<String> files) {
            this.files = files == null ? new ArrayList<>() : new ArrayList<>(files);
        }
    }

    /** A rule left unmet and the reason the office gives for passing the project all the same. */
    public static final class ExceptionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String rule;
        private final String text;
        private String reason;

        ExceptionRow(String rule, String text) {
            this.rule = rule;
            this.text = text;
        }

        public String getRule() {
            return rule;
        }

        public String getText() {
            return text;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    private String id;
    private boolean loaded;
    private boolean found;
    private String title;
    private String society;
    private String category;
    private ApplicationState stateCode;
    private String state;
    private String fundingText;
    private List<String> results = List.of();
    private List<ReportRow> reports = List.of();
    private List<FileRow> files = List.of();
    private List<LineRow> lines = List.of();
    private String planned;
    private String spent;
    private String received;
    private String balance;
    private String notice;

    private Boolean midTermPassed;
    private String midTermNote;

    private Integer participants;
    private Integer foreignParticipants;
    private Integer countries;
    private Integer proposals;
    private List<AchievementRow> achievements = List.of();
    private List<RuleRow> rules;
    private List<ExceptionRow> exceptions = List.of();
    private Boolean finalPassed;
    private String finalNote;

    private String receivedItem;
    private BigDecimal receivedAmount;
    private LocalDate receivedOn;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            read();
            found = true;
        } catch (NotFound e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.get("assess.notFound"), ""));
        }
    }

    private void read() {
        Application a = applications.get(id);
        PlanYear plan = plans.plan(a.planYear());
        title = a.content().title();
        society = applications.societyNames().getOrDefault(a.society().value(), a.society().value());
        category = language.categoryOf(plan, a);
        stateCode = a.state();
        state = texts.get("state." + a.state().name());
        fundingText = funding.decision(id).map(d -> {
            String outcome = texts.get("fundingOutcome." + d.decision().outcome().name());
            return d.amount() == null || d.decision().fundingYear() == null ? outcome
                    : texts.format("project.funding.amount", outcome, d.decision().fundingYear(), money(d.amount()));
        }).orElse(texts.get("project.funding.none"));
        results = assessments.results(id).stream().map(r -> texts.format("assess.result.line",
                texts.get("project.stage." + r.stage().name()),
                r.passed() ? texts.get("project.results.passed") : texts.get("project.results.failed"),
                texts.dateTime(r.assessedAt(), plan), r.note() == null ? "" : r.note())).toList();
        Map<String, String> names = new HashMap<>();
        List<FileRow> fs = new ArrayList<>();
        for (Attachment s : attachments.list(id)) {
            names.put(s.id(), s.fileName());
            fs.add(new FileRow(s.id(), s.isEvidence() ? texts.get("project.evidence") : s.kind(), s.fileName(),
                    s.sha256(), s.isEvidence()));
        }
        files = List.copyOf(fs);
        reports = assessments.reports(id).stream().map((ProjectReport r) -> new ReportRow(
                texts.get("reportKind." + r.kind().name()), texts.dateTime(r.filedAt(), plan), r.text(),
                r.evidenceAttachmentIds().stream().map(e -> names.getOrDefault(e, e)).toList())).toList();
        if (achievements.isEmpty()) {
            List<AchievementRow> rows = new ArrayList<>();
            for (Achievement x : Achievement.values()) {
                rows.add(new AchievementRow(x, texts.get("achievement." + x.name())));
            }
            achievements = List.copyOf(rows);
        }
        ProjectLedger ledger = funding.ledger(id);
        lines = ledger.lines().stream().map(l -> new LineRow(l.item(), money(l.planned()), money(l.actual()),
                money(l.variance()), l.variance().signum() > 0)).toList();
        planned = money(ledger.planned());
        spent = money(ledger.spent());
        received = money(ledger.received());
        balance = money(ledger.balance());
    }

    /** The mid-term evaluation (AssessmentService.midTerm). */
    public void midTerm() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (midTermPassed == null) {
            context.addMessage("midterm:passed", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("assess.choose"), ""));
            context.validationFailed();
            return;
        }
        try {
            assessments.midTerm(id, midTermPassed, midTermNote);
        } catch (RuntimeException e) {
            show(context, e, Map.of("note", "midterm:note", "passed", "midterm:passed"));
            return;
        }
        notice = texts.get(midTermPassed ? "assess.midterm.passedMsg" : "assess.midterm.failedMsg");
        read();
    }

    /** Evaluates the evidence entered against the rule book, recording nothing. */
    public void check() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            List<RuleOutcome> outcomes = assessments.finalRules(id, evidence());
            rules = outcomes.stream().map(o -> new RuleRow(o.rule(), o.clause(), language.text(o.message()), o.met(),
                    o.severity() == Severity.WARNING)).toList();
            Map<String, String> kept = new HashMap<>();
            exceptions.forEach(x -> kept.put(x.rule, x.reason));
            List<ExceptionRow> ex = new ArrayList<>();
            for (RuleRow r : rules) {
                if (!r.met() && !r.warning()) {
                    ExceptionRow row = new ExceptionRow(r.rule(), r.text());
                    row.reason = kept.get(r.rule());
                    ex.add(row);
                }
            }
            exceptions = List.copyOf(ex);
        } catch (RuntimeException e) {
            show(context, e, evidenceFields());
        }
    }

    /** Records the final assessment (AssessmentService.finalAssessment) with the reasons given for unmet rules. */
    public void recordFinal() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (finalPassed == null) {
            context.addMessage("final:passed", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("assess.choose"), ""));
            context.validationFailed();
            return;
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        if (finalPassed) {
            exceptions.stream().filter(x -> x.reason != null && !x.reason.isBlank())
                    .forEach(x -> reasons.put(x.rule, x.reason));
        }
        try {
            assessments.finalAssessment(id, finalPassed, finalNote, evidence(), reasons);
        } catch (RuntimeException e) {
            Map<String, String> fields = new HashMap<>(evidenceFields());
            fields.put("note", "final:note");
            for (int i = 0; i < exceptions.size(); i++) {
                fields.put(exceptions.get(i).rule, "final:exceptions:" + i + ":reason");
                fields.put("exceptions." + exceptions.get(i).rule, "final:exceptions:" + i + ":reason");
            }
            show(context, e, fields);
            return;
        }
        notice = texts.get(finalPassed ? "assess.final.passedMsg" : "assess.final.failedMsg");
        rules = null;
        exceptions = List.of();
        read();
    }

    /** Books funds received (FundingService.book, FUNDS_RECEIVED: the office's booking). */
    public void bookReceived() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            funding.book(id, LedgerEntry.Kind.FUNDS_RECEIVED, receivedItem, receivedAmount, receivedOn);
        } catch (RuntimeException e) {
            show(context, e, Map.of("item", "received:item", "amount", "received:amount", "kind", "received:item",
                    "bookedOn", "received:on"));
            return;
        }
        notice = texts.format("project.ledger.booked", receivedItem);
        receivedItem = null;
        receivedAmount = null;
        receivedOn = null;
        read();
    }

    private AssessmentEvidence evidence() {
        Map<Achievement, List<String>> claimed = new EnumMap<>(Achievement.class);
        for (AchievementRow r : achievements) {
            if (!r.files.isEmpty()) {
                claimed.put(r.achievement, List.copyOf(r.files));
            }
        }
        try {
            return new AssessmentEvidence(participants, foreignParticipants, countries, proposals, claimed);
        } catch (IllegalArgumentException e) {
            throw cn.jast.plan.web.refusal.Failures.invalid("evidence", e.getMessage());
        }
    }

    private Map<String, String> evidenceFields() {
        Map<String, String> fields = new HashMap<>();
        fields.put("evidence", "evidence:participants");
        for (int i = 0; i < achievements.size(); i++) {
            fields.put("evidence.achievements." + achievements.get(i).getCode(), "evidence:achievements:" + i + ":files");
        }
        return fields;
    }

    /** The service's refusal as messages; beside a field in the page's words, as on the society's project page. */
    private void show(FacesContext context, RuntimeException e, Map<String, String> fields) {
        notice = null;
        for (RefusalMessages.Placed p : RefusalMessages.messages(e, language.getLocale(), RefusalMessages.Fields.of(fields))) {
            String hint = p.clientId() == null ? null : hint(p.clientId());
            context.addMessage(p.clientId(), hint == null ? p.message()
                    : new FacesMessage(FacesMessage.SEVERITY_ERROR, hint, hint));
        }
        context.validationFailed();
    }

    private String hint(String clientId) {
        if (clientId.startsWith("final:exceptions:")) {
            return texts.get("assess.exception.needed");
        }
        return switch (clientId) {
            case "received:item" -> texts.get("project.ledger.item.needed");
            case "received:amount" -> texts.get("project.ledger.amount.needed");
            default -> null;
        };
    }

    private String money(BigDecimal amount) {
        return texts.money(amount);
    }

    // ---- for the page ----

    public boolean isMidTermDue() {
        return stateCode == ApplicationState.APPROVED;
    }

    public boolean isFinalDue() {
        return stateCode == ApplicationState.FINAL_REPORT_FILED;
    }

    public boolean isFunded() {
        return stateCode == ApplicationState.FUNDED;
    }

    public List<FileRow> getEvidenceFiles() {
        return files.stream().filter(FileRow::evidence).toList();
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

    public String getTitle() {
        return title;
    }

    public String getSociety() {
        return society;
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

    public List<String> getResults() {
        return results;
    }

    public List<ReportRow> getReports() {
        return reports;
    }

    public List<FileRow> getFiles() {
        return files;
    }

    public List<LineRow> getLines() {
        return lines;
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

    public Boolean getMidTermPassed() {
        return midTermPassed;
    }

    public void setMidTermPassed(Boolean midTermPassed) {
        this.midTermPassed = midTermPassed;
    }

    public String getMidTermNote() {
        return midTermNote;
    }

    public void setMidTermNote(String midTermNote) {
        this.midTermNote = midTermNote;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getForeignParticipants() {
        return foreignParticipants;
    }

    public void setForeignParticipants(Integer foreignParticipants) {
        this.foreignParticipants = foreignParticipants;
    }

    public Integer getCountries() {
        return countries;
    }

    public void setCountries(Integer countries) {
        this.countries = countries;
    }

    public Integer getProposals() {
        return proposals;
    }

    public void setProposals(Integer proposals) {
        this.proposals = proposals;
    }

    public List<AchievementRow> getAchievements() {
        return achievements;
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public List<ExceptionRow> getExceptions() {
        return exceptions;
    }

    public Boolean getFinalPassed() {
        return finalPassed;
    }

    public void setFinalPassed(Boolean finalPassed) {
        this.finalPassed = finalPassed;
    }

    public String getFinalNote() {
        return finalNote;
    }

    public void setFinalNote(String finalNote) {
        this.finalNote = finalNote;
    }

    public String getReceivedItem() {
        return receivedItem;
    }

    public void setReceivedItem(String receivedItem) {
        this.receivedItem = receivedItem;
    }

    public BigDecimal getReceivedAmount() {
        return receivedAmount;
    }

    public void setReceivedAmount(BigDecimal receivedAmount) {
        this.receivedAmount = receivedAmount;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
