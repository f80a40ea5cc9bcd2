package cn.jast.plan.domain.rules;

import cn.jast.plan.domain.content.ApplicationContent;
import cn.jast.plan.domain.content.ApplicationContent.Event;
import cn.jast.plan.domain.plan.Category;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.support.LocalizedText;
import cn.jast.plan.domain.support.Texts;

import java.util.List;
import java.util.Set;

/**
 * The limits on what one society may apply for (II.3, 限项规定). They read the society's other
 * live applications of the plan year; a withdrawn application or a draft is not among them.
 */
public final class LimitRules {
    private LimitRules() {
    }

    /** LIMIT-1 .. LIMIT-5 in the guide's order. */
    public static List<GuideRule> all() {
        return List.of(new ExclusiveCategories(), new ExclusiveSubProjects(), new OnePerSubProject(),
                new OneEventOneSubProject(), new NotAlsoInKechuangJiangsu());
    }

    /**
     * LIMIT-1, II.3.1: 一流学会建设、特色学会建设和发展助力专项三类项目互不兼报。
     * Broken by applications in two different categories of one mutually exclusive set (the plan
     * year names the sets); two in the same category are LIMIT-3's matter.
     */
    public static final class ExclusiveCategories extends GuideRule {
        public ExclusiveCategories() {
            super("LIMIT-1", "II.3.1");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("一流学会建设、特色学会建设和发展助力专项三类项目互不兼报",
                    "First-class society building, featured society building and development support exclude each other: apply to at most one of them.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            String category = c.application().category();
            for (Set<String> group : c.plan().mutuallyExclusiveCategories()) {
                if (!group.contains(category)) {
                    continue;
                }
                for (ApplicationContent other : c.otherApplications()) {
                    if (!other.category().equals(category) && group.contains(other.category())) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * LIMIT-2, II.3.2: 特色学会建设项目的四个子项目互不兼报。
     * Broken by applications under two different sub-projects of a category whose sub-projects
     * exclude each other; two under the same one are LIMIT-3's matter.
     */
    public static final class ExclusiveSubProjects extends GuideRule {
        public ExclusiveSubProjects() {
            super("LIMIT-2", "II.3.2");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("特色学会建设项目的四个子项目互不兼报",
                    "The four sub-projects of featured society building exclude each other: apply under at most one of them.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            ApplicationContent app = c.application();
            Category category = c.plan().category(app.category()).orElse(null);
            if (category == null || !category.subProjectsMutuallyExclusive() || app.subProject() == null) {
                return true;
            }
            for (ApplicationContent other : c.otherApplications()) {
                if (other.category().equals(app.category()) && other.subProject() != null
                        && !other.subProject().equals(app.subProject())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * LIMIT-3, II.3.3: 如果一个项目包含多个子项目，对每个子项目，每个学会至多可申报1项。
     * Interpretation (GUIDE-2021.md): a category without sub-projects likewise takes at most one
     * application per society.
     */
    public static final class OnePerSubProject extends GuideRule {
        public OnePerSubProject() {
            super("LIMIT-3", "II.3.3");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("如果一个项目包含多个子项目，对每个子项目，每个学会至多可申报1项",
                    "A society may submit at most one application per sub-project (and per category without sub-projects).");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            ApplicationContent app = c.application();
            Category category = c.plan().category(app.category()).orElse(null);
            boolean bySubProject = category != null && category.hasSubProjects();
            if (bySubProject && app.subProject() == null) {
                return true;
            }
            for (ApplicationContent other : c.otherApplications()) {
                if (!other.category().equals(app.category())) {
                    continue;
                }
                if (!bySubProject || app.subProject().equals(other.subProject())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * LIMIT-4, II.3.4: 对于学术交流建设项目的多个子项目，一场学术活动只能选择其中一个子项目申报。
     * Interpretation (GUIDE-2021.md): the same event — the same non-empty event code, or the same
     * start date and the same name once normalised (NFKC, case folded, white space removed) — may
     * not appear under two different sub-projects, whoever declares it.
     */
    public static final class OneEventOneSubProject extends GuideRule {
        public OneEventOneSubProject() {
            super("LIMIT-4", "II.3.4");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("对于学术交流建设项目的多个子项目，一场学术活动只能选择其中一个子项目申报",
                    "One academic event may be declared under only one sub-project of academic exchange.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            ApplicationContent app = c.application();
            Category category = c.plan().category(app.category()).orElse(null);
            if (category == null || !category.oneEventOneSubProject() || app.event() == null
                    || app.subProject() == null) {
                return true;
            }
            EventKey key = EventKey.of(app.event());
            for (ApplicationContent other : c.otherApplications()) {
                if (other.category().equals(app.category()) && other.subProject() != null
                        && !other.subProject().equals(app.subProject()) && key.sameEventAs(other.event())) {
                    return false;
                }
            }
            for (DeclaredEvent declared : c.eventsOfOtherSocieties()) {
                if (declared.category().equals(app.category()) && declared.subProject() != null
                        && !declared.subProject().equals(app.subProject()) && key.sameEventAs(declared.event())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * What identifies an academic event for LIMIT-4: the same non-empty code, or the same start date
     * and the same normalised name. Names are normalised only when the dates agree, as that is the
     * costly part.
     */
    public record EventKey(String code, java.time.LocalDate startDate, String name) {
        public static EventKey of(Event e) {
            return new EventKey(nonEmpty(Texts.normalizedName(e.code())), e.startDate(), e.name());
        }

        public boolean sameEventAs(Event other) {
            if (other == null) {
                return false;
            }
            if (code != null && code.equals(nonEmpty(Texts.normalizedName(other.code())))) {
                return true;
            }
            if (startDate == null || !startDate.equals(other.startDate())) {
                return false;
            }
            String mine = nonEmpty(Texts.normalizedName(name));
            return mine != null && mine.equals(Texts.normalizedName(other.name()));
        }

        private static String nonEmpty(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }

    /**
     * LIMIT-5, II.3.5: 申报“提升计划”的项目不得同时申报 2021 年度“科创江苏”专项行动计划。
     * The applicant declares it; an application that does not declare it breaks the rule.
     */
    public static final class NotAlsoInKechuangJiangsu extends GuideRule {
        public NotAlsoInKechuangJiangsu() {
            super("LIMIT-5", "II.3.5");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("申报“提升计划”的项目不得同时申报 " + plan.year() + " 年度“科创江苏”专项行动计划",
                    "A project applied for under this plan may not also be applied for under the " + plan.year()
                            + " Kechuang Jiangsu special action plan; the applicant must declare it is not.");
        }

        @Override
        public boolean isMetBy(RuleContext c) {
            return Boolean.TRUE.equals(c.application().declaredNotInKechuangJiangsu());
        }
    }
}
