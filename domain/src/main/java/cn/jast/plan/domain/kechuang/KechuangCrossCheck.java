package cn.jast.plan.domain.kechuang;

import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.rules.CitedRule;
import cn.jast.plan.domain.support.LocalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The decision point "cross-check with the 科创江苏 list" (II.3.5): LIMIT-5 again, now on what the office
 * knows rather than on what the applicant declares. At submission {@code LimitRules.NotAlsoInKechuangJiangsu}
 * asks the society's declaration; here the office's import of the 科创江苏 list finds the applications that
 * are on it all the same.
 */
public final class KechuangCrossCheck {
    private KechuangCrossCheck() {
    }

    /**
     * What the cross-check reads: the application with its society's code and name and its title, and the
     * list of the plan year.
     */
    public record Candidate(PlanYear plan, String applicationId, String societyCode, String societyName, String title,
                            List<KechuangEntry> list) {
        public Candidate {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(applicationId, "applicationId");
            Objects.requireNonNull(societyCode, "societyCode");
            list = List.copyOf(list);
        }
    }

    /** An entry of the list the application matches, and how its society was recognised. */
    public record Match(KechuangEntry entry, KechuangEntry.MatchedBy matchedBy) {
        public Match {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(matchedBy, "matchedBy");
        }
    }

    /** The one rule at this decision point. */
    public static final AlsoOnKechuangJiangsuList RULE = new AlsoOnKechuangJiangsuList();

    /** Every entry the application matches, in the list's order (empty: the rule is met). */
    public static List<Match> matches(Candidate c) {
        String title = KechuangText.normalized(c.title());
        List<Match> out = new ArrayList<>();
        if (title == null || title.isEmpty()) {
            return out;
        }
        for (KechuangEntry e : c.list()) {
            if (title.equals(e.titleKey())) {
                e.names(c.societyCode(), c.societyName()).ifPresent(by -> out.add(new Match(e, by)));
            }
        }
        return out;
    }

    /**
     * LIMIT-5, II.3.5: 申报“提升计划”的项目不得同时申报 2021 年度“科创江苏”专项行动计划。
     *
     * <p>Broken by an application whose society is the society of an entry of the 科创江苏 list — the same code,
     * or the same name after {@link KechuangText#normalized} — and whose title is the entry's title after
     * {@link KechuangText#normalized}. A match is a suspicion, not a finding: the office decides whether it is
     * the same project, and until then the application is not reviewed.
     */
    public static final class AlsoOnKechuangJiangsuList extends CitedRule<Candidate> {
        private AlsoOnKechuangJiangsuList() {
            super("LIMIT-5", "II.3.5");
        }

        @Override
        public LocalizedText message(PlanYear plan) {
            return LocalizedText.of("申报“提升计划”的项目不得同时申报 " + plan.year() + " 年度“科创江苏”专项行动计划："
                            + "本项目与“科创江苏”名单中同一学会的项目名称相同，经办公室核定前不予评审",
                    "A project applied for under this plan may not also be applied for under the " + plan.year()
                            + " Kechuang Jiangsu special action plan: this application has the title of a project of"
                            + " the same society on the Kechuang Jiangsu list, and is not reviewed until the office"
                            + " decides whether it is the same project.");
        }

        @Override
        public boolean isMetBy(Candidate context) {
            return matches(context).isEmpty();
        }
    }
}
