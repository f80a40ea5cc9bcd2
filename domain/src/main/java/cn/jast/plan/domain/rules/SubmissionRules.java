package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.plan.SubProject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule book of one plan year at the decision point "submit": every eligibility rule (II.2),
 * every limit (II.3), the deadline (V.2), and the conditions (III) that the plan-year file binds to
 * each category and sub-project. {@link #evaluate} applies all of them and keeps every violation.
 *
 * <p>A rule book is made once per plan year and is immutable; each rule's violation is made when
 * the book is bound, so an evaluation only tests.
 */
public final class SubmissionRules {
    private final PlanYear plan;
    private final List<GuideRule> general;
    private final Map<String, List<GuideRule>> byCategory = new HashMap<>();
    private final Map<String, List<GuideRule>> bySubProject = new HashMap<>();
    private final Map<String, Violation> violations;

    private SubmissionRules(PlanYear plan, List<GuideRule> general, Map<String, List<GuideRule>> byProject) {
        this.plan = plan;
        this.general = general;
        for (Category c : plan.categories()) {
            byCategory.put(c.code(), byProject.get(key(c.code(), null)));
            for (SubProject s : c.subProjects()) {
                bySubProject.put(s.code(), byProject.get(key(c.code(), s.code())));
            }
        }
        Map<String, Violation> made = new HashMap<>();
        for (GuideRule r : catalogue().values()) {
            made.put(r.id(), r.violation(plan));
        }
        this.violations = made;
    }

    /**
     * Binds the rules to a plan year.
     *
     * @throws IllegalArgumentException when the plan year names a condition no rule implements
     */
    public static SubmissionRules forPlan(PlanYear plan) {
        List<GuideRule> general = new ArrayList<>();
        general.addAll(EligibilityRules.all());
        general.addAll(LimitRules.all());
        general.add(new DeadlineRule());
        Map<String, GuideRule> conditions = ConditionRules.byId();
        Map<String, List<GuideRule>> byProject = new HashMap<>();
        for (Category c : plan.categories()) {
            List<GuideRule> forCategory = resolve(conditions, c.conditions(), "category " + c.code());
            byProject.put(key(c.code(), null), List.copyOf(forCategory));
            for (SubProject s : c.subProjects()) {
                Set<GuideRule> forSub = new LinkedHashSet<>(forCategory);
                forSub.addAll(resolve(conditions, s.conditions(), "sub-project " + s.code()));
                byProject.put(key(c.code(), s.code()), List.copyOf(forSub));
            }
        }
        return new SubmissionRules(plan, List.copyOf(general), Collections.unmodifiableMap(byProject));
    }

    private static List<GuideRule> resolve(Map<String, GuideRule> conditions, List<String> ids, String where) {
        List<GuideRule> rules = new ArrayList<>();
        for (String id : ids) {
            GuideRule rule = conditions.get(id);
            if (rule == null) {
                throw new IllegalArgumentException(where + " names condition " + id
                        + ", which no rule implements; known conditions: " + conditions.keySet());
            }
            rules.add(rule);
        }
        return rules;
    }

    private static String key(String category, String subProject) {
        return subProject == null ? category : category + "/" + subProject;
    }

    /** Every rule this code knows, by identifier, in the guide's order. */
    public static Map<String, GuideRule> catalogue() {
        Map<String, GuideRule> all = new LinkedHashMap<>();
        for (GuideRule r : EligibilityRules.all()) {
            all.put(r.id(), r);
        }
        for (GuideRule r : LimitRules.all()) {
            all.put(r.id(), r);
        }
        all.putAll(ConditionRules.byId());
        GuideRule deadline = new DeadlineRule();
        all.put(deadline.id(), deadline);
        return all;
    }

    public PlanYear plan() {
        return plan;
    }

    /** The rules that apply to an application of this category and sub-project, in the order they are reported. */
    public List<GuideRule> rulesFor(String category, String subProject) {
        List<GuideRule> rules = new ArrayList<>(general);
        rules.addAll(conditionsFor(category, subProject));
        return rules;
    }

    private List<GuideRule> conditionsFor(String category, String subProject) {
        if (subProject != null) {
            List<GuideRule> c = bySubProject.get(subProject);
            // sub-project codes are unique in a plan year; one of another category gets this category's
            if (c != null && plan.subProject(subProject).map(s -> s.categoryCode().equals(category)).orElse(false)) {
                return c;
            }
        }
        return byCategory.getOrDefault(category, List.of());
    }

    /** Checks one application against every rule that applies to it, keeping all violations and warnings. */
    public Evaluation evaluate(RuleContext context) {
        if (context.plan() != plan) {
            throw new IllegalArgumentException("this rule book is bound to plan year " + plan.year()
                    + ", not to " + context.plan().year());
        }
        List<Violation> broken = new ArrayList<>(4);
        List<Violation> warned = new ArrayList<>(1);
        for (GuideRule r : general) {
            test(r, context, broken, warned);
        }
        for (GuideRule r : conditionsFor(context.application().category(), context.application().subProject())) {
            test(r, context, broken, warned);
        }
        return new Evaluation(broken, warned);
    }

    private void test(GuideRule rule, RuleContext context, List<Violation> broken, List<Violation> warned) {
        if (!rule.isMetBy(context)) {
            Violation v = violations.get(rule.id());
            (v.severity() == Severity.WARNING ? warned : broken).add(v);
        }
    }
}
