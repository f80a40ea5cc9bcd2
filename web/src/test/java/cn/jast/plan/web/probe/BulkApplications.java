package cn.jast.plan.web.probe;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationId;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.review.ExpertAssignment;
import cn.jast.plan.domain.review.ExpertScore;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.domain.society.SocietyId;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.account.AccountRepository;
import cn.jast.plan.persistence.account.PasswordHasher;
import cn.jast.plan.persistence.account.Role;
import cn.jast.plan.persistence.account.UserAccount;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.review.ReviewRepository;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.plan.PlanService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Issue #15 item 4's bulk data, tests and load runs only: copies of one stored application (its content), each in
 * a society of its own or {@code perSociety} to a society (copies of the template's society profile), stored
 * directly through the repositories in one transaction per chunk, not through the services: their rules would
 * refuse the 50th first-class application of a society, and 100,000 submissions through REST take hours. Each
 * copy (or each, with {@code intoSociety}, in that existing society: the "other applications of the society" of a
 * check) is SUBMITTED at the given instant (an evaluation without violations: the caller says so) or, with
 * {@code scored}, goes on to a recorded paper copy, review and the plan year's required number of score sheets by
 * experts {@code bulk-expert-1} … (made here, assigned, scores spread over 60–99.9 with one decimal).
 */
@ApplicationScoped
@Transactional
public class BulkApplications {

    private static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.MIN_ITERATIONS);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    Clock clock;

    /** Stores copies {@code from} … {@code from + count - 1}; the caller cuts the work into chunks. */
    public void chunk(String templateId, String prefix, int from, int count, int perSociety, String intoSociety,
                      boolean scored, Instant submittedAt) {
        ApplicationRepository applications = new ApplicationRepository(em);
        SocietyRepository societies = new SocietyRepository(em);
        Application template = applications.find(new ApplicationId(templateId)).orElseThrow();
        Society templateSociety = societies.find(template.society()).orElseThrow();
        PlanYear plan = plans.plan(template.planYear());
        int sheets = plan.review().expertsPerApplication();
        if (scored) {
            AccountRepository accounts = new AccountRepository(em);
            for (int e = 1; e <= sheets; e++) {
                String expert = "bulk-expert-" + e;
                if (accounts.find(expert).isEmpty()) {
                    accounts.add(new UserAccount(expert, HASHER.hash(("bulk " + expert).toCharArray()),
                            EnumSet.of(Role.EXPERT), null, clock.instant()));
                    em.flush();
                }
            }
        }
        ReviewRepository reviews = new ReviewRepository(em);
        for (int i = from; i < from + count; i++) {
            SocietyId society = intoSociety != null ? new SocietyId(intoSociety)
                    : new SocietyId(String.format("%s-%06d", prefix, i / perSociety));
            if (intoSociety == null && (i % perSociety == 0 || i == from)) {
                if (societies.find(society).isEmpty()) {
                    societies.add(new Society(society, templateSociety.name() + " " + society.value(),
                            templateSociety.profile()));
                }
            }
            Application a = Application.draft(new ApplicationId(String.format("%s-A%06d", prefix, i)), society, plan,
                    template.content(), submittedAt);
            a.submit(submittedAt, new Evaluation(java.util.List.of(), java.util.List.of()));
            if (scored) {
                a.recordPaperCopy(a.fingerprint(), submittedAt, plan);
                a.startReview();
            }
            applications.add(a);
            if (scored) {
                em.flush();
                for (int e = 1; e <= sheets; e++) {
                    String expert = "bulk-expert-" + e;
                    reviews.assign(new ExpertAssignment(a.id().value(), expert, submittedAt));
                    // 60.0 … 99.9, one decimal: many ties, as the allocation benchmark has them
                    BigDecimal score = BigDecimal.valueOf(600 + Math.floorMod((i * 7919 + e * 104729), 400), 1);
                    reviews.score(new ExpertScore(a.id().value(), expert, score, null, submittedAt));
                }
            }
        }
        em.flush();
        em.clear();
    }
}
