package cn.jast.plan.domain.kechuang;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.kechuang.KechuangCrossCheck.Candidate;
import cn.jast.plan.domain.kechuang.KechuangCrossCheck.Match;
import cn.jast.plan.domain.kechuang.KechuangEntry.MatchedBy;
import cn.jast.plan.domain.plan.PlanYear;
import cn.jast.plan.domain.review.AllocationGate;
import cn.jast.plan.domain.rules.Violation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LIMIT-5 (II.3.5) on the office's 科创江苏 list: what matches, the flag and its decision, what it blocks. */
class KechuangCrossCheckTest {
    private static final PlanYear PLAN = Plans.plan2021();
    private static final Instant AT = Instant.parse("2021-07-01T02:00:00Z");
    private static final List<KechuangEntry> LIST = List.of(
            new KechuangEntry(2, "S-0001", null, "《智能制造服务平台》建设"),
            new KechuangEntry(3, null, "江苏省 力学学会", "“长三角”力学，青年论坛。"),
            new KechuangEntry(4, null, "江苏省化学化工学会", "绿色化工科普行"));

    private static Candidate candidate(String code, String name, String title) {
        return new Candidate(PLAN, "A-1", code, name, title, LIST);
    }

    @Test
    void theRuleIsLimit5OfIi35() {
        Violation v = KechuangCrossCheck.RULE.violation(PLAN);
        assertThat(v.rule()).isEqualTo("LIMIT-5");
        assertThat(v.clause()).isEqualTo("II.3.5");
        assertThat(v.message().zh()).startsWith("申报“提升计划”的项目不得同时申报 2021 年度“科创江苏”专项行动计划");
        assertThat(v.message().en()).contains("Kechuang Jiangsu");
    }

    @Test
    void matchedBySocietyCodeWithAnotherWayOfWritingTheTitle() {
        List<Match> m = KechuangCrossCheck.matches(candidate("s-0001", "另一个名字", "智能制造 服务平台建设"));
        assertThat(m).extracting(Match::matchedBy).containsExactly(MatchedBy.SOCIETY_CODE);
        assertThat(m.get(0).entry().row()).isEqualTo(2);
        assertThat(KechuangCrossCheck.RULE.isMetBy(candidate("S-0001", null, "智能制造服务平台建设"))).isFalse();
    }

    @Test
    void matchedBySocietyNameAfterNormalisation() {
        List<Match> m = KechuangCrossCheck.matches(candidate("S-0007", "江苏省力学学会", "长三角力学青年论坛"));
        assertThat(m).extracting(Match::matchedBy).containsExactly(MatchedBy.SOCIETY_NAME);
        assertThat(KechuangCrossCheck.matches(candidate("S-0007", "江苏省力学学会", "“长三角” 力学、青年论坛")))
                .hasSize(1);
    }

    @Test
    void anotherSocietyOrAnotherTitleDoesNotMatch() {
        // same title, other society
        assertThat(KechuangCrossCheck.matches(candidate("S-0002", "江苏省计算机学会", "智能制造服务平台建设"))).isEmpty();
        // same society, other title
        assertThat(KechuangCrossCheck.matches(candidate("S-0001", null, "智能制造服务平台二期"))).isEmpty();
        // no title given
        assertThat(KechuangCrossCheck.matches(candidate("S-0001", null, null))).isEmpty();
        assertThat(KechuangCrossCheck.RULE.isMetBy(candidate("S-0002", "江苏省计算机学会", "绿色化工科普行"))).isTrue();
    }

    @Test
    void aFlagIsDecidedOnceWithAReason() {
        Match m = KechuangCrossCheck.matches(candidate("S-0001", null, "智能制造服务平台建设")).get(0);
        KechuangFlag flag = KechuangFlag.raise("K-1", 2021, "A-1", m, AT);
        assertThat(flag.blocksReview()).isTrue();
        assertThat(flag.listedTitle()).isEqualTo("《智能制造服务平台》建设");
        assertThat(flag.sameAs("A-1", m)).isTrue();
        assertThat(flag.sameAs("A-2", m)).isFalse();
        assertThatThrownBy(() -> flag.decide(KechuangFlag.Decision.NOT_THE_SAME_PROJECT, " ", "office", AT))
                .isInstanceOf(IllegalArgumentException.class);
        flag.decide(KechuangFlag.Decision.NOT_THE_SAME_PROJECT, "科创江苏项目为平台二期，内容不同", "office", AT);
        assertThat(flag.state()).isEqualTo(KechuangFlag.State.CLEARED);
        assertThat(flag.blocksReview()).isFalse();
        assertThatThrownBy(() -> flag.decide(KechuangFlag.Decision.THE_SAME_PROJECT, "again", "office", AT))
                .isInstanceOf(IllegalStateException.class);

        KechuangFlag same = KechuangFlag.raise("K-2", 2021, "A-1", m, AT);
        same.decide(KechuangFlag.Decision.THE_SAME_PROJECT, "同一项目重复申报", "office", AT);
        assertThat(same.state()).isEqualTo(KechuangFlag.State.CONFIRMED);
        assertThat(same.blocksReview()).isFalse();
    }

    @Test
    void anOpenFlagHoldsAllocationBackWhateverItsSheets() {
        Map<String, Integer> sheets = Map.of("A-1", 3, "A-2", 3);
        List<AllocationGate.Blocker> blockers = AllocationGate.blockers(PLAN, sheets, Map.of("A-1", "理由"), Set.of("A-1"));
        assertThat(blockers).extracting(AllocationGate.Blocker::applicationId).containsExactly("A-1");
        assertThat(blockers.get(0).crossCheckOpen()).isTrue();
        assertThat(blockers.get(0).reason()).contains("LIMIT-5");
        assertThat(AllocationGate.blockers(PLAN, sheets, Map.of(), Set.of())).isEmpty();
    }
}
