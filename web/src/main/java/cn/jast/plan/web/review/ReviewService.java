package cn.jast.plan.web.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.exchange.JsonWriter;
import cn.jast.plan.domain.kechuang.KechuangCrossCheck;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.review.Allocation;
import cn.jast.plan.domain.review.AllocationOutcome;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.review.ExpertScore;
import cn.jast.plan.domain.review.AllocationGate;
import cn.jast.plan.domain.review.AssignmentContext;
import cn.jast.plan.domain.review.AssignmentRules;
import cn.jast.plan.domain.review.ReviewScoring;
import cn.jast.plan.domain.review.ReviewerProfile;
import cn.jast.plan.domain.review.ScoreSheet;
import cn.jast.plan.domain.review.ScoredApplication;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.review.ExpertScoreRow;
import cn.jast.plan.persistence.review.ReviewExceptionRow;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.kechuang.KechuangRepository;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.review.AllocationRepository;
import cn.jast.plan.persistence.review.ReviewRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.refusal.InvalidInput;
import cn.jast.plan.web.refusal.RefusedByRules;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.notification.Notifications;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Review (评审): the office starts the review of a plan year (applications without a paper copy by the
 * deadline lapse), assigns experts; an expert scores only what is assigned to them, or declines for a
 * conflict of interest, and never sees another expert's score; the office allocates the places of each
 * quota group by the mean scores. Bulk steps complete entirely or change nothing (one transaction). An
 * application found on the 科创江苏 list waits for the office's decision (LIMIT-5): no assignment, no score, no
 * allocation until then.
 */
@ApplicationScoped
@Transactional
public class ReviewService {
    /** Looked up once: each of jakarta.json.Json's static methods looks the provider up again (a class-path scan). */
    private static final JsonProvider JSON = JsonProvider.provider();

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

    @Inject
    Notifications notifications;

    /**
     * An assignment with the application, as an expert sees it; {@code applicantVisible} is the plan year's
     * choice whether reviewers see who applies.
     */
    public record Assignment(ExpertAssignment assignment, Application application, Optional<ExpertScore> ownScore,
                             java.util.Map<String, BigDecimal> ownCriteria, boolean applicantVisible) {
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
        AuditTrail.Batch records = audit.batch(now);
        for (Application a : applications.inState(year, ApplicationState.SUBMITTED)) {
            String before = AuditSnapshots.of(a);
            a.lapse(now, plan);
            lapsed.add(a.id().value());
            records.add("application.lapse", "Application", a.id().value(), before, AuditSnapshots.of(a));
        }
        for (Application a : applications.inState(year, ApplicationState.PAPER_COPY_RECORDED)) {
            String before = AuditSnapshots.of(a);
            a.startReview();
            reviewed.add(a.id().value());
            records.add("application.startReview", "Application", a.id().value(), before, AuditSnapshots.of(a));
        }
        em.flush();
        records.write();
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
        refuseWhileOnKechuangList(a);
        ReviewRepository reviews = new ReviewRepository(em);
        if (reviews.assignment(applicationId, expert).isPresent()) {
            throw Failures.conflict("The application is already assigned to " + expert + ".");
        }
        Society society = em.find(Society.class, a.society().value());
        Evaluation conflicts = AssignmentRules.evaluate(new AssignmentContext(plans.plan(a.planYear()),
                reviews.profileOf(expert), applicationId, a.society().value(), society == null ? null : society.name()));
        if (!conflicts.admissible()) {
            // REVIEW-COI-1..3 refuse the expert (422 with the rules); the office assigns another
            throw new RefusedByRules(conflicts.violations());
        }
        Instant now = clock.instant();
        ExpertAssignment assignment = new ExpertAssignment(applicationId, expert, now);
        reviews.assign(assignment);
        audit.record(now, "review.assign", "Application", applicationId,
                null, "{\"expert\":" + jsonString(expert) + "}");
        // Queued in the assignment's transaction (and undone with it when a bulk assignment is refused).
        notifications.toAccount(expert, "ASSIGNMENT", "assignment:" + applicationId, a.content().title(), applicationId);
        return assignment;
    }

