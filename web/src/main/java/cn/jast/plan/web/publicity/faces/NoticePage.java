package cn.jast.plan.web.publicity.faces;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.publicity.NoticeKind;
import cn.jast.plan.domain.publicity.Objection;
import cn.jast.plan.domain.publicity.PublicityNotice;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.publicity.PublicityService;
import cn.jast.plan.web.refusal.Conflict;
import cn.jast.plan.web.refusal.NotFound;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One public notice (public/notice.xhtml?id=…), no login: its kind, period (Beijing time, working
 * days), the projects it lists, how to object, and while it runs the objection form (which project,
 * what and why, a contact). The objection goes to PublicityService.object, the same use case as the
 * REST API's, with its checks and its limit per address; what it refuses is shown beside the field it
 * names. Outside the period the form is not offered and the page says why.
 */
@Named
@ViewScoped
public class NoticePage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("applicationId", "objection:application",
            "text", "objection:text", "contact", "objection:contact");

    @Inject
    PublicityService publicity;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    @Inject
    Language language;


    /** A listed project as the public sees it; {@code result} only on an assessment-results notice. */
    public record Listed(String id, String title, String society, String category, String result)
            implements Serializable {
    }

    private String id;
    private boolean loaded;
    private boolean found;
    private String title;
    private String kind;
    private boolean results;
    private String period;
    private String status;
    private String window;
    private List<Listed> listed = List.of();
    private String applicationId;
    private String text;
    private String contact;
    private String lodged;

    /** Reads the notice (f:viewAction); an unknown id shows "not found". */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            read(publicity.notice(id));
            found = true;
        } catch (NotFound e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.get("notice.notFound"), ""));
        }
    }

    private void read(PublicityNotice n) {
        PlanYear plan = plans.plan(n.planYear());
        NoticeTexts words = new NoticeTexts(texts);
        title = n.title();
        kind = words.kind(n);
        results = n.kind() == NoticeKind.ASSESSMENT_RESULTS;
        period = words.period(n, plan);
        // the application's clock is produced unserializable: looked up here, never held by this view-scoped bean
        java.time.Instant now = CDI.current().select(Clock.class).get().instant();
        status = NoticeTexts.status(n, now).name();
        window = words.objectionWindow(n, plan, now);
        listed = publicity.listings(n).stream().map(l -> new Listed(l.application().id().value(),
                l.application().content().title(), l.societyName(), category(plan, l.application()),
                results ? result(l.application().state().name()) : null)).toList();
    }

    /**
     * The result a results notice announces, in words: the project's state once the result took effect
     * (funded, completed without funding, funding cancelled) still says passed or failed; a project whose
     * assessment an upheld objection reopened says so; any other state by its own name.
     */
    private String result(String state) {
        String key = "notice.result." + state;
        return texts.bundle().containsKey(key) ? texts.get(key) : texts.get("state." + state);
    }

    private String category(PlanYear plan, cn.jast.plan.domain.application.Application a) {
        String c = plan.category(a.category()).map(x -> language.text(x.name())).orElse(a.category());
        if (a.subProject() != null) {
            c = c + " · " + plan.subProject(a.subProject()).map(s -> language.text(s.name())).orElse(a.subProject());
        }
        return c;
    }

    /** Lodges the objection through PublicityService.object; its refusal beside the field it names. */
    public void object() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            Objection o = publicity.object(id, applicationId, text, contact);
            lodged = texts.format("notice.object.lodged", o.id(), o.applicationId());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, lodged, ""));
            applicationId = null;
            text = null;
            contact = null;
        } catch (Conflict e) {
            // the period ended while the form was open: say so in the page's words, and offer the form no more
            read(publicity.notice(id));
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("notice.object.refused"),
                    window));
            context.validationFailed();
        } catch (RuntimeException e) {
            List<RefusalMessages.Placed> placed = RefusalMessages.messages(e, language.getLocale(),
                    RefusalMessages.Fields.of(FIELDS));
            for (RefusalMessages.Placed p : placed) {
                // beside a field, the page's words for what the field needs (the service's detail is English)
                String hint = p.clientId() == null ? null : texts.get("notice.object.hint." + p.clientId()
                        .substring(p.clientId().indexOf(':') + 1));
                context.addMessage(p.clientId(), hint == null ? p.message()
                        : new FacesMessage(FacesMessage.SEVERITY_ERROR, hint, hint));
            }
            context.validationFailed();
        }
    }

    public boolean isRunning() {
        return "RUNNING".equals(status);
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

    public String getKind() {
        return kind;
    }

    public boolean isResults() {
        return results;
    }

    public String getPeriod() {
        return period;
    }

    public String getStatus() {
        return status;
    }

    public String getWindow() {
        return window;
    }

    public List<Listed> getListed() {
        return listed;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(String applicationId) {
        this.applicationId = applicationId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getLodged() {
        return lodged;
    }
}
