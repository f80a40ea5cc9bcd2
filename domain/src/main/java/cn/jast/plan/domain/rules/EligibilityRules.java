package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.society.AnnualInspection;
import cn.jast.plan.domain.society.SocietyFacts.FailedAssessment;
import cn.jast.plan.domain.society.SocietyFacts.IntegrityIncident;
import cn.jast.plan.domain.society.SocietyProfile;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.List;

/** The eligibility rules of II.2 (申报资格条件), and ELIG-5 of IV.2. */
public final class EligibilityRules {
    private EligibilityRules() {
    }

    /** ELIG-1 .. ELIG-5 in the guide's order. */
    public static List<GuideRule> all() {
        return List.of(new ProvincialSociety(), new LastYearEvaluationAndInspection(), new IntegrityRecord(),
                new ProjectConditions(), new NoFailureInSameCategoryLastYear());
    }

    /**
     * ELIG-1, II.2.1: 所有项目的申报单位须是省科协所属省级学会（协会、研究会、促进会）。
     * The society's type must be one the plan year admits and it must be affiliated to JAST.
     */
    public static final class ProvincialSociety extends GuideRule {
        public ProvincialSociety() {
            super("ELIG-1", "II.2.1");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("所有项目的申报单位须是省科协所属省级学会（协会、研究会、促进会）",
                    "The applicant must be a provincial society (association, research society, promotion society) affiliated to JAST.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            SocietyProfile s = c.society();
            return s.type() != null && c.plan().eligibleSocietyTypes().contains(s.type())
                    && Boolean.TRUE.equals(s.affiliatedToJast());
        }
    }

    /**
     * ELIG-2, II.2.2: 上一年度参加了省科协学会综合能力评价和省民政厅年检，且年检合格。
     * "上一年度" is the year before the plan year: the office records each evaluation and inspection
     * with the year it concerns, and only those of that year count (a 2020 inspection serves the 2021
     * plan, not 2022). An inspection of that year that did not pass breaks the rule, even beside one
     * that did.
     */
    public static final class LastYearEvaluationAndInspection extends GuideRule {
        public LastYearEvaluationAndInspection() {
            super("ELIG-2", "II.2.2");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("上一年度参加了省科协学会综合能力评价和省民政厅年检，且年检合格",
                    "In the previous year the society took part in JAST's comprehensive capability evaluation and in the civil-affairs annual inspection, and passed the inspection.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            SocietyProfile s = c.society();
            int lastYear = c.plan().year() - 1;
            boolean evaluated = s.capabilityEvaluations() != null && s.capabilityEvaluations().stream()
                    .anyMatch(e -> e.year() != null && e.year() == lastYear);
            List<AnnualInspection> inspections = s.annualInspections() == null ? List.of() : s.annualInspections()
                    .stream().filter(i -> i.year() != null && i.year() == lastYear).map(i -> i.result()).toList();
            return evaluated && !inspections.isEmpty() && inspections.stream().allMatch(r -> r == AnnualInspection.PASSED);
        }
    }

    /**
     * ELIG-3, II.2.3: 诚信记录良好，往年实施“提升计划”项目过程中无弄虚作假、违规使用项目资金等不良行为。
     * Any recorded incident of a year before the plan year breaks it; a record that is not given
     * cannot show a good one.
     */
    public static final class IntegrityRecord extends GuideRule {
        public IntegrityRecord() {
            super("ELIG-3", "II.2.3");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("诚信记录良好，往年实施“提升计划”项目过程中无弄虚作假、违规使用项目资金等不良行为",
                    "A good integrity record: no fraud, misuse of project funds or similar misconduct in earlier plan projects.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            List<IntegrityIncident> incidents = c.society().integrityIncidents();
            if (incidents == null) {
                return false;
            }
            for (IntegrityIncident i : incidents) {
                if (i.year() == null || i.year() < c.plan().year()) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * ELIG-4, II.2.4: 符合所申报项目规定的条件要求。
     * The conditions themselves are the {@code COND-…} rules and are reported under their own
     * identifiers; this rule is broken only when the application does not say which project it is
     * for: a category with sub-projects needs one of them.
     */
    public static final class ProjectConditions extends GuideRule {
        public ProjectConditions() {
            super("ELIG-4", "II.2.4");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("符合所申报项目规定的条件要求（须选择所申报类别的子项目）",
                    "The application must meet the conditions of the project applied for (choose a sub-project of the category).");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            Category category = c.plan().category(c.application().category()).orElse(null);
            return category == null || !category.hasSubProjects() || c.application().subProject() != null;
        }
    }

    /**
     * ELIG-5, IV.2: 考核不合格的项目将取消经费资助，其承担单位下一年度将不得申报同类别项目。
     * A failed final assessment in the same category within the bar (one plan year in 2021) bars
     * the application.
     */
    public static final class NoFailureInSameCategoryLastYear extends GuideRule {
        public NoFailureInSameCategoryLastYear() {
            super("ELIG-5", "IV.2");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("考核不合格的项目将取消经费资助，其承担单位下一年度将不得申报同类别项目",
                    "A society whose project failed the final assessment may not apply to the same category the next year.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            List<FailedAssessment> failures = c.society().failedAssessments();
            if (failures == null) {
                return false;
            }
            int year = c.plan().year();
            int bar = c.plan().thresholds().failedAssessmentBarYears();
            String category = c.application().category();
            for (FailedAssessment f : failures) {
                // a failure whose category or year is not given cannot be shown to be another matter
                boolean sameCategory = f.category() == null || f.category().equals(category);
                boolean withinBar = f.year() == null || (f.year() < year && f.year() >= year - bar);
                if (sameCategory && withinBar) {
                    return false;
                }
            }
            return true;
        }
    }
}
