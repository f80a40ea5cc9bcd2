package cn.jast.plan.web.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.review.Allocation;
import cn.jast.plan.domain.review.AllocationOutcome;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.review.ExpertScore;
import cn.jast.plan.domain.review.ScoredApplication;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.review.AllocationRepository;
import cn.jast.plan.persistence.review.ReviewRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Review (评审): the office starts the review of a plan year (applications without a paper copy by the
 * deadline lapse), assigns experts; an expert scores only what is assigned to them, or declines for a
 * conflict of interest, and never sees another expert's score; the office allocates the places of each
 * quota group by the mean scores. Bulk steps complete entirely or change nothing (one transaction).
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    /** An assignment with the application, as an expert sees it. */
    public record Assignment(ExpertAssignment assignment, Application application, Optional<ExpertScore> ownScore) {
    }

    /** What starting the review did. */
    public record ReviewStart(List<String> underReview, List<String> lapsed) {
    }

    /** Starts the review: every paper-copy-recorded application goes to review, every unmatched one lapses. */
    public ReviewStart startReview(int year) {
        access.require(Roles.OFFICE);
        PlanYear plan = plans.plan(year);
        Instant now = clock.instant();
        if (plan.window().paperCopyInTime(now)) {
            throw Failures.conflict("The review starts after the paper-copy deadline "
                    + plan.window().inZone(plan.window().paperCopyDeadline()) + ".");
        }
        ApplicationRepository applications = new ApplicationRepository(em);
        List<String> lapsed = new ArrayList<>();
        List<String> reviewed = new ArrayList<>();
        List<AuditRecord> records = new ArrayList<>();
        for (Application a : applications.inState(year, ApplicationState.SUBMITTED)) {
            String before = AuditSnapshots.of(a);
            a.lapse(now, plan);
            lapsed.add(a.id().value());
            records.add(record(now, "application.lapse", a, before));
        }
        for (Application a : applications.inState(year, ApplicationState.PAPER_COPY_RECORDED)) {
            String before = AuditSnapshots.of(a);
            a.startReview();
            reviewed.add(a.id().value());
            records.add(record(now, "application.startReview", a, before));
        }
        em.flush();
        records.forEach(audit::append);
        return new ReviewStart(reviewed, lapsed);
    }

    /** The office assigns an expert account to an application under review (or about to be). */
    public ExpertAssignment assign(String applicationId, String expert) {
        Application a = access.forOffice(em, applicationId);
        if (a.state() != ApplicationState.UNDER_REVIEW && a.state() != ApplicationState.PAPER_COPY_RECORDED) {
            throw Failures.conflict("Experts are assigned to applications under review; this one is " + a.state() + ".");
        }
        boolean isExpert = expert != null && new AccountRepository(em).find(expert)
                .map(acc -> acc.hasRole(Role.EXPERT)).orElse(false);
        if (!isExpert) {
            throw Failures.invalid("expert", "must be the user name of an expert's account");
        }
        ReviewRepository reviews = new ReviewRepository(em);
        if (reviews.assignment(applicationId, expert).isPresent()) {
            throw Failures.conflict("The application is already assigned to " + expert + ".");
        }
        Instant now = clock.instant();
        ExpertAssignment assignment = new ExpertAssignment(applicationId, expert, now);
        reviews.assign(assignment);
        audit.record(now, "review.assign", "Application", applicationId,
                null, "{\"expert\":" + jsonString(expert) + "}");
        return assignment;
    }

    /** The expert declines an assignment (conflict of interest); they can no longer see or score it. */
    public void decline(String applicationId, String reason) {
        access.require(Roles.EXPERT);
        Application a = access.readable(em, applicationId);
        if (reason == null || reason.isBlank()) {
            throw Failures.invalid("reason", "must say why (e.g. the conflict of interest)");
        }
        Instant now = clock.instant();
        new ReviewRepository(em).decline(a.id().value(), access.actor(), reason, now);
        audit.record(now, "review.decline", "Application",
                a.id().value(), null, "{\"reason\":" + jsonString(reason) + "}");
    }

    /** The caller's (an expert's) assignments with the applications and their own scores. */
    public List<Assignment> myAssignments() {
        access.require(Roles.EXPERT);
        ReviewRepository reviews = new ReviewRepository(em);
        List<Assignment> mine = new ArrayList<>();
        for (ExpertAssignment a : reviews.assignedTo(access.actor())) {
            Application app = em.find(Application.class, a.applicationId());
            if (app != null) {
                mine.add(new Assignment(a, app, reviews.scoreRow(a.applicationId(), access.actor())
                        .map(r -> r.toDomain())));
            }
        }
        return mine;
    }

    /** The assigned expert scores (or re-scores) an application under review: 0 to the plan's maximum. */
    public ExpertScore score(String applicationId, BigDecimal score, String comment) {
        access.require(Roles.EXPERT);
        Application a = access.readable(em, applicationId);
        if (a.state() != ApplicationState.UNDER_REVIEW) {
            throw Failures.conflict("Only an application under review is scored; this one is " + a.state() + ".");
        }
        PlanYear plan = plans.plan(a.planYear());
        Instant now = clock.instant();
        ExpertScore s;
        try {
            s = ExpertScore.of(plan.review(), applicationId, access.actor(), score, comment, now);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Failures.invalid("score", "must be a number from 0 to " + plan.review().maxScore()
                    + " with at most two decimals");
        }
        new ReviewRepository(em).score(s);
        audit.record(now, "review.score", "Application", applicationId,
                null, "{\"expert\":" + jsonString(access.actor()) + ",\"score\":" + s.score().toPlainString() + "}");
        return s;
    }

    /** The office sees every score of an application; an assigned expert only their own. */
    public List<ExpertScore> scores(String applicationId) {
        access.require(Roles.OFFICE, Roles.EXPERT);
        Application a = access.readable(em, applicationId);
        List<ExpertScore> all = new ReviewRepository(em).scoresOf(a.id().value());
        if (access.user().isOffice()) {
            return all;
        }
        return all.stream().filter(s -> s.expert().equals(access.actor())).toList();
    }

    /**
     * Allocates the places of every quota group by the mean expert scores, stores the outcomes and
     * recommends (or not) each application under review; refused while any of them has no score.
     */
    public List<AllocationOutcome> allocate(int year) {
        access.require(Roles.OFFICE);
        PlanYear plan = plans.plan(year);
        ReviewRepository reviews = new ReviewRepository(em);
        List<Application> underReview = new ApplicationRepository(em).inState(year, ApplicationState.UNDER_REVIEW);
        if (underReview.isEmpty()) {
            throw Failures.conflict("No application of " + year + " is under review.");
        }
        List<ScoredApplication> scored = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        for (Application a : underReview) {
            List<ExpertScore> s = reviews.scoresOf(a.id().value());
            if (s.isEmpty()) {
                unscored.add(a.id().value());
            } else {
                scored.add(new ScoredApplication(a.id().value(), a.category(), a.subProject(),
                        ExpertScore.mean(s).doubleValue(), a.submittedAt()));
            }
        }
        if (!unscored.isEmpty()) {
            throw Failures.conflict("Every application under review needs at least one score before allocation; "
                    + "not scored: " + unscored);
        }
        Instant now = clock.instant();
        List<AllocationOutcome> outcomes = Allocation.allocate(plan, scored);
        new AllocationRepository(em).replace(year, outcomes, now);
        List<AuditRecord> records = new ArrayList<>();
        for (AllocationOutcome o : outcomes) {
            Application a = em.find(Application.class, o.applicationId());
            String before = AuditSnapshots.of(a);
            a.recommend(o.withinQuota(), now);
            records.add(record(now, o.withinQuota() ? "application.recommend" : "application.notRecommend", a, before));
        }
        em.flush();
        records.forEach(audit::append);
        return outcomes;
    }

    public List<AllocationOutcome> allocation(int year) {
        access.require(Roles.OFFICE);
        plans.plan(year);
        return new AllocationRepository(em).ofPlanYear(year);
    }

    private AuditRecord record(Instant at, String action, Application a, String before) {
        return new AuditRecord(at, access.actor(), action, "Application", a.id().value(), before,
                AuditSnapshots.of(a));
    }

    static String jsonString(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }
}
