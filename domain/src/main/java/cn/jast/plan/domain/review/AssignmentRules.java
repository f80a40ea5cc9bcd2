package cn.jast.plan.domain.review;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.CitedRule;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.support.LocalizedText;
import cn.jast.plan.domain.support.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The decision point "assign an expert" (IV.2: 申报立项 … 严格管理，加强监督): an expert with a conflict of
 * interest does not review. The guide names no conflict rule; the project reads 严格管理 as the usual
 * recusal (回避) of review practice and cites IV.2 (README, Decisions). {@link #evaluate} keeps every
 * violation.
 */
public final class AssignmentRules {
    private AssignmentRules() {
    }

    /** Every rule at this decision point, in the order they are reported. */
    public static List<CitedRule<AssignmentContext>> all() {
        return List.of(new OwnSociety(), new OwnWorkUnit(), new DeclaredConflict());
    }

    public static Evaluation evaluate(AssignmentContext context) {
        List<Violation> broken = new ArrayList<>();
        for (CitedRule<AssignmentContext> r : all()) {
            if (!r.isMetBy(context)) {
                broken.add(r.violation(context.plan()));
            }
        }
        return new Evaluation(broken, List.of());
    }

    /** REVIEW-COI-1, IV.2: 严格管理 — an expert does not review an application of a society they belong to. */
    public static final class OwnSociety extends CitedRule<AssignmentContext> {
        public OwnSociety() {
            super("REVIEW-COI-1", "IV.2");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("严格管理，加强监督：评审专家应回避本人所在学会的申报项目",
                    "An expert does not review an application of a society they belong to.");
        }

        @Override
        public boolean isMetBy(AssignmentContext c) {
            return !c.reviewer().societies().contains(c.societyCode());
        }
    }

    /** REVIEW-COI-2, IV.2: 严格管理 — an expert whose work unit is the applying society does not review it. */
    public static final class OwnWorkUnit extends CitedRule<AssignmentContext> {
        public OwnWorkUnit() {
            super("REVIEW-COI-2", "IV.2");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("严格管理，加强监督：评审专家应回避本人工作单位的申报项目",
                    "An expert does not review an application of their own work unit.");
        }

        @Override
        public boolean isMetBy(AssignmentContext c) {
            String unit = c.reviewer().workUnit();
            if (unit == null || unit.isBlank()) {
                return true;
            }
            String u = Texts.normalizedName(unit);
            return !u.equals(Texts.normalizedName(c.societyCode()))
                    && (c.societyName() == null || !u.equals(Texts.normalizedName(c.societyName())));
        }
    }

    /** REVIEW-COI-3, IV.2: 严格管理 — a conflict the expert declared. */
    public static final class DeclaredConflict extends CitedRule<AssignmentContext> {
        public DeclaredConflict() {
            super("REVIEW-COI-3", "IV.2");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("严格管理，加强监督：评审专家已声明与该项目存在利益冲突，应予回避",
                    "The expert declared a conflict of interest with this application.");
        }

        @Override
        public boolean isMetBy(AssignmentContext c) {
            return !c.reviewer().declaredSocieties().contains(c.societyCode())
                    && !c.reviewer().declaredApplications().contains(c.applicationId());
        }
    }
}
