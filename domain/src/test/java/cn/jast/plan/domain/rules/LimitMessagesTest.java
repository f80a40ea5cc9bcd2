package cn.jast.plan.domain.rules;

import java.util.List;

import cn.jast.plan.domain.fixtures.Plans;
import cn.jast.plan.domain.support.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LIMIT-1 and LIMIT-2 say which categories and how many sub-projects from the plan year, not from code. */
class LimitMessagesTest {

    @Test
    void theMessagesOf2021AreTheGuidesWordsBuiltFromThePlanYear() {
        LocalizedText limit1 = new LimitRules.ExclusiveCategories().message(Plans.plan2021());
        LocalizedText limit2 = new LimitRules.ExclusiveSubProjects().message(Plans.plan2021());

        assertThat(limit1.zh()).isEqualTo("一流学会建设、特色学会建设和发展助力专项三类项目互不兼报");
        assertThat(limit1.en()).isEqualTo("First-class society building, featured society building and development "
                + "support exclude each other: apply to at most one of them.");
        assertThat(limit2.zh()).isEqualTo("特色学会建设项目的四个子项目互不兼报");
        assertThat(limit2.en()).isEqualTo(
                "The four sub-projects of featured society building exclude each other: apply under at most one of them.");
    }

    @Test
    void countsAndListsFollowTheData() {
        assertThat(LimitRules.chineseCount(2)).isEqualTo("两");
        assertThat(LimitRules.chineseCount(5)).isEqualTo("五");
        assertThat(LimitRules.chineseCount(12)).isEqualTo("12");
        assertThat(LimitRules.chineseList(List.of("甲", "乙"))).isEqualTo("甲和乙");
        assertThat(LimitRules.chineseList(List.of("甲", "乙", "丙", "丁"))).isEqualTo("甲、乙、丙和丁");
        assertThat(LimitRules.englishList(List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(LimitRules.englishCount(3)).isEqualTo("three");
    }
}
