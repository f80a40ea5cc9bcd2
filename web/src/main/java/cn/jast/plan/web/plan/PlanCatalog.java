package cn.jast.plan.web.plan;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.PlanYears;
import cn.jast.plan.domain.rules.SubmissionRules;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.IntStream;

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

    /** The plan years shipped with the application (the files {@code /plans/plan-YYYY.json} of the domain jar). */
    public List<Integer> bundledYears() {
        List<Integer> years = bundled;
        if (years == null) {
            years = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR)
                    .filter(y -> PlanYear.class.getResource("/plans/plan-" + y + ".json") != null)
                    .boxed().toList();
            bundled = years;
        }
        return years;
    }

    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2040;
    private volatile List<Integer> bundled;
}
