package cn.jast.plan.domain.assessment;

import cn.jast.plan.domain.content.ApplicationContent.Event;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.CitedRule;
import cn.jast.plan.domain.rules.ConditionRules;
import cn.jast.plan.domain.rules.Evaluation;
import cn.jast.plan.domain.rules.Severity;
import cn.jast.plan.domain.rules.Violation;
import cn.jast.plan.domain.support.LocalizedText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule book at the decision point "assessment" (验收考核, IV.2): which targets a project must show with
 * evidence (佐证) before it may pass. Which rule applies to which category or sub-project, and the numbers
 * they compare with, are the plan year's ({@code management.assessment}); {@link #evaluate} keeps every
 * violation. COND-ACADEMIC_EXCHANGE-3 and -4 come back here under their own identifiers, on the
 * <em>actual</em> figures of the event (GUIDE-2021.md: "checked on the planned figures at submission and on
 * the actual figures at assessment").
 */
public final class AssessmentRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanYear plan;

    private AssessmentRules(PlanYear plan) {
        this.plan = plan;
    }

    /**
     * Binds the rules to a plan year.
     *
     * @throws IllegalArgumentException when the plan year names an assessment rule the code does not know
     */
    public static AssessmentRules forPlan(PlanYear plan) {
        Map<String, CitedRule<AssessmentContext>> known = catalogue();
        for (String id : plan.management().assessment().allRuleIds()) {
            if (!known.containsKey(id)) {
                throw new IllegalArgumentException("plan year " + plan.year() + " names assessment rule " + id
                        + ", which no rule implements; known: " + known.keySet());
            }
        }
        return new AssessmentRules(plan);
    }

    /** Every assessment rule this code knows, by identifier. */
    public static Map<String, CitedRule<AssessmentContext>> catalogue() {
        Map<String, CitedRule<AssessmentContext>> all = new LinkedHashMap<>();
        for (CitedRule<AssessmentContext> r : List.of(new SummaryReport(), new EventReviewReport(),
                new ActualForeignShare(), new ActualCountries(), new ThinkTankProposals(), new Recognition(),
                new TeamParticipation(), new ResourceFinished(), new StandardPublished(), new AwardRound(),
                new ResultsAdopted("ASSESS-POLICY_ADOPTED", "III.5.5"),
                new ResultsAdopted("ASSESS-HEALTH_RESEARCH_ADOPTED", "III.9.1"))) {
            all.put(r.id(), r);
        }
        return all;
    }

    /** The rules that apply to a project of this category and sub-project, in the order they are reported. */
    public List<CitedRule<AssessmentContext>> rulesFor(String category, String subProject) {
        Map<String, CitedRule<AssessmentContext>> known = catalogue();
        return plan.management().assessment().ruleIdsFor(category, subProject).stream().map(known::get).toList();
    }

    /** Checks a project against every assessment rule that applies to it, keeping all violations and warnings. */
    public Evaluation evaluate(AssessmentContext context) {
        if (context.plan() != plan) {
            throw new IllegalArgumentException("this rule book is bound to plan year " + plan.year());
        }
        List<Violation> broken = new ArrayList<>();
        List<Violation> warned = new ArrayList<>();
        for (CitedRule<AssessmentContext> r : rulesFor(context.application().category(),
                context.application().subProject())) {
            if (!r.isMetBy(context)) {
                (r.severity() == Severity.WARNING ? warned : broken).add(r.violation(plan));
            }
        }
        return new Evaluation(broken, warned);
    }

    private static boolean filed(AssessmentContext c, ReportKind kind) {
        return c.reports().stream().anyMatch(r -> r.kind() == kind);
    }

    /** ASSESS-SUMMARY_REPORT, IV.2: 考核须提交总结报告等材料. */
    public static final class SummaryReport extends CitedRule<AssessmentContext> {
        public SummaryReport() {
            super("ASSESS-SUMMARY_REPORT", "IV.2");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("考核须提交总结报告等材料", "The assessment needs the summary report (总结报告).");
        }

        @Override
        public boolean isMetBy(AssessmentContext c) {
            return filed(c, ReportKind.FINAL_SUMMARY);
        }
    }

    /**
     * ASSESS-EVENT_REPORT, III.3.2(8): 会后一个月须提交项目评述报告. Due at the end of the day that is the plan
     * year's number of months after the event's last day, in the plan's zone (an event ending 10-17 has its
     * report due by 11-17 24:00).
     */
    public static final class EventReviewReport extends CitedRule<AssessmentContext> {
        public EventReviewReport() {
            super("ASSESS-EVENT_REPORT", "III.3.2(8)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            int n = plan.thresholds().eventReportWithinMonths();
            return LocalizedText.of("会后" + (n == 1 ? "一" : String.valueOf(n)) + "个月须提交项目评述报告",
                    "The event review report is due within " + n + " month(s) after the event.");
        }

        /** The last instant the report may be filed; null when the event's end is not known. */
        public static Instant due(PlanYear plan, Event event) {
            if (event == null || event.endDate() == null) {
                return null;
            }
            LocalDate lastDay = event.endDate().plusMonths(plan.thresholds().eventReportWithinMonths());
            return lastDay.plusDays(1).atStartOfDay(plan.zone()).toInstant();
        }

        @Override
        public boolean isMetBy(AssessmentContext c) {
            Instant due = due(c.plan(), c.application().event());
            if (due == null) {
                return false;
            }
            return c.reports().stream().anyMatch(r -> r.kind() == ReportKind.EVENT_REVIEW && r.filedAt().isBefore(due));
        }
    }

    /** COND-ACADEMIC_EXCHANGE-3, III.3.2(2), on the actual figures: 外方代表比例应不低于全部参会人数的5%. */
    public static final class ActualForeignShare extends CitedRule<AssessmentContext> {
        private final ConditionRules.InternationalForeignShare planned = new ConditionRules.InternationalForeignShare();

        public ActualForeignShare() {
            super("COND-ACADEMIC_EXCHANGE-3", "III.3.2(2)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            LocalizedText m = planned.message(plan);
            return LocalizedText.of(m.zh() + "（以实际参会人数计）", m.en() + " (actual participants)");
        }

        @Override
        public boolean isMetBy(AssessmentContext c) {
            Event e = c.application().event();
            if (e == null || !Boolean.TRUE.equals(e.international())) {
                return true;
            }
            AssessmentEvidence ev = c.evidence();
            if (ev.actualParticipants() == null || ev.actualForeignParticipants() == null) {
                return false;
            }
            BigDecimal foreignTimes100 = BigDecimal.valueOf(ev.actualForeignParticipants()).multiply(HUNDRED);
            BigDecimal required = c.plan().thresholds().internationalMinForeignPercent()
                    .multiply(BigDecimal.valueOf(ev.actualParticipants()));
            return foreignTimes100.compareTo(required) >= 0;
        }
    }

    /** COND-ACADEMIC_EXCHANGE-4 (warning), III.3.2(2), on the actual figures: 一般不少于5个国家或地区. */
    public static final class ActualCountries extends CitedRule<AssessmentContext> {
        private final ConditionRules.InternationalCountries planned = new ConditionRules.InternationalCountries();

        public ActualCountries() {
            super("COND-ACADEMIC_EXCHANGE-4", "III.3.2(2)", Severity.WARNING);
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            LocalizedText m = planned.message(plan);
            return LocalizedText.of(m.zh() + "（以实际参会情况计）", m.en() + " (as held)");
        }

        @Override
        public boolean isMetBy(AssessmentContext c) {
            Event e = c.application().event();
            if (e == null || !Boolean.TRUE.equals(e.international())) {
                return true;
            }
            Integer n = c.evidence().actualForeignCountries();
            return n != null && n >= c.plan().thresholds().internationalMinCountries();
        }
    }

    /** ASSESS-THINK_TANK, III.2.1(2): 向省科协提交不少于 3 篇科技工作者建议，有成果获得党政部门领导批示等. */
    public static final class ThinkTankProposals extends CitedRule<AssessmentContext> {
        public ThinkTankProposals() {
            super("ASSESS-THINK_TANK", "III.2.1(2)");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            int n = plan.management().assessment().thinkTankMinProposals();
            return LocalizedText.of("向省科协提交不少于 " + n + " 篇科技工作者建议，有成果获得党政部门领导批示等",
                    "At least " + n + " sci-tech workers' proposals submitted to JAST, and results endorsed by party or"
                            + " government leaders, with evidence.");
        }

        @Override
        public boolean isMetBy(AssessmentContext c) {
            Integer n = c.evidence().proposalsSubmitted();
            return n != null && n >= c.plan().management().assessment().thinkTankMinProposals()
                    && c.evidence().shows(Achievement.LEADER_ENDORSEMENT);
        }
    }

    /** An assessment target shown by one achievement with evidence. */
    private abstract static class Shown extends CitedRule<AssessmentContext> {
        private final Achievement achievement;
        private final String zh;
        private final String en;

        Shown(String id, String clause, Achievement achievement, String zh, String en) {
            super(id, clause);
            this.achievement = achievement;
            this.zh = zh;
            this.en = en;
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of(zh, en);
        }

        @Override
        public boolean isMetBy(AssessmentContext c) {
            return c.evidence().shows(achievement);
        }
    }

    /** ASSESS-RECOGNITION, III.1.2(5): 相关工作得到相应全国学会或省委省政府及相关部门肯定（考核时须提供相应佐证）. */
    public static final class Recognition extends Shown {
        public Recognition() {
            super("ASSESS-RECOGNITION", "III.1.2(5)", Achievement.NATIONAL_OR_PROVINCIAL_RECOGNITION,
                    "在全国同类学会中创新争先、争做示范，相关工作得到相应全国学会或省委省政府及相关部门肯定（考核时须提供相应佐证）",
                    "Recognition by the national counterpart society or the provincial party committee, government or"
                            + " their departments, with evidence.");
        }
    }

    /** ASSESS-TEAM_PARTICIPATION, III.4.2(1): 队伍成员参与科普相关活动须提供佐证支持. */
    public static final class TeamParticipation extends Shown {
        public TeamParticipation() {
            super("ASSESS-TEAM_PARTICIPATION", "III.4.2(1)", Achievement.TEAM_PARTICIPATION,
                    "科普人才队伍建设应注重人才队伍作用的发挥，队伍成员参与科普相关活动须提供佐证支持",
                    "Evidence that the teams' members took part in popularisation activities.");
        }
    }

    /** ASSESS-RESOURCE_FINISHED, III.4.2(2): 科普资源开发须在本年度完成开发计划，提供可供使用的资源成品. */
    public static final class ResourceFinished extends Shown {
        public ResourceFinished() {
            super("ASSESS-RESOURCE_FINISHED", "III.4.2(2)", Achievement.RESOURCE_FINISHED,
                    "科普资源开发须在本年度完成开发计划，提供可供使用的资源成品",
                    "The finished, usable resource, developed within the year.");
        }
    }

    /** ASSESS-STANDARD_PUBLISHED, III.5.1: 须在本年度完成标准制定并发布. */
    public static final class StandardPublished extends Shown {
        public StandardPublished() {
            super("ASSESS-STANDARD_PUBLISHED", "III.5.1", Achievement.STANDARD_PUBLISHED,
                    "须在本年度完成标准制定并发布", "The standard completed and published within the year.");
        }
    }

    /** ASSESS-AWARD_ROUND, III.5.4: 本年度开展并完成评奖工作. */
    public static final class AwardRound extends Shown {
        public AwardRound() {
            super("ASSESS-AWARD_ROUND", "III.5.4", Achievement.AWARD_ROUND_COMPLETED,
                    "本年度开展并完成评奖工作", "The award round held and completed within the year.");
        }
    }

    /**
     * ASSESS-POLICY_ADOPTED, III.5.5: 工作成果被政府及有关部门、园区、企事业单位采纳应用、得到有关党政领导批示，或获得有关奖项;
     * ASSESS-HEALTH_RESEARCH_ADOPTED, III.9.1: 研究成果被有关部门、企事业单位采纳应用，或得到有关党政领导批示，或获得有关奖项.
     */
    public static final class ResultsAdopted extends Shown {
        public ResultsAdopted(String id, String clause) {
            super(id, clause, Achievement.RESULTS_ADOPTED,
                    "III.9.1".equals(clause) ? "研究成果被有关部门、企事业单位采纳应用，或得到有关党政领导批示，或获得有关奖项"
                            : "工作成果被政府及有关部门、园区、企事业单位采纳应用、得到有关党政领导批示，或获得有关奖项",
                    "Results adopted, endorsed by a party or government leader, or awarded, with evidence.");
        }
    }
}