    /**
     * Assigns every one of {@code experts} to every one of {@code applicationIds} of the plan year, each pair as
     * {@link #assign} does (REVIEW-COI-1..3, IV.2; LIMIT-5, II.3.5), in one transaction: all of them, or — when
     * any pair is refused — none, and the refusal names that pair ({@link cn.jast.plan.web.refusal.Refusal#about}).
     * A pair already assigned is refused like a single assignment (409). REST and the office's page both call it.
     */
    public List<ExpertAssignment> assignAll(int year, List<String> applicationIds, List<String> experts) {
        access.require(Roles.OFFICE);
        plans.plan(year);
        if (applicationIds == null || applicationIds.stream().allMatch(x -> x == null || x.isBlank())) {
            throw Failures.invalid("applications", "must name at least one application");
        }
        if (experts == null || experts.stream().allMatch(x -> x == null || x.isBlank())) {
            throw Failures.invalid("experts", "must name at least one expert");
        }
        List<ExpertAssignment> done = new ArrayList<>();
        for (String applicationId : new java.util.LinkedHashSet<>(applicationIds)) {
            for (String expert : new java.util.LinkedHashSet<>(experts)) {
                String item = applicationId + " × " + expert;
                try {
                    Application a = access.forOffice(em, applicationId);
                    if (a.planYear() != year) {
                        throw Failures.notFound("application " + applicationId + " of " + year);
                    }
                    done.add(assign(applicationId, expert));
                } catch (cn.jast.plan.web.refusal.Refusal r) {
                    // the transaction rolls back: the pairs assigned before this one are undone
                    throw r.about(item);
                } catch (cn.jast.plan.domain.application.TransitionRefused t) {
                    throw Failures.conflict(t.reason().en()).about(item);
                }
            }
        }
        return done;
    }

    /** An expert account as the office's review page shows it: the recorded profile and the progress of the year. */
    public record ExpertProgress(String expert, ReviewerProfile profile, int assigned, int scored) {
    }

    /**
     * One application of the review as the office follows it: the experts assigned (declined ones apart, with
     * their reasons), who has scored, the sheets the plan year asks ({@code review.expertsPerApplication}), the
     * office's exception, an open 科创江苏 flag (LIMIT-5), and for every other expert the conflicts of interest
     * REVIEW-COI-1..3 find before anyone assigns them.
     */
    public record ApplicationProgress(Application application, String societyName, List<String> assigned,
                                      java.util.Map<String, String> declined, List<String> scoredBy, int required,
                                      Optional<String> exception, boolean crossCheckOpen,
                                      java.util.Map<String, List<cn.jast.plan.domain.rules.Violation>> conflicts) {
        /** Every sheet the plan year asks is in, or the office recorded an exception. */
        public boolean complete() {
            return scoredBy.size() >= required || (exception.isPresent() && !scoredBy.isEmpty());
        }
    }

    /** The review of a plan year: applications with a paper copy or under review, and every expert's progress. */
    public record ReviewBoard(int year, int required, List<ApplicationProgress> applications,
                              List<ExpertProgress> experts) {
    }

