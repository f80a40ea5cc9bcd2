package cn.jast.plan.persistence.application;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.application.TransitionRefused;
import cn.jast.plan.domain.form.MissingField;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.RuleContext;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.audit.AuditLog;
import cn.jast.plan.persistence.audit.AuditRecord;
import cn.jast.plan.persistence.audit.AuditSnapshots;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/**
 * Electronic submission (V.1, V.2) as one unit of work in the caller's transaction: lock the
 * society's row, read its other live applications of the plan year, evaluate every submission
 * rule (eligibility, LIMIT-1..5, deadline, conditions) and the completeness of the plan year's form
 * (every required field given), submit, write the audit entry. The lock
 * is held until the transaction ends, so a second submission of the same society waits until the
 * first has committed, and then sees it: two submissions that break a LIMIT rule together can
 * never both pass.
 *
 * <p>LIMIT-4 (one event, one sub-project, whoever declares it) reads other societies'
 * applications too; an application that declares an event in such a category therefore first
 * locks the plan year's row. Locks are always taken in the order plan year, society, audit chain
 * head, so that submissions cannot deadlock.
 *
 * <p>A refusal throws {@link TransitionRefused} with every violation and changes nothing; the
 * caller rolls the transaction back (a container does so for a runtime exception).
 */
public final class Submissions {
    /** What a successful submission gives back: the application, and the evaluation with its warnings. */
    public record Submitted(Application application, Evaluation evaluation) {
    }

    private final EntityManager em;
    private final ApplicationRepository applications;
    private final SocietyRepository societies;
    private final PlanYearRepository plans;
    private final AuditLog audit;

    public Submissions(EntityManager em) {
        this.em = em;
        this.applications = new ApplicationRepository(em);
        this.societies = new SocietyRepository(em);
        this.plans = new PlanYearRepository(em);
        this.audit = new AuditLog(em);
    }

    /**
     * Submits a draft.
     *
     * @param expectedVersion the version the user saw when pressing "submit"; null not to check
     * @param at              the instant of submission (the domain never reads the clock)
     * @param actor           who submits, for the audit log
     * @throws TransitionRefused       with the violations and the missing required fields when the guide
     *                                 refuses it, or when it is no draft
     * @throws OptimisticLockException when the application changed since {@code expectedVersion}
     * @throws NoSuchElementException  when there is no such application, society or plan year
     */
    public Submitted submit(ApplicationId id, Long expectedVersion, Instant at, String actor) {
        Application application = applications.find(id)
                .orElseThrow(() -> new NoSuchElementException("no application " + id));
        SubmissionRules rules = plans.requireRules(application.planYear());
        PlanYear plan = rules.plan();
        if (plan.category(application.category()).isEmpty()) {
            throw new IllegalStateException("application " + id + " has category " + application.category()
                    + ", unknown to plan year " + plan.year());
        }
        if (RuleContexts.readsOtherSocieties(application, plan)) {
            plans.lock(plan.year());
        }
        Society society = societies.findAndLock(application.society())
                .orElseThrow(() -> new NoSuchElementException("no society " + application.society()));
        // Read again under the lock: what counts is the state now, not before we waited.
        em.refresh(application);
        if (expectedVersion != null && application.version() != expectedVersion) {
            throw new OptimisticLockException("application " + id + " was changed by someone else (version "
                    + application.version() + ", expected " + expectedVersion + ")", null, application);
        }
        String before = AuditSnapshots.of(application);

        RuleContext context = RuleContexts.of(applications, application, society.profile(), plan, at);
        Evaluation evaluation = rules.evaluate(context);
        List<MissingField> missing = plan.form(application.category(), application.subProject())
                .map(f -> f.missing(application.content())).orElse(List.of());

        application.submit(at, evaluation, missing);
        em.flush();
        audit.append(new AuditRecord(at, actor, "application.submit", "Application", id.value(), before,
                AuditSnapshots.of(application)));
        return new Submitted(application, evaluation);
    }

}
