package cn.jast.plan.web.plan;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.domain.rules.SubmissionRules;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The plan years the application knows, each bound to its rule book once: the REST rule check, the
 * application services and the pages all evaluate through the same {@link SubmissionRules}.
 */
@ApplicationScoped
public class PlanCatalog {
    private final ConcurrentMap<Integer, Optional<SubmissionRules>> rules = new ConcurrentHashMap<>();

    /** The plan year's rule book, or empty when the year is not known. */
    public Optional<SubmissionRules> rules(int year) {
        return rules.computeIfAbsent(year, y -> PlanYears.bundled(y).map(SubmissionRules::forPlan));
    }

    public Optional<PlanYear> plan(int year) {
        return rules(year).map(SubmissionRules::plan);
    }

    /** The plan years shipped with the application (listed in the domain jar's {@code /plans/index.txt}). */
    public List<Integer> bundledYears() {
        return PlanYears.bundledYears();
    }
}
