package cn.jast.plan.web.review.faces;

import cn.jast.plan.domain.review.AllocationOutcome;
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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The ranking per quota group (office/ranking.xhtml) as ReviewService.allocation stored it (II.1 quotas, IV.2
 * 评审立项): the places within the quota, the quota line, the reserve list below it, each application's state
 * now and any exception the office recorded with its reason; what still holds allocation back
 * ({@code AllocationGate}, read from the review's progress); allocation as an action ({@link ReviewService#allocate}).
 */
@Named
@ViewScoped
public class RankingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService reviews;

    @Inject
    PlanService plans;

    @Inject
    Texts texts;

    @Inject
    Language language;

    /** One place of a group. */
    public record Place(int rank, String id, String title, String society, String score, String state,
                        int reservePosition, String exception) implements Serializable {
    }

    /** A quota group with its quota line. */
    public record Group(String key, String name, int quota, int size, List<Place> within, List<Place> reserve)
            implements Serializable {
    }

    /** An application under review that allocation still waits for, and why. */
    public record Waiting(String id, String title, String sheets, boolean crossCheckOpen) implements Serializable {
    }

    private Integer year;
    private transient List<Group> groups;
    private transient List<Waiting> waiting;

    public Integer getYear() {
        if (year == null) {
            year = plans.latest().year();
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Group> getGroups() {
        if (groups == null) {
            groups = reviews.ranking(getYear()).stream().map(this::group).toList();
        }
        return groups;
    }

    public List<Waiting> getWaiting() {
        if (waiting == null) {
            waiting = reviews.board(getYear()).applications().stream()
                    .filter(p -> p.application().state() == cn.jast.plan.domain.application.ApplicationState.UNDER_REVIEW)
                    .filter(p -> !p.complete() || p.crossCheckOpen())
                    .map(p -> new Waiting(p.application().id().value(), p.application().content().title(),
                            texts.format("office.review.sheets", p.scoredBy().size(), p.required()),
                            p.crossCheckOpen())).toList();
        }
        return waiting;
    }

    public long getUnderReview() {
        return reviews.board(getYear()).applications().stream()
                .filter(p -> p.application().state() == cn.jast.plan.domain.application.ApplicationState.UNDER_REVIEW)
                .count();
    }

    private Group group(ReviewService.GroupRanking g) {
        int size = g.ranked().size();
        return new Group(g.group().key(), language.text(g.group().name()), g.group().quota(), size,
                g.withinQuota().stream().map(this::place).toList(), g.reserve().stream().map(this::place).toList());
    }

    private Place place(ReviewService.Ranked r) {
        AllocationOutcome o = r.outcome();
        return new Place(o.rank(), o.applicationId(), r.application().content().title(), r.societyName(),
                BigDecimal.valueOf(o.score()).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                texts.get("state." + r.application().state().name()), o.reservePosition(), r.exception().orElse(null));
    }

    /** Allocates the places of every quota group the applications under review belong to. */
    public void allocate() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            List<AllocationOutcome> outcomes = reviews.allocate(getYear());
            long within = outcomes.stream().filter(AllocationOutcome::withinQuota).count();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.format("office.ranking.allocated", outcomes.size(), within, outcomes.size() - within), ""));
        } catch (RuntimeException e) {
            RefusalMessages.show(context, e, RefusalMessages.Fields.none());
        }
        groups = null;
        waiting = null;
    }
}
