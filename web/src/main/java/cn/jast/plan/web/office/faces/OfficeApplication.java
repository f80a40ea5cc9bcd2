package cn.jast.plan.web.office.faces;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.form.FieldDefinition;
import cn.jast.plan.domain.form.FieldType;
import cn.jast.plan.domain.form.SectionDefinition;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.web.application.Revision;
import cn.jast.plan.web.application.Attachment;
import cn.jast.plan.web.audit.LogEntry;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.office.ApplicationFileService;
import cn.jast.plan.web.office.SubmissionsExport;
import cn.jast.plan.web.refusal.NotFound;
import cn.jast.plan.web.review.faces.ContentText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One application's whole file for the office (office/application.xhtml?id=…), from
 * {@link ApplicationFileService}: the facts, the content as the plan year's form shows it
 * ({@link ContentText}, as the expert's page), the attachments with SHA-256, size and download, what
 * the submission rules say at the submission instant, the paper copies received, the saved versions
 * and the audit entries. Everything a society typed is shown through Faces' escaping.
 */
@Named
@ViewScoped
public class OfficeApplication implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationFileService files;

    @Inject
    Texts texts;

    @Inject
    Language language;

    public record Fact(String key, String label, String value) implements Serializable {
    }

    public record AttachmentLine(String id, String kind, String fileName, String size, long bytes, String sha256,
                                 String storedAt) implements Serializable {
    }

    public record RuleLine(String rule, String clause, String message) implements Serializable {
    }

    public record RevisionLine(int number, String savedAt, String savedBy) implements Serializable {
    }

    public record PaperLine(String receivedAt, String fingerprint, boolean matched, String note, String recordedBy)
            implements Serializable {
    }

    public record AuditLine(long seq, String at, String actor, String action, String hash) implements Serializable {
    }

    private String id;
    private boolean loaded;
    private boolean found;
    private String title;
    private String state;
    private boolean submitted;
    private List<Fact> facts = List.of();
    private List<ContentText.Section> sections = List.of();
    private List<AttachmentLine> attachments = List.of();
    private List<RuleLine> violations = List.of();
    private List<RuleLine> warnings = List.of();
    private List<RevisionLine> revisions = List.of();
    private List<PaperLine> paperCopies = List.of();
    private List<AuditLine> audit = List.of();

    /** Reads the file (f:viewAction); an unknown id says "not found". */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        FacesContext context = FacesContext.getCurrentInstance();
        ApplicationFileService.ApplicationFile file;
        try {
            file = files.file(id);
        } catch (NotFound e) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("office.app.notFound"), ""));
            return;
        } catch (RuntimeException e) {
            if (!RefusalMessages.isRefusal(e)) {
                throw e;
            }
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
            return;
        }
        found = true;
        Application a = file.application();
        PlanYear plan = file.plan();
        title = a.content().title();
        state = texts.get("state." + a.state().name());
        submitted = a.submittedAt() != null;
        List<Fact> f = new ArrayList<>();
        f.add(new Fact("id", texts.get("office.col.id"), a.id().value()));
        f.add(new Fact("society", texts.get("office.col.society"), file.society().name() + " (" + a.society().value() + ")"));
        f.add(new Fact("category", texts.get("office.col.category"),
                SubmissionsExport.category(plan, a.category(), a.subProject(), language.getLocale())));
        f.add(new Fact("state", texts.get("office.col.state"), state));
        f.add(new Fact("createdAt", texts.get("office.app.createdAt"), zoned(a.createdAt(), plan)));
        f.add(new Fact("submittedAt", texts.get("office.col.submittedAt"), zoned(a.submittedAt(), plan)));
        f.add(new Fact("paperCopyReceivedAt", texts.get("office.col.paperCopyReceivedAt"),
                zoned(a.paperCopyReceivedAt(), plan)));
        f.add(new Fact("fingerprint", texts.get("office.col.fingerprint"),
                a.fingerprint() == null ? texts.get("office.app.noFingerprint") : a.fingerprint().hex()));
        facts = List.copyOf(f);
        sections = plan.form(a.category(), a.subProject())
                .map(form -> new ContentText(ContentText.Words.of(language, texts)).sections(form, a.content())).orElse(List.of());
        List<AttachmentLine> at = new ArrayList<>();
        for (Attachment s : file.attachments()) {
            at.add(new AttachmentLine(s.id(), kindLabel(plan, a, s), s.fileName(), texts.size(s.size()), s.size(), s.sha256(),
                    zoned(s.storedAt(), plan)));
        }
        attachments = List.copyOf(at);
        if (file.evaluation() != null) {
            violations = file.evaluation().violations().stream().map(this::rule).toList();
            warnings = file.evaluation().warnings().stream().map(this::rule).toList();
        }
        List<RevisionLine> rs = new ArrayList<>();
        for (Revision r : file.revisions()) {
            rs.add(new RevisionLine(r.revision(), zoned(r.savedAt(), plan), r.savedBy()));
        }
        revisions = List.copyOf(rs);
        List<PaperLine> ps = new ArrayList<>();
        for (ApplicationFileService.PaperCopy r : file.paperCopies()) {
            ps.add(new PaperLine(zoned(r.receivedAt(), plan), r.printedFingerprint(), r.matched(), note(r.note()),
                    r.recordedBy()));
        }
        paperCopies = List.copyOf(ps);
        List<AuditLine> as = new ArrayList<>();
        for (LogEntry e : file.audit()) {
            as.add(new AuditLine(e.seq(), zoned(e.at(), plan), e.actor(), e.action(), e.hash()));
        }
        audit = List.copyOf(as);
    }

    private RuleLine rule(Violation v) {
        return new RuleLine(v.rule(), v.clause(), language.text(v.message()));
    }

    /** A refused receipt's note is kept as "中文 / English": the page's half. */
    private String note(String note) {
        if (note == null) {
            return null;
        }
        int slash = note.indexOf(" / ");
        if (slash < 0) {
            return note;
        }
        return language.isEnglish() ? note.substring(slash + 3) : note.substring(0, slash);
    }

    private String kindLabel(PlanYear plan, Application a, Attachment s) {
        if (s.isEvidence()) {
            return texts.get("office.app.evidence");
        }
        return plan.form(a.category(), a.subProject()).flatMap(form -> {
            for (SectionDefinition sec : form.sections()) {
                for (FieldDefinition fd : sec.fields()) {
                    if (fd.type() == FieldType.ATTACHMENT && fd.attachmentKind() != null
                            && fd.attachmentKind().name().equals(s.kind())) {
                        return java.util.Optional.of(language.text(fd.label()));
                    }
                }
            }
            return java.util.Optional.empty();
        }).orElse(s.kind());
    }

    private String zoned(Instant at, PlanYear plan) {
        if (at == null) {
            return texts.get("office.app.none");
        }
        return texts.format("time.zoned", texts.dateTime(at, plan), plan.zone().getRules().getOffset(at).getId());
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

    public String getState() {
        return state;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public List<Fact> getFacts() {
        return facts;
    }

    public List<ContentText.Section> getSections() {
        return sections;
    }

    public List<AttachmentLine> getAttachments() {
        return attachments;
    }

    public List<RuleLine> getViolations() {
        return violations;
    }

    public List<RuleLine> getWarnings() {
        return warnings;
    }

    public List<RevisionLine> getRevisions() {
        return revisions;
    }

    public List<PaperLine> getPaperCopies() {
        return paperCopies;
    }

    public List<AuditLine> getAudit() {
        return audit;
    }
}
