package cn.jast.plan.web.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.web.ids.NewIds;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.application.Fingerprint;
import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.exchange.ContentChanges;
import cn.jast.plan.domain.exchange.InvalidInputException;
import cn.jast.plan.domain.form.MissingField;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.SubProject;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.GuideRule;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.domain.support.FieldError;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.application.ApplicationRevisions;
import cn.jast.plan.persistence.application.RuleContexts;
import cn.jast.plan.persistence.application.Submissions;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.review.ReviewRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.notification.Notifications;
import cn.jast.plan.web.plan.PlanService;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.refusal.StaleVersion;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
/**
 * A society's applications from draft to withdrawal or submission: create and revise drafts (content as
 * the domain's {@link ApplicationContent}, which the REST resource reads from the API.md {@code application}
 * shape and a page builds from its fields, both against the plan year this service names), check a stored
 * draft against the same rule book and the same context ({@link RuleContexts}) the submission uses,
 * list the required fields of its form left empty, keep every saved version and tell what changed
 * between two, submit atomically under the society's lock ({@link Submissions}), withdraw. Lists and reads are scoped by the caller's role ({@link Access}).
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    NewIds ids;

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

    /** The configuration property of the most drafts one society keeps per plan year (#8: 409 beyond). */
    public static final String MAX_DRAFTS = "jast.drafts.max-per-society";

    @Inject
    @ConfigProperty(name = MAX_DRAFTS, defaultValue = "20")
    int maxDrafts;

    /**
     * The plan year a new draft of the caller's society is written against (for reading its content):
     * 401/403 unless the caller is a society, 404 when the year is unknown.
     */
    public PlanYear planForNewDraft(int year) {
        access.requireSociety();
        return plans.plan(year);
    }

    /** The limits on what one society may apply for that a choice of category and sub-project alone can break. */
    static final Set<String> CHOICE_LIMITS = Set.of("LIMIT-1", "LIMIT-2", "LIMIT-3");

    /**
     * One category, or one sub-project of it, a new draft may be written for, with the limits (LIMIT-1..3)
     * the society's live applications already break for it: empty when nothing rules it out yet.
     *
     * @param subProject null for a category without sub-projects
     */
    public record Opening(String category, String subProject, List<Violation> ruledOut) {
        public Opening {
            ruledOut = List.copyOf(ruledOut);
        }

        public boolean open() {
            return ruledOut.isEmpty();
        }
    }

    /**
     * What the caller's society may still choose for a new draft of the plan year: every category and
     * sub-project, each with the violations of LIMIT-1..3 that a submission of it would meet beside the
     * society's live applications now. The rules are the submission's own rule objects evaluated on the
     * same context a submission builds; only the limits that depend on the choice alone are asked.
     */
    public List<Opening> openings(int year) {
        String society = access.requireSociety();
        SubmissionRules rules = plans.rules(year);
        PlanYear plan = rules.plan();
        Society s = new SocietyRepository(em).find(new SocietyId(society))
                .orElseThrow(() -> Failures.conflict("The society " + society + " has no profile yet; the office registers it first."));
        List<ApplicationContent> live = new ApplicationRepository(em)
                .liveOfSociety(s.id(), year, ApplicationId.newId()).stream().map(Application::content).toList();
        List<Opening> openings = new ArrayList<>();
        for (Category c : plan.categories()) {
            if (c.subProjects().isEmpty()) {
                openings.add(opening(rules, plan, s, live, c.code(), null));
            }
            for (SubProject sp : c.subProjects()) {
                openings.add(opening(rules, plan, s, live, c.code(), sp.code()));
            }
        }
        return openings;
    }

    private Opening opening(SubmissionRules rules, PlanYear plan, Society society, List<ApplicationContent> live,
                            String category, String subProject) {
        ApplicationContent choice = new ApplicationContent(category, subProject, null, null, null, null, null, null,
                null, null, null);
        RuleContext context = new RuleContext(plan, society.profile(), choice, live, clock.instant());
        List<Violation> broken = new ArrayList<>();
        for (GuideRule r : rules.rulesFor(category, subProject)) {
            if (CHOICE_LIMITS.contains(r.id())) {
                r.check(context).ifPresent(broken::add);
            }
        }
        return new Opening(category, subProject, broken);
    }

    /**
     * The fingerprint the draft's content would be submitted with now (the one to print on the paper
     * copy), for the confirmation before submitting; a submitted application's is the one it was fixed with.
     */
    public Fingerprint fingerprint(String id) {
        Application a = access.owned(em, id);
        return a.fingerprint() != null ? a.fingerprint() : Fingerprint.of(a.planYear(), a.society(), a.content());
    }

    /** A new draft of the caller's society, with content read against {@link #planForNewDraft(int)}. */
    public Application create(int year, ApplicationContent content) {
        String society = access.requireSociety();
        PlanYear plan = plans.plan(year);
        if (new SocietyRepository(em).find(new SocietyId(society)).isEmpty()) {
            throw Failures.conflict("The society " + society + " has no profile yet; the office registers it first.");
        }
        requireValid(plan, content);
        long drafts = em.createQuery("SELECT COUNT(a) FROM Application a WHERE a.societyCode = :s"
                + " AND a.planYear = :y AND a.state = :st", Long.class).setParameter("s", society)
                .setParameter("y", year).setParameter("st", ApplicationState.DRAFT).getSingleResult();
        if (drafts >= maxDrafts) {
            throw Failures.conflict("The society " + society + " already has " + drafts + " drafts for " + year
                    + ", the most one society may keep (" + MAX_DRAFTS + " = " + maxDrafts + "): submit or withdraw"
                    + " one before starting another.");
        }
        Application draft = Application.draft(ids.application(), new SocietyId(society), plan, content,
                clock.instant());
        new ApplicationRepository(em).add(draft);
        new ApplicationRevisions(em).record(draft, clock.instant(), access.actor());
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

    /**
     * True when the caller is an expert and the application's plan year hides the applicant from its
     * reviewers (a blind review, {@code management.review.applicantVisibleToReviewers}).
     */
    public boolean applicantHiddenFromCaller(Application a) {
        return access.user().isExpert() && !access.user().isOffice()
                && !plans.plan(a.planYear()).management().review().applicantVisibleToReviewers();
    }

    /** The plan year a draft of the caller's society was written against (404 when it is not the caller's). */
    public PlanYear planOfDraft(String id) {
        return plans.plan(access.owned(em, id).planYear());
    }

    /** Replaces a draft's content, read against {@link #planOfDraft(String)}. */
    public Application revise(String id, ApplicationContent content, Long expectedVersion) {
        Application a = access.owned(em, id);
        PlanYear plan = plans.plan(a.planYear());
        checkVersion(a, expectedVersion);
        requireValid(plan, content);
        String before = AuditSnapshots.of(a);
        a.revise(plan, content);
        em.flush();
        new ApplicationRevisions(em).record(a, clock.instant(), access.actor());
        audit("application.revise", a, before);
        return a;
    }

    /** What a draft's check answers: the rules' evaluation and the required fields of its form left empty. */
    public record DraftCheck(Evaluation evaluation, List<MissingField> missing) {
        public DraftCheck {
            missing = List.copyOf(missing);
        }

        /** Whether a submission now would pass: no violation and nothing missing. */
        public boolean submittable() {
            return evaluation.admissible() && missing.isEmpty();
        }
    }

    /**
     * Evaluates the stored draft now, beside the society's other live applications and the events other
     * societies declared, and lists the required fields of its form left empty: exactly what a submission
     * at this instant would decide on. Stores nothing.
     */
    public DraftCheck check(String id) {
        Application a = access.ownedOrOffice(em, id);
        SubmissionRules rules = plans.rules(a.planYear());
        Society society = new SocietyRepository(em).find(a.society())
                .orElseThrow(() -> Failures.notFound("society " + a.society()));
        PlanYear plan = rules.plan();
        Evaluation evaluation = rules.evaluate(RuleContexts.of(new ApplicationRepository(em), a, society.profile(),
                plan, clock.instant()));
        List<MissingField> missing = plan.form(a.category(), a.subProject()).map(f -> f.missing(a.content()))
                .orElse(List.of());
        return new DraftCheck(evaluation, missing);
    }

    /** Every saved version of an application's content, oldest first (whoever may read the application). */
    public List<Revision> revisions(String id) {
        Application a = access.readable(em, id);
        return new ApplicationRevisions(em).of(a.id()).stream().map(Revision::of).toList();
    }

    public Revision revision(String id, int revision) {
        Application a = access.readable(em, id);
        return new ApplicationRevisions(em).find(a.id(), revision).map(Revision::of)
                .orElseThrow(() -> Failures.notFound("revision " + revision + " of application " + id));
    }

    /** What changed from one saved version to another, field by field. */
    public List<ContentChanges.Change> changes(String id, int from, int to) {
        return ContentChanges.between(revision(id, from).content(), revision(id, to).content());
    }

    /** Submits a draft now, atomically; a refusal (422 with every violation) changes nothing. */
    public Submissions.Submitted submit(String id, Long expectedVersion) {
        Application a = access.owned(em, id);
        Submissions.Submitted submitted = new Submissions(em).submit(a.id(), expectedVersion, clock.instant(),
                access.actor());
        // The receipt is queued in the submission's transaction: it exists exactly when the submission does.
        notifications.submissionReceipt(submitted.application());
        return submitted;
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

    /**
     * What a society writes is checked against the plan year's form of its category and sub-project
     * (type, length, choice, table cell, control characters, a fact the form has no field for) here,
     * where both fronts write a draft; nothing is stored when a field is bad (400 naming each).
     */
    private static void requireValid(PlanYear plan, ApplicationContent content) {
        List<FieldError> bad = plan.form(content.category(), content.subProject())
                .map(f -> f.validate(content, "")).orElse(List.of());
        if (!bad.isEmpty()) {
            throw Failures.invalid("application", new InvalidInputException(bad));
        }
    }

    static void checkVersion(Application a, Long expectedVersion) {
        StaleVersion.check("application " + a.id(), a.version(), expectedVersion);
    }

    private void audit(String action, Application a, String before) {
        Instant now = clock.instant();
        audit.record(now, action, "Application", a.id().value(), before,
                AuditSnapshots.of(a));
    }
}
