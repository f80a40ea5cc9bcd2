package cn.jast.plan.web.review.faces;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.ReviewCriterion;
import cn.jast.plan.domain.review.ExpertScore;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.review.ReviewService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One assigned application (expert/review.xhtml?id=…): its content as the plan year's form shows it,
 * the expert's score sheet with the plan year's criteria, weights and ranges, and the declaration of a
 * conflict of interest. Everything comes from ReviewService: an application that is not assigned to the
 * caller is not found, a bad sheet is refused by the service and each bad criterion is shown beside its
 * field, a declaration takes the assignment away. Only the caller's own sheet is ever shown.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** One criterion of the sheet with the expert's score (null until given). */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String label;
        private final String weight;
        private final String max;
        private BigDecimal score;

        CriterionRow(String code, String label, String weight, String max, BigDecimal score) {
            this.code = code;
            this.label = label;
            this.weight = weight;
            this.max = max;
            this.score = score;
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public String getWeight() {
            return weight;
        }

        public String getMax() {
            return max;
        }

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }
    }

    private String id;
    private boolean loaded;
    private boolean found;
    private String title;
    private String category;
    private String applicant;
    private String state;
    private boolean scorable;
    private String submittedAt;
    private List<ContentText.Section> sections = List.of();
    private List<CriterionRow> criteria = new ArrayList<>();
    private boolean overallOnly;
    private String overallMax;
    private BigDecimal overall;
    private String comment;
    private String ownTotal;
    private String ownAt;
    private String scaleMax;
    private String reason;

    /** Reads the assignment (f:viewAction); an id not assigned to the caller shows "not found". */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        ReviewService.Assignment a = id == null ? null : reviews.myAssignments().stream()
                .filter(x -> x.application().id().value().equals(id)).findFirst().orElse(null);
        if (a == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.get("review.notFound"), ""));
            return;
        }
        found = true;
        read(a);
    }

    private void read(ReviewService.Assignment a) {
        Application app = a.application();
        PlanYear plan = plans.plan(app.planYear());
        title = app.content().title();
        category = new ReviewsPage.Categories(plan, language).of(app);
        applicant = a.applicantVisible() ? app.society().value() : null;
        state = texts.get("state." + app.state().name());
        scorable = app.state() == ApplicationState.UNDER_REVIEW;
        submittedAt = app.submittedAt() == null ? null : zoned(app.submittedAt(), plan);
        sections = plan.form(app.category(), app.subProject())
                .map(f -> new ContentText(ContentText.Words.of(language, texts)).sections(f, app.content())).orElse(List.of());
        scaleMax = plain(plan.review().maxScore());
        List<ReviewCriterion> cs = plan.management().review().criteria();
        overallOnly = cs.isEmpty();
        overallMax = scaleMax;
        criteria = new ArrayList<>();
        for (ReviewCriterion c : cs) {
            criteria.add(new CriterionRow(c.code(), language.text(c.name()), plain(c.weight()), plain(c.maxScore()),
                    a.ownCriteria().get(c.code())));
        }
        ExpertScore own = a.ownScore().orElse(null);
        overall = overallOnly && own != null ? own.score() : null;
        comment = own == null ? null : own.comment();
        ownTotal = own == null ? null : own.score().toPlainString();
        ownAt = own == null ? null : zoned(own.at(), plan);
    }

    /** Hands the sheet to ReviewService.score; what it refuses is shown beside each criterion it names. */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        for (CriterionRow r : criteria) {
            if (r.score != null) {
                given.put(r.code, r.score);
            }
        }
        try {
            ExpertScore s = reviews.score(id, overallOnly ? overall : null, overallOnly ? null : given, comment);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.format("review.saved", s.score().toPlainString(), scaleMax), ""));
            reviews.myAssignments().stream().filter(x -> x.application().id().value().equals(id)).findFirst()
                    .ifPresent(this::read);
        } catch (RuntimeException e) {
            showRefusal(context, e, scoreFields());
        }
    }

    /** Declares a conflict of interest (ReviewService.decline): the assignment is gone, back to the list. */
    public String decline() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            reviews.decline(id, reason);
        } catch (RuntimeException e) {
            showRefusal(context, e, Map.of("reason", "decline:reason"));
            return null;
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.format("review.declined", id), ""));
        return "/expert/index?faces-redirect=true";
    }

    /** The field paths the service names (criteria.GOALS, score) to the sheet's inputs. */
    private Map<String, String> scoreFields() {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            fields.put("criteria." + criteria.get(i).code, "sheet:criteria:" + i + ":score");
        }
        fields.put("score", "sheet:overall");
        fields.put("comment", "sheet:comment");
        return fields;
    }

    /**
     * The service's refusal as messages. Beside a field, the words are the page's (the service's
     * detail for a field is English): the range the plan year sets for that criterion, or what the
     * field needs; the service alone decided that it is wrong.
     */
    private void showRefusal(FacesContext context, RuntimeException e, Map<String, String> fields) {
        List<RefusalMessages.Placed> placed = RefusalMessages.messages(e, language.getLocale(),
                RefusalMessages.Fields.of(fields));
        Map<String, String> hints = new HashMap<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow r = criteria.get(i);
            hints.put("sheet:criteria:" + i + ":score", texts.format("review.score.range", r.label, r.max));
        }
        hints.put("sheet:overall", texts.format("review.score.range", texts.get("review.overall"), overallMax));
        hints.put("decline:reason", texts.get("review.reason.required"));
        boolean invalid = e instanceof InvalidInput;
        for (RefusalMessages.Placed p : placed) {
            String hint = p.clientId() == null ? null : hints.get(p.clientId());
            FacesMessage m = hint == null ? p.message()
                    : new FacesMessage(FacesMessage.SEVERITY_ERROR, hint, hint);
            context.addMessage(p.clientId(), m);
        }
        if (invalid) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("review.fix"), ""));
        }
        context.validationFailed();
    }

    /** An instant in the plan's zone with the zone said (Beijing time, UTC+08:00). */
    private String zoned(java.time.Instant at, PlanYear plan) {
        return texts.format("time.zoned", texts.dateTime(at, plan), plan.zone().getRules().getOffset(at).getId());
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
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

    public String getCategory() {
        return category;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getState() {
        return state;
    }

    public boolean isScorable() {
        return scorable;
    }

    public String getSubmittedAt() {
        return submittedAt;
    }

    public List<ContentText.Section> getSections() {
        return sections;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public boolean isOverallOnly() {
        return overallOnly;
    }

    public String getOverallMax() {
        return overallMax;
    }

    public BigDecimal getOverall() {
        return overall;
    }

    public void setOverall(BigDecimal overall) {
        this.overall = overall;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getOwnTotal() {
        return ownTotal;
    }

    public String getOwnAt() {
        return ownAt;
    }

    public String getScaleMax() {
        return scaleMax;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
