package cn.jast.plan.web.office.faces;

import java.io.Serializable;
import java.util.Map;

import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.web.application.PaperCopyRecorded;
import cn.jast.plan.web.application.PaperCopyService;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.office.SubmissionRow;
import cn.jast.plan.web.office.SubmissionsExport;
import cn.jast.plan.web.office.SubmissionsService;
import cn.jast.plan.web.plan.PlanDeadlines;
import cn.jast.plan.web.refusal.Conflict;
import cn.jast.plan.web.refusal.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Paper copies (office/paper.xhtml, V.1, V.2): the office scans the QR code printed on the 申报书 — a
 * hand scanner types the QR's text, the 64 hexadecimal digits of the fingerprint, into the field and
 * presses Enter — or types the fingerprint; {@link PaperCopyService#record} decides, and the outcome is
 * shown at once: matched (which application), no submitted application with that fingerprint, or
 * refused with the domain's reason (late, after the plan's paper deadline; already recorded; withdrawn).
 * Below, the submitted applications whose copy is still missing, with the time left to the deadline.
 */
@Named
@ViewScoped
public class OfficePaper implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PaperCopyService paperCopies;

    @Inject
    SubmissionsService submissions;

    @Inject
    PlanDeadlines deadlines;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** What the last scan came to: {@code matched}, {@code noMatch} or {@code refused}. */
    public record Outcome(String kind, String headline, String detail, String applicationId, String fingerprint)
            implements Serializable {
    }

    private int year;
    private SubmissionsModel missing;
    private String scan;
    private Outcome outcome;

    @PostConstruct
    void init() {
        year = deadlines.now().map(d -> d.plan().year()).orElseThrow();
        missing = new SubmissionsModel(submissions, year, ApplicationState.SUBMITTED, "submittedAt");
    }

    /** Hands the scanned or typed text to the service and shows what it says. */
    public void record() {
        FacesContext context = FacesContext.getCurrentInstance();
        String printed = scan == null ? "" : scan.strip();
        outcome = null;
        try {
            PaperCopyRecorded r = paperCopies.record(printed, null);
            SubmissionRow row = submissions.row(r.applicationId()).orElse(null);
            outcome = new Outcome("matched", texts.format("office.paper.matched", r.applicationId()),
                    row == null ? "" : describe(row), r.applicationId(), r.printedFingerprint());
            scan = null;
        } catch (PaperCopyService.RefusedCopy e) {
            SubmissionRow row = submissions.row(e.applicationId()).orElse(null);
            String reason = e.transition().map(t -> language.text(t.reason())).orElse(e.getMessage());
            outcome = new Outcome("refused", texts.format("office.paper.refused", e.applicationId(), reason),
                    row == null ? "" : describe(row), e.applicationId(), printed);
            scan = null;
        } catch (Conflict e) {
            if (!e.nothingMatches()) {
                RefusalMessages.show(context, e, RefusalMessages.Fields.none());
                return;
            }
            outcome = new Outcome("noMatch", texts.get("office.paper.noMatch"), texts.get("office.paper.noMatch.hint"),
                    null, printed);
            scan = null;
        } catch (InvalidInput e) {
            context.addMessage("paper:scan", new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, texts.get("office.paper.invalid"),
                    texts.get("office.paper.invalid")));
            context.validationFailed();
        } catch (RuntimeException e) {
            if (!RefusalMessages.isRefusal(e)) {
                throw e;
            }
            RefusalMessages.show(context, e, RefusalMessages.Fields.of(Map.of("fingerprint", "paper:scan")));
        }
    }

    private String describe(SubmissionRow row) {
        return texts.format("office.paper.which", row.title(), row.societyName(), row.societyCode(),
                SubmissionsExport.category(plan(), row.category(), row.subProject(), language.getLocale()),
                texts.get("state." + row.state().name()));
    }

    private PlanYear plan() {
        return deadlines.now().orElseThrow().plan();
    }

    public PlanDeadlines.TimeLeft getPaperLeft() {
        return deadlines.now().orElseThrow().paper();
    }

    public String getPaperDeadline() {
        PlanYear plan = plan();
        java.time.Instant at = plan.window().paperCopyDeadline();
        return texts.format("time.zoned", texts.dateTime(at, plan), plan.zone().getRules().getOffset(at).getId());
    }

    public String getPaperLeftText() {
        PlanDeadlines.TimeLeft t = getPaperLeft();
        return t.passed() ? texts.get("office.deadline.passed")
                : texts.format("office.deadline.left", t.days(), t.hours(), t.minutes());
    }

    public String category(SubmissionRow row) {
        return SubmissionsExport.category(plan(), row.category(), row.subProject(), language.getLocale());
    }

    public String at(java.time.Instant at) {
        return at == null ? "" : texts.dateTime(at, plan());
    }

    public int getYear() {
        return year;
    }

    public SubmissionsModel getMissing() {
        return missing;
    }

    public String getScan() {
        return scan;
    }

    public void setScan(String scan) {
        this.scan = scan;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
