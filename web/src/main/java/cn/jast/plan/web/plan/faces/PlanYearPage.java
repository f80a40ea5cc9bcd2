package cn.jast.plan.web.plan.faces;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The office's plan-year page (office/plan.xhtml): the plan-year files stored, each to download; an upload of
 * a corrected or the next year's file, which {@link PlanService#preview} reads and compares (the strict
 * reader's problem with its line, column and field; or the changes against the stored version and, once the
 * window has opened, each submitted application whose outcome it would change); then {@link PlanService#store},
 * whose refusal is shown as the service words it. The bean keeps the uploaded text between the two steps and
 * decides nothing.
 */
@Named
@ViewScoped
public class PlanYearPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** A stored file as the page lists it. */
    public record Stored(int year, String title, String fileName, long version, String sha256, String storedAt,
                         String storedBy) implements Serializable {
    }

    /** Where the reader stopped in the uploaded file. */
    public record Problem(String fileName, int line, int column, String field, String problem) implements Serializable {
    }

    /** One difference against the stored version, its kind in the page's words. */
    public record Change(String what, String key, String before, String after) implements Serializable {
    }

    /** What the uploaded file would do. */
    public record Preview(String fileName, int year, String title, String sha256, boolean newYear, Long storedVersion,
                          String storedSha256, boolean sameAsStored, boolean windowOpen, List<String> changedOutcomes,
                          List<Change> changes) implements Serializable {
        public boolean isStorable() {
            return changedOutcomes.isEmpty();
        }
    }

    private List<Stored> stored = List.of();
    private Problem problem;
    private Preview preview;
    private String text;
    private String lastStored;

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        stored = plans.stored().stream().map(s -> new Stored(s.year(), language.text(s.title()), s.fileName(),
                s.version(), s.sha256(), texts.dateTime(s.storedAt(), plans.plan(s.year())), s.storedBy())).toList();
    }

    /** p:fileUpload: reads the file and previews it, storing nothing. */
    public void upload(FileUploadEvent event) {
        FacesContext context = FacesContext.getCurrentInstance();
        UploadedFile file = event.getFile();
        problem = null;
        preview = null;
        text = null;
        lastStored = null;
        String name = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            String read = plans.text(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, plans.maxFileBytes() + 1)));
            PlanService.Preview p = plans.preview(null, read);
            PlanYear plan = p.plan();
            preview = new Preview(name, plan.year(), language.text(plan.title()), p.sha256(), p.newYear(),
                    p.storedVersion(), p.storedSha256(), p.sameAsStored(), p.windowOpen(), p.changedOutcomes(),
                    p.changes().changes().stream().map(c -> new Change(what(c.what()), c.key(), c.before(), c.after()))
                            .toList());
            text = read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInput e) {
            Optional<PlanService.FileProblem> where = e.errors().stream().map(PlanService.FileProblem::of)
                    .flatMap(Optional::stream).findFirst();
            if (where.isPresent()) {
                PlanService.FileProblem w = where.get();
                problem = new Problem(name, w.line(), w.column(), w.field(), w.problem());
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("plan.problem.summary"),
                        texts.format("plan.problem.where", w.line(), w.column(), w.field())));
                context.validationFailed();
            } else {
                FieldError f = e.errors().get(0);
                problem = new Problem(name, 0, 0, f.field(), f.message());
                RefusalMessages.show(context, e, RefusalMessages.Fields.none());
            }
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
        }
    }

    /** Stores the previewed file; a refusal (the window has opened and an outcome would change) as the service words it. */
    public void store() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (preview == null || text == null) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get("plan.store.nothing"), ""));
            return;
        }
        try {
            PlanService.Correction c = plans.store(preview.year(), text,
                    preview.storedSha256() == null ? "" : preview.storedSha256());
            lastStored = texts.format("plan.store.done", String.valueOf(c.plan().year()), c.version(), c.sha256());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, lastStored, ""));
            preview = null;
            text = null;
            refresh();
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
        }
    }

    /** Leaves the previewed file without storing it. */
    public void discard() {
        preview = null;
        text = null;
        problem = null;
    }

    private String what(String what) {
        String key = "plan.change." + what;
        return texts.bundle().containsKey(key) ? texts.get(key) : what;
    }

    /** The largest file taken, in the page's words (bytes and KiB). */
    public String getSizeLimit() {
        long bytes = plans.maxFileBytes();
        return texts.format("plan.upload.limit", bytes / 1024, bytes);
    }

    public long getMaxBytes() {
        return plans.maxFileBytes();
    }

    public List<Stored> getStored() {
        return stored;
    }

    public Problem getProblem() {
        return problem;
    }

    public Preview getPreview() {
        return preview;
    }

    public String getLastStored() {
        return lastStored;
    }
}
