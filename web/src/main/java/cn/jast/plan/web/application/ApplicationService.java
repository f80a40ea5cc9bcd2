package cn.jast.plan.web.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationContent;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.exchange.ApplicationJson;
import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.rules.DeclaredEvent;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.application.Submissions;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.review.ReviewRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * A society's applications from draft to withdrawal or submission: create and revise drafts (content in
 * the API.md {@code application} shape, read by the domain's {@link ApplicationJson}), check a stored
 * draft against the same rule book the submission uses, submit atomically under the society's lock
 * ({@link Submissions}), withdraw. Lists and reads are scoped by the caller's role ({@link Access}).
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    /** A new draft of the caller's society. */
    public Application create(int year, String json) {
        String society = access.requireSociety();
        PlanYear plan = plans.plan(year);
        ApplicationContent content = read(json, plan);
        if (new SocietyRepository(em).find(new SocietyId(society)).isEmpty()) {
            throw Failures.conflict("The society " + society + " has no profile yet; the office registers it first.");
        }
        Application draft = Application.draft(ApplicationId.newId(), new SocietyId(society), plan, content,
                clock.instant());
        new ApplicationRepository(em).add(draft);
        audit("application.create", draft, null);
        return draft;
    }

    /** The caller's view: the office all, a society its own, an expert those assigned to them. */
    public List<Application> list(Integer year, ApplicationState state) {
        access.require(Roles.OFFICE, Roles.SOCIETY, Roles.EXPERT);
        if (access.user().isOffice() || access.has(Roles.SOCIETY)) {
            StringBuilder jpql = new StringBuilder("SELECT a FROM Application a WHERE 1 = 1");
            if (!access.user().isOffice()) {
                jpql.append(" AND a.societyCode = :s");
            }
            if (year != null) {
                jpql.append(" AND a.planYear = :y");
            }
            if (state != null) {
                jpql.append(" AND a.state = :st");
            }
            jpql.append(" ORDER BY a.createdAt, a.id");
            TypedQuery<Application> q = em.createQuery(jpql.toString(), Application.class);
            if (!access.user().isOffice()) {
                q.setParameter("s", access.user().societyCode().orElseThrow());
            }
            if (year != null) {
                q.setParameter("y", year);
            }
            if (state != null) {
                q.setParameter("st", state);
            }
            return q.getResultList();
        }
        List<Application> assigned = new ArrayList<>();
        for (ExpertAssignment a : new ReviewRepository(em).assignedTo(access.actor())) {
            Application app = em.find(Application.class, a.applicationId());
            if (app != null && (year == null || app.planYear() == year) && (state == null || app.state() == state)) {
                assigned.add(app);
            }
        }
        assigned.sort(Comparator.comparing(Application::createdAt).thenComparing(a -> a.id().value()));
        return assigned;
    }

    public Application get(String id) {
        return access.readable(em, id);
    }

    /** Replaces a draft's content. */
    /**
     * True when the caller is an expert and the application's plan year hides the applicant from its
     * reviewers (a blind review, {@code management.review.applicantVisibleToReviewers}).
     */
    public boolean applicantHiddenFromCaller(Application a) {
        return access.user().isExpert() && !access.user().isOffice()
                && !plans.plan(a.planYear()).management().review().applicantVisibleToReviewers();
    }

    public Application revise(String id, String json, Long expectedVersion) {
        Application a = access.owned(em, id);
        PlanYear plan = plans.plan(a.planYear());
        ApplicationContent content = read(json, plan);
        checkVersion(a, expectedVersion);
        String before = AuditSnapshots.of(a);
        a.revise(plan, content);
        em.flush();
        audit("application.revise", a, before);
        return a;
    }

    /**
     * Evaluates the stored draft now, beside the society's other live applications and the events other
     * societies declared: exactly what a submission at this instant would evaluate. Stores nothing.
     */
    public Evaluation check(String id) {
        Application a = access.ownedOrOffice(em, id);
        PlanYear plan = plans.plan(a.planYear());
        Society society = new SocietyRepository(em).find(a.society())
                .orElseThrow(() -> Failures.notFound("society " + a.society()));
        ApplicationRepository applications = new ApplicationRepository(em);
        List<ApplicationContent> others = applications.liveOfSociety(a.society(), plan.year(), a.id()).stream()
                .map(Application::content).toList();
        List<String> eventCategories = plan.categories().stream().filter(Category::oneEventOneSubProject)
                .map(Category::code).toList();
        List<DeclaredEvent> events = applications.liveOfOtherSocieties(a.society(), plan.year(), eventCategories)
                .stream().filter(o -> o.content().event() != null)
                .map(o -> new DeclaredEvent(o.category(), o.subProject(), o.content().event())).toList();
        return SubmissionRules.forPlan(plan).evaluate(new RuleContext(plan, society.profile(), a.content(), others,
                events, clock.instant()));
    }

    /** Submits a draft now, atomically; a refusal (422 with every violation) changes nothing. */
    public Submissions.Submitted submit(String id, Long expectedVersion) {
        Application a = access.owned(em, id);
        return new Submissions(em).submit(a.id(), expectedVersion, clock.instant(), access.actor());
    }

    /** Withdrawal of a draft or a submitted application not yet matched by its paper copy. */
    public Application withdraw(String id, Long expectedVersion) {
        Application a = access.owned(em, id);
        checkVersion(a, expectedVersion);
        String before = AuditSnapshots.of(a);
        a.withdraw(clock.instant());
        em.flush();
        audit("application.withdraw", a, before);
        return a;
    }

    /** The societies' names, for lists that show them. */
    public Map<String, String> societyNames() {
        return new SocietyRepository(em).all().stream().collect(Collectors.toMap(s -> s.id().value(), Society::name));
    }

    private static ApplicationContent read(String json, PlanYear plan) {
        try {
            return ApplicationJson.read(json == null ? "" : json, plan);
        } catch (InvalidInputException e) {
            throw Failures.invalid("application", e);
        }
    }

    static void checkVersion(Application a, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != a.version()) {
            throw new OptimisticLockException("application " + a.id() + " is at version " + a.version()
                    + ", not " + expectedVersion);
        }
    }

    private void audit(String action, Application a, String before) {
        Instant now = clock.instant();
        new AuditLog(em).append(new AuditRecord(now, access.actor(), action, "Application", a.id().value(), before,
                AuditSnapshots.of(a)));
    }
}