    /** What the office's review page shows: reads only. */
    public ReviewBoard board(int year) {
        access.require(Roles.OFFICE);
        PlanYear plan = plans.plan(year);
        ReviewRepository reviews = new ReviewRepository(em);
        KechuangRepository kechuang = new KechuangRepository(em);
        List<String> experts = new AccountRepository(em).all().stream().filter(acc -> acc.hasRole(Role.EXPERT))
                .map(acc -> acc.username()).sorted().toList();
        java.util.Map<String, ReviewerProfile> profiles = new java.util.LinkedHashMap<>();
        experts.forEach(e -> profiles.put(e, reviews.profileOf(e)));
        ApplicationRepository applications = new ApplicationRepository(em);
        List<Application> inReview = new ArrayList<>(applications.inState(year, ApplicationState.PAPER_COPY_RECORDED));
        inReview.addAll(applications.inState(year, ApplicationState.UNDER_REVIEW));
        inReview.sort(java.util.Comparator.comparing(a -> a.id().value()));
        java.util.Map<String, int[]> counts = new java.util.HashMap<>();
        List<ApplicationProgress> rows = new ArrayList<>();
        for (Application a : inReview) {
            String id = a.id().value();
            List<String> assigned = new ArrayList<>();
            java.util.Map<String, String> declined = new java.util.TreeMap<>();
            for (var row : reviews.assignmentsOf(id)) {
                if (row.declined()) {
                    declined.put(row.toDomain().expert(), row.declineReason());
                } else {
                    assigned.add(row.toDomain().expert());
                }
            }
            List<String> scoredBy = reviews.scoresOf(id).stream().map(ExpertScore::expert).sorted().toList();
            for (String e : assigned) {
                int[] c = counts.computeIfAbsent(e, k -> new int[2]);
                c[0]++;
                if (scoredBy.contains(e)) {
                    c[1]++;
                }
            }
            Society society = em.find(Society.class, a.society().value());
            String societyName = society == null ? a.society().value() : society.name();
            java.util.Map<String, List<cn.jast.plan.domain.rules.Violation>> conflicts = new java.util.TreeMap<>();
            for (String e : experts) {
                if (!assigned.contains(e) && !declined.containsKey(e)) {
                    Evaluation ev = AssignmentRules.evaluate(new AssignmentContext(plan, profiles.get(e), id,
                            a.society().value(), society == null ? null : society.name()));
                    if (!ev.admissible()) {
                        conflicts.put(e, ev.violations());
                    }
                }
            }
            rows.add(new ApplicationProgress(a, societyName, assigned, declined, scoredBy,
                    plan.review().expertsPerApplication(), reviews.exceptionOf(id).map(ReviewExceptionRow::reason),
                    kechuang.blocksReview(id), conflicts));
        }
        List<ExpertProgress> progress = experts.stream().map(e -> new ExpertProgress(e, profiles.get(e),
                counts.getOrDefault(e, new int[2])[0], counts.getOrDefault(e, new int[2])[1])).toList();
        return new ReviewBoard(year, plan.review().expertsPerApplication(), rows, progress);
    }

    /** One place of a quota group's ranking, with the application and the office's exception, if any. */
    public record Ranked(AllocationOutcome outcome, Application application, String societyName,
                         Optional<String> exception) {
    }

    /** A quota group's ranking as allocation drew it: the places within the quota, then the reserve list. */
    public record GroupRanking(cn.jast.plan.domain.plan.QuotaGroup group, List<Ranked> ranked) {
        public List<Ranked> withinQuota() {
            return ranked.stream().filter(r -> r.outcome().withinQuota()).toList();
        }

        public List<Ranked> reserve() {
            return ranked.stream().filter(r -> !r.outcome().withinQuota()).toList();
        }
    }

