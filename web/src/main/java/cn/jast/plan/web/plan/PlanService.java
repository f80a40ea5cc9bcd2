package cn.jast.plan.web.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.jast.plan.domain.application.Application;
import cn.jast.plan.domain.application.ApplicationState;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYearChanges;
import cn.jast.plan.domain.plan.QuotaGroup;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.domain.society.Society;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.application.ApplicationRepository;
import cn.jast.plan.persistence.application.RuleContexts;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import cn.jast.plan.persistence.plan.StoredPlanYear;
import cn.jast.plan.persistence.society.SocietyRepository;
import cn.jast.plan.web.access.Access;
import cn.jast.plan.web.auditing.AuditTrail;
import cn.jast.plan.web.refusal.Failures;
import cn.jast.plan.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import static cn.jast.plan.domain.application.ApplicationState.*;

/**
 * The plan years: which are known, what each holds, (for the office) how each quota group fills, and
 * the office's correction of a plan year. A plan year stored in the database (possibly a corrected
 * file) wins over the one shipped in the jar.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private static final Set<ApplicationState> SUBMITTED_STATES = EnumSet.complementOf(
            EnumSet.of(DRAFT, WITHDRAWN));
    private static final Set<ApplicationState> RECOMMENDED_STATES = EnumSet.of(RECOMMENDED, IN_PUBLICITY);
    private static final Set<ApplicationState> APPROVED_STATES = EnumSet.of(APPROVED, MIDTERM_EVALUATED,
            RECTIFICATION_REQUIRED, FINAL_REPORT_FILED, PASSED, FAILED, FUNDED, COMPLETED_WITHOUT_FUNDING,
            FUNDING_CANCELLED, TERMINATED);

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    @Inject
    PlanCatalog catalog;

    @Inject
    Access access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * A corrected plan year as stored: its new version, the SHA-256 of its text, and what it changed.
     */
    public record Correction(PlanYear plan, long version, String sha256, PlanYearChanges changes) {
    }

    /** How one quota group fills. */
    public record QuotaUse(QuotaGroup group, int submitted, int underReview, int recommended, int approved) {
    }

    public List<Integer> years() {
        Set<Integer> years = new TreeSet<>(new PlanYearRepository(em).years());
        years.addAll(catalog.bundledYears());
        return List.copyOf(years);
    }

    /** The latest plan year the application knows (stored or shipped). */
    public PlanYear latest() {
        List<Integer> known = years();
        return plan(known.get(known.size() - 1));
    }

    /** The plan year, stored or shipped ({@link PlanCatalog}); 404 when there is none. */
    public PlanYear plan(int year) {
        return rules(year).plan();
    }

    /** The plan year's rule book ({@link PlanCatalog}); 404 when there is no such plan year. */
    public SubmissionRules rules(int year) {
        return catalog.rules(year).orElseThrow(() -> Failures.notFound("plan year " + year));
    }

    /** Quota groups with their counts (office only). */
    public List<QuotaUse> quotas(int year) {
        access.require(Roles.OFFICE);
        PlanYear plan = plan(year);
        Map<String, int[]> counts = new LinkedHashMap<>();
        plan.quotaGroups().forEach(g -> counts.put(g.key(), new int[4]));
        for (Application a : new ApplicationRepository(em).ofPlanYear(year)) {
            plan.quotaGroupOf(a.category(), a.subProject()).ifPresent(g -> {
                int[] c = counts.get(g.key());
                if (SUBMITTED_STATES.contains(a.state())) {
                    c[0]++;
                }
                if (a.state() == UNDER_REVIEW) {
                    c[1]++;
                }
                if (RECOMMENDED_STATES.contains(a.state())) {
                    c[2]++;
                }
                if (APPROVED_STATES.contains(a.state())) {
                    c[3]++;
                }
            });
        }
        return plan.quotaGroups().stream().map(g -> {
            int[] c = counts.get(g.key());
            return new QuotaUse(g, c[0], c[1], c[2], c[3]);
        }).toList();
    }

    /**
     * The office stores a corrected plan-year file as the new version of its year; from then on the
     * rule check, drafts and submissions use it ({@link PlanCatalog}). Refused (409, nothing stored)
     * once the submission window of the stored version has opened if, for any submitted application
     * of the year, the rules would answer otherwise than they did: its violations and warnings
     * evaluated at its submission instant, beside the society's other live applications, must stay
     * the same. A correction that only changes what no submission depended on (a later date, a
     * quota, a holiday of the autumn) goes through.
     *
     * @param text      the file as sent, stored as it is
     * @param corrected the file as the strict reader read it (by the resource)
     */
    public Correction correct(int year, String text, PlanYear corrected) {
        access.require(Roles.OFFICE);
        if (corrected.year() != year) {
            throw Failures.invalid("year", "must be " + year + ", the plan year of the address, not " + corrected.year());
        }
        SubmissionRules correctedRules;
        try {
            correctedRules = SubmissionRules.forPlan(corrected);
        } catch (IllegalArgumentException e) {
            throw Failures.invalid("categories", e.getMessage());
        }
        SubmissionRules storedRules = rules(year);
        PlanYearChanges changes = PlanYearChanges.between(storedRules.plan(), corrected);
        Instant now = clock.instant();
        if (!now.isBefore(storedRules.plan().window().opensAt())) {
            List<String> changed = changedOutcomes(year, storedRules, correctedRules);
            if (!changed.isEmpty()) {
                throw Failures.conflict("The submission window opened on " + storedRules.plan().window().opens()
                        + "; the correction changes what the rules answer for submitted applications: "
                        + String.join("; ", changed) + ". Nothing was stored.");
            }
        }
        PlanYearRepository repository = new PlanYearRepository(em);
        String before = repository.findStored(year).map(PlanService::snapshot).orElse(null);
        PlanYear stored = repository.store(text, "plan-" + year + ".json", access.actor(), now);
        StoredPlanYear row = repository.findStored(year).orElseThrow();
        audit.record(now, "plan.correct", "PlanYear", String.valueOf(year), before,
                "{\"version\":" + row.version() + ",\"sha256\":\"" + row.sha256() + "\",\"changes\":"
                        + changes.changes().size() + "}");
        return new Correction(stored, row.version(), row.sha256(), changes);
    }

    private List<String> changedOutcomes(int year, SubmissionRules stored, SubmissionRules corrected) {
        ApplicationRepository applications = new ApplicationRepository(em);
        SocietyRepository societies = new SocietyRepository(em);
        List<String> changed = new ArrayList<>();
        for (Application a : applications.ofPlanYear(year)) {
            if (!SUBMITTED_STATES.contains(a.state()) || a.submittedAt() == null) {
                continue;
            }
            Society society = societies.find(a.society()).orElseThrow();
            Set<String> before = outcome(stored, applications, a, society, a.submittedAt());
            Set<String> after = outcome(corrected, applications, a, society, a.submittedAt());
            if (!before.equals(after)) {
                changed.add("application " + a.id().value() + " " + before + " -> " + after);
            }
        }
        return changed;
    }

    private static Set<String> outcome(SubmissionRules rules, ApplicationRepository applications, Application a,
                                       Society society, Instant at) {
        try {
            Evaluation e = rules.evaluate(RuleContexts.of(applications, a, society.profile(), rules.plan(), at));
            Set<String> outcome = new TreeSet<>();
            e.violations().forEach(v -> outcome.add(v.rule()));
            e.warnings().forEach(v -> outcome.add(v.rule() + " (warning)"));
            return outcome;
        } catch (RuntimeException unknownToThePlan) {
            return Set.of("cannot be evaluated: " + unknownToThePlan.getMessage());
        }
    }

    private static String snapshot(StoredPlanYear s) {
        return "{\"version\":" + s.version() + ",\"sha256\":\"" + s.sha256() + "\",\"storedBy\":\""
                + s.storedBy() + "\"}";
    }
}
