package cn.jast.plan.web.review.faces;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.faces.refusal.RefusalMessages;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.review.ReviewService;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The office's review (office/review.xhtml): start the review of the plan year; assign experts one by one (a
 * row's own choice) or in bulk (several applications × several experts), both through
 * {@link ReviewService#assignAll}, so a bulk step is all or nothing and names the pair it was refused for; the
 * conflicts of interest the recorded profiles give (REVIEW-COI-1..3) flagged on each application before anyone
 * assigns; scoring progress per application and per expert; an exception with its reason where an application
 * is ranked with fewer sheets than the plan year asks. The bean decides nothing: every refusal is the service's.
 */
@Named
@ViewScoped
public class OfficeReviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** A conflict found before assignment: the expert and the rules that refuse them, in the page's language. */
    public record Conflict(String expert, String rules) implements Serializable {
    }

    /** One application of the review as the table shows it. */
    public record Row(String id, String title, String category, String society, String state, List<String> assigned,
                      String declined, List<String> scoredBy, String sheets, boolean complete, String exception,
                      boolean crossCheckOpen, List<Conflict> conflicts, List<String> assignable, boolean underReview)
            implements Serializable {
        public boolean needsException() {
            return underReview && exception == null && !complete;
        }
    }

    /** One expert with the profile recorded for conflicts and the progress of this review. */
    public record ExpertRow(String expert, String societies, String workUnit, int assigned, int scored)
            implements Serializable {
    }

    private Integer year;
    private List<String> selectedApplications = new ArrayList<>();
    private List<String> selectedExperts = new ArrayList<>();
    private final Map<String, String> oneExpert = new HashMap<>();
    private String exceptionApplication;
    private String exceptionReason;
    private transient List<Row> rows;
    private transient List<ExpertRow> experts;
    private int required;

    public Integer getYear() {
        if (year == null) {
            year = plans.latest().year();
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Row> getRows() {
        load();
        return rows;
    }

    public List<ExpertRow> getExperts() {
        load();
        return experts;
    }

    public int getRequired() {
        load();
        return required;
    }

    /** Applications still short of sheets and without an exception: what the exception form offers. */
    public List<Row> getWithoutSheets() {
        return getRows().stream().filter(Row::needsException).toList();
    }

    public boolean isAnyPaperCopyRecorded() {
        return getRows().stream().anyMatch(r -> !r.underReview());
    }

    private void load() {
        if (rows != null) {
            return;
        }
        ReviewService.ReviewBoard board = reviews.board(getYear());
        required = board.required();
        expertNames = board.experts().stream().map(ReviewService.ExpertProgress::expert).toList();
        ReviewsPage.Categories categories = new ReviewsPage.Categories(plans.plan(getYear()), language);
        rows = board.applications().stream().map(p -> row(p, categories)).toList();
        experts = board.experts().stream().map(e -> new ExpertRow(e.expert(),
                String.join(texts.get("office.sep"), new java.util.TreeSet<>(e.profile().societies())),
                e.profile().workUnit() == null ? "" : e.profile().workUnit(), e.assigned(), e.scored())).toList();
    }

    private Row row(ReviewService.ApplicationProgress p, ReviewsPage.Categories categories) {
        Application a = p.application();
        List<Conflict> conflicts = p.conflicts().entrySet().stream().map(e -> new Conflict(e.getKey(),
                e.getValue().stream().map(this::rule).collect(Collectors.joining(texts.get("office.sep2"))))).toList();
        List<String> assignable = expertNames.stream()
                .filter(e -> !p.assigned().contains(e) && !p.declined().containsKey(e)).toList();
        String declined = p.declined().entrySet().stream()
                .map(e -> texts.format("office.review.declinedBy", e.getKey(), e.getValue()))
                .collect(Collectors.joining(texts.get("office.sep2")));
        return new Row(a.id().value(), a.content().title(), categories.of(a), p.societyName(),
                texts.get("state." + a.state().name()), p.assigned(), declined, p.scoredBy(),
                texts.format("office.review.sheets", p.scoredBy().size(), p.required()), p.complete(),
                p.exception().orElse(null), p.crossCheckOpen(), conflicts, assignable,
                a.state() == ApplicationState.UNDER_REVIEW);
    }

    private transient List<String> expertNames;

    private String rule(Violation v) {
        return texts.format("office.rule", v.rule(), v.clause(), language.text(v.message()));
    }

    /** Starts the review: paper copies recorded go to review, the others lapse (the service decides when). */
    public void startReview() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            ReviewService.ReviewStart start = reviews.startReview(getYear());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.format("office.review.started",
                    String.join(texts.get("office.sep"), start.underReview()), String.join(texts.get("office.sep"), start.lapsed()),
                    start.underReview().size(), start.lapsed().size()), ""));
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
        }
        reload();
    }

    /** Every selected application × every selected expert, or none. */
    public void assignSelected() {
        assign(selectedApplications, selectedExperts, true);
    }

    /** One row's expert to its application: the same service method as the bulk step. */
    public void assignOne(String applicationId) {
        String expert = oneExpert.get(applicationId);
        if (expert == null || expert.isBlank()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.format("office.review.chooseExpert", applicationId), ""));
            return;
        }
        assign(List.of(applicationId), List.of(expert), false);
    }

    private void assign(List<String> applications, List<String> expertsChosen, boolean bulk) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            List<ExpertAssignment> done = reviews.assignAll(getYear(), applications, expertsChosen);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.format("office.review.assigned",
                    done.size(), done.stream().map(a -> a.applicationId() + " × " + a.expert())
                            .collect(Collectors.joining(texts.get("office.sep")))), ""));
            if (bulk) {
                selectedApplications = new ArrayList<>();
                selectedExperts = new ArrayList<>();
            }
            oneExpert.clear();
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get(bulk ? "office.review.bulkRefused" : "office.review.oneRefused"), ""));
        }
        reload();
    }

    /** The office's exception for an application ranked with fewer sheets, with its reason. */
    public void recordException() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            reviews.recordException(exceptionApplication, exceptionReason);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.format("office.review.exceptionRecorded", exceptionApplication), ""));
            exceptionApplication = null;
            exceptionReason = null;
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.of(Map.of("reason", "exception:reason")));
        }
        reload();
    }

    private void reload() {
        rows = null;
        experts = null;
        expertNames = null;
    }

    public List<String> getSelectedApplications() {
        return selectedApplications;
    }

    public void setSelectedApplications(List<String> selectedApplications) {
        this.selectedApplications = selectedApplications == null ? new ArrayList<>() : selectedApplications;
    }

    public List<String> getSelectedExperts() {
        return selectedExperts;
    }

    public void setSelectedExperts(List<String> selectedExperts) {
        this.selectedExperts = selectedExperts == null ? new ArrayList<>() : selectedExperts;
    }

    public Map<String, String> getOneExpert() {
        return oneExpert;
    }

    public String getExceptionApplication() {
        return exceptionApplication;
    }

    public void setExceptionApplication(String exceptionApplication) {
        this.exceptionApplication = exceptionApplication;
    }

    public String getExceptionReason() {
        return exceptionReason;
    }

    public void setExceptionReason(String exceptionReason) {
        this.exceptionReason = exceptionReason;
    }
}
