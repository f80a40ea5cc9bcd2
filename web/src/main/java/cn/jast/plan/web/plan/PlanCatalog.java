package cn.jast.plan.web.plan;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.domain.rules.SubmissionRules;
import cn.jast.plan.persistence.JastPersistence;
import cn.jast.plan.persistence.plan.PlanYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one source of plan years and their rule books: the plan year stored in the database (the one
 * the office may have corrected, {@code PUT /api/v1/plans/{year}}) if it holds one, else the file
 * bundled in the domain jar. Each is bound to its {@link SubmissionRules} once per stored version
 * (the persistence module keys them by the text's SHA-256). The public rule check, the draft check,
 * the submission and the pages all evaluate through what this answers.
 */
@ApplicationScoped
public class PlanCatalog {

    @PersistenceContext(unitName = JastPersistence.UNIT)
    EntityManager em;

    private final ConcurrentMap<Integer, Optional<SubmissionRules>> bundled = new ConcurrentHashMap<>();

    /** The plan year's rule book, or empty when the year is neither stored nor bundled. */
    public Optional<SubmissionRules> rules(int year) {
        return new PlanYearRepository(em).rules(year).or(() -> bundledRules(year));
    }

    public Optional<PlanYear> plan(int year) {
        return rules(year).map(SubmissionRules::plan);
    }

    /** The rule book of the file shipped in the jar, whatever the database holds (for storing it at start-up). */
    public Optional<SubmissionRules> bundledRules(int year) {
        return bundled.computeIfAbsent(year, y -> PlanYears.bundled(y).map(SubmissionRules::forPlan));
    }

    /** The plan years shipped with the application (listed in the domain jar's {@code /plans/index.txt}). */
    public List<Integer> bundledYears() {
        return PlanYears.bundledYears();
    }
}
