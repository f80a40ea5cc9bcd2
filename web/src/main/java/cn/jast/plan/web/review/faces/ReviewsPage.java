package cn.jast.plan.web.review.faces;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.web.faces.Language;
import cn.jast.plan.web.faces.Texts;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.review.ReviewService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The expert's assignments (expert/index.xhtml): what ReviewService.myAssignments gives the logged-in
 * expert and nothing else — those still to score first, then those scored or past review, each with the
 * expert's own total. The applicant is shown only where the service says the plan year lets reviewers
 * see it.
 */
@Named
@ViewScoped
public class ReviewsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** One assignment as the list shows it; {@code applicant} is null in a blind review. */
    public record Row(String id, String title, String category, String applicant, String state, String ownScore,
                      boolean toScore) implements Serializable {
    }

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = reviews.myAssignments().stream().map(this::row)
                    .sorted(java.util.Comparator.comparing((Row r) -> !r.toScore()).thenComparing(Row::id)).toList();
        }
        return rows;
    }

    public List<Row> getToScore() {
        return getRows().stream().filter(Row::toScore).toList();
    }

    public List<Row> getOthers() {
        return getRows().stream().filter(r -> !r.toScore()).toList();
    }

    /** Whether the list shows an applicant column: only when the service let the expert see one. */
    public boolean isApplicantShown() {
        return getRows().stream().anyMatch(r -> r.applicant() != null);
    }

    private Row row(ReviewService.Assignment a) {
        Application app = a.application();
        return new Row(app.id().value(), app.content().title(), new Categories(plans.plan(app.planYear()), language).of(app),
                a.applicantVisible() ? app.society().value() : null, texts.get("state." + app.state().name()),
                a.ownScore().map(s -> s.score().toPlainString()).orElse(null),
                app.state() == ApplicationState.UNDER_REVIEW && a.ownScore().isEmpty());
    }

    /** The category (and sub-project) of an application by its name in the plan year, in the page's language. */
    record Categories(PlanYear plan, Language language) {
        String of(Application a) {
            return language.categoryOf(plan, a);
        }
    }
}