    /** The stored allocation of a plan year per quota group (II.1 quotas; IV.2 评审立项), in the plan's group order. */
    public List<GroupRanking> ranking(int year) {
        access.require(Roles.OFFICE);
        PlanYear plan = plans.plan(year);
        ReviewRepository reviews = new ReviewRepository(em);
        java.util.Map<String, List<Ranked>> byGroup = new java.util.HashMap<>();
        for (AllocationOutcome o : new AllocationRepository(em).ofPlanYear(year)) {
            Application a = em.find(Application.class, o.applicationId());
            if (a == null) {
                continue;
            }
            Society society = em.find(Society.class, a.society().value());
            byGroup.computeIfAbsent(o.quotaGroup(), k -> new ArrayList<>()).add(new Ranked(o, a,
                    society == null ? a.society().value() : society.name(),
                    reviews.exceptionOf(o.applicationId()).map(ReviewExceptionRow::reason)));
        }
        List<GroupRanking> out = new ArrayList<>();
        for (var g : plan.quotaGroups()) {
            List<Ranked> ranked = byGroup.get(g.key());
            if (ranked != null) {
                ranked.sort(java.util.Comparator.comparingInt(r -> r.outcome().rank()));
                out.add(new GroupRanking(g, ranked));
            }
        }
        return out;
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
                Optional<ExpertScoreRow> own = reviews.scoreRow(a.applicationId(), access.actor());
                mine.add(new Assignment(a, app, own.map(ExpertScoreRow::toDomain),
                        own.map(ExpertScoreRow::criteria).orElse(java.util.Map.of()),
                        plans.plan(app.planYear()).management().review().applicantVisibleToReviewers()));
            }
        }
        return mine;
    }

    /**
     * The assigned expert hands in (or revises) a score sheet for an application under review: a score for
     * every criterion of the plan year, or one overall score where the plan year has no criteria. Every bad
     * criterion is named (400); the sheet's total is stored as the expert's score.
     */
    public ExpertScore score(String applicationId, BigDecimal score, java.util.Map<String, BigDecimal> criteria,
                             String comment) {
        access.require(Roles.EXPERT);
        Application a = access.readable(em, applicationId);
        if (a.state() != ApplicationState.UNDER_REVIEW) {
            throw Failures.conflict("Only an application under review is scored; this one is " + a.state() + ".");
        }
        refuseWhileOnKechuangList(a);
        PlanYear plan = plans.plan(a.planYear());
        Instant now = clock.instant();
        ScoreSheet sheet;
        try {
            sheet = ScoreSheet.of(plan, applicationId, access.actor(), criteria, score);
        } catch (ScoreSheet.Refused e) {
            throw InvalidInput.fields("The score sheet is not complete or out of range: " + e.getMessage(), e.errors());
        }
        ExpertScore s = new ExpertScore(applicationId, access.actor(), sheet.total(), comment, now);
        new ReviewRepository(em).score(s, sheet.criteria());
        String sheetJson = JsonWriter.write(w -> new java.util.TreeMap<>(sheet.criteria())
                .forEach((k, v) -> w.raw(k, v.toPlainString())));
        audit.record(now, "review.score", "Application", applicationId,
                null, JsonWriter.write(w -> w.field("expert", access.actor()).raw("score", s.score().toPlainString())
                .raw("criteria", sheetJson)));
        return s;
    }

    /** The score sheet per criterion of each score of the application (the office's view). */
    public java.util.Map<String, java.util.Map<String, BigDecimal>> criteriaOf(String applicationId) {
        access.require(Roles.OFFICE, Roles.EXPERT);
        Application a = access.readable(em, applicationId);
        java.util.Map<String, java.util.Map<String, BigDecimal>> out = new java.util.LinkedHashMap<>();
        for (ExpertScoreRow r : new ReviewRepository(em).scoreRowsOf(a.id().value())) {
            if (access.user().isOffice() || r.toDomain().expert().equals(access.actor())) {
                out.put(r.toDomain().expert(), r.criteria());
            }
        }
        return out;
    }

    /**
     * The office records an expert's profile for conflicts of interest: the societies they belong to, their
     * work unit, and societies they declared a conflict with.
     */
    public ReviewerProfile recordProfile(String expert, java.util.Set<String> societies, String workUnit,
                                         java.util.Set<String> declaredSocieties) {
        access.require(Roles.OFFICE);
        boolean isExpert = expert != null && new AccountRepository(em).find(expert)
                .map(acc -> acc.hasRole(Role.EXPERT)).orElse(false);
        if (!isExpert) {
            throw Failures.notFound("expert " + expert);
        }
        Instant now = clock.instant();
        ReviewRepository reviews = new ReviewRepository(em);
        String before = profileJson(reviews.profileOf(expert));
        ReviewerProfile profile = new ReviewerProfile(expert, societies, workUnit == null || workUnit.isBlank() ? null
                : workUnit.strip(), declaredSocieties, java.util.Set.of());
        try {
            reviews.recordProfile(profile, access.actor(), now);
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("societies", e.getMessage());
        }
        ReviewerProfile stored = reviews.profileOf(expert);
        audit.record(now, "reviewer.profile", "Expert", expert, before,
                profileJson(stored));
        return stored;
    }

    public ReviewerProfile profile(String expert) {
        access.require(Roles.OFFICE);
        return new ReviewRepository(em).profileOf(expert == null ? "" : expert);
    }

    private static String profileJson(ReviewerProfile p) {
        return JsonWriter.write(w -> w.field("societies", String.join(",", new java.util.TreeSet<>(p.societies())))
                .field("workUnit", p.workUnit())
                .field("declaredSocieties", String.join(",", new java.util.TreeSet<>(p.declaredSocieties())))
                .field("declinedApplications", String.join(",", p.declaredApplications())));
    }

    /**
     * The office lets allocation rank an application with fewer score sheets than the plan year asks, and
     * says why (an expert declined and none was left to assign, …). Recorded once, audited.
     */
    public RecordedException recordException(String applicationId, String reason) {
        Application a = access.forOffice(em, applicationId);
        if (a.state() != ApplicationState.UNDER_REVIEW) {
            throw Failures.conflict("An exception is recorded for an application under review; this one is "
                    + a.state() + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw Failures.invalid("reason", "must say why the application is ranked with fewer score sheets");
        }
        ReviewRepository reviews = new ReviewRepository(em);
        if (reviews.exceptionOf(applicationId).isPresent()) {
            throw Failures.conflict("An exception is already recorded for application " + applicationId + ".");
        }
        Instant now = clock.instant();
        ReviewExceptionRow row = reviews.recordException(new ReviewExceptionRow(applicationId, reason.strip(),
                access.actor(), now));
        audit.record(now, "review.exception", "Application", applicationId,
                null, JsonWriter.write(w -> w.field("reason", row.reason())));
        return new RecordedException(row.applicationId(), row.reason(), row.recordedBy(), row.recordedAt());
    }

    /** The office's exception for an application ranked with fewer score sheets: why, who, when. */
    public record RecordedException(String applicationId, String reason, String recordedBy, Instant recordedAt) {
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
        java.util.Map<String, Integer> sheets = new java.util.HashMap<>();
        java.util.Map<String, String> exceptions = new java.util.HashMap<>();
        // every sheet and exception of the year in one query each, not two queries per application
        java.util.Map<String, List<ExpertScore>> scoresByApplication =
                reviews.scoresOfApplicationsIn(year, ApplicationState.UNDER_REVIEW);
        reviews.exceptionsOfApplicationsIn(year, ApplicationState.UNDER_REVIEW)
                .forEach((id, x) -> exceptions.put(id, x.reason()));
        for (Application a : underReview) {
            List<ExpertScore> s = scoresByApplication.getOrDefault(a.id().value(), List.of());
            sheets.put(a.id().value(), s.size());
            if (!s.isEmpty()) {
                scored.add(new ScoredApplication(a.id().value(), a.category(), a.subProject(),
                        ReviewScoring.combine(plan, s.stream().map(ExpertScore::score).toList()).doubleValue(),
                        a.submittedAt()));
            }
        }
        List<AllocationGate.Blocker> blockers = AllocationGate.blockers(plan, sheets, exceptions,
                new KechuangRepository(em).applicationsWaiting(year));
        if (!blockers.isEmpty()) {
            throw Failures.conflict("Allocation waits until every application under review has its "
                    + plan.review().expertsPerApplication() + " score sheets, or the office records an exception"
                    + " with a reason, and the office has decided on every match with the Kechuang Jiangsu list: "
                    + blockers.stream().map(b -> b.applicationId() + " " + b.reason()).toList());
        }
        Instant now = clock.instant();
        List<AllocationOutcome> outcomes = Allocation.allocate(plan, scored);
        // A later round (an application whose review went on after the first allocation) replaces the outcomes of
        // the quota groups it ranks and keeps the others', so their reserve lists stay for ReserveService.
        new AllocationRepository(em).replaceGroups(year, outcomes.stream().map(AllocationOutcome::quotaGroup)
                .collect(java.util.stream.Collectors.toSet()), outcomes, now);
        AuditTrail.Batch records = audit.batch(now);
        for (AllocationOutcome o : outcomes) {
            Application a = em.find(Application.class, o.applicationId());
            String before = AuditSnapshots.of(a);
            a.recommend(o.withinQuota(), now);
            records.add(o.withinQuota() ? "application.recommend" : "application.notRecommend", "Application",
                    a.id().value(), before, AuditSnapshots.of(a));
        }
        em.flush();
        records.write();
        return outcomes;
    }

    public List<AllocationOutcome> allocation(int year) {
        access.require(Roles.OFFICE);
        plans.plan(year);
        return new AllocationRepository(em).ofPlanYear(year);
    }

    /**
     * LIMIT-5, II.3.5: an application found on the 科创江苏 list is not reviewed until the office decides on the
     * match (422 naming the rule, like a conflict of interest).
     */
    private void refuseWhileOnKechuangList(Application a) {
        if (new KechuangRepository(em).blocksReview(a.id().value())) {
            throw new RefusedByRules(List.of(KechuangCrossCheck.RULE.violation(plans.plan(a.planYear()))));
        }
    }

    static String jsonString(String s) {
        return JSON.createValue(s).toString();
    }
}
