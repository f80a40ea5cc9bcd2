package cn.jast.plan.domain.kechuang;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the cross-check's normalisation makes equal, and what it keeps apart. */
class KechuangTextTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ２０２１江苏省ＡＩ学术年会              | 2021江苏省AI学术年会
            2021 江苏省 AI 学术年会                 | 2021江苏省ai学术年会
            2021　江苏省AI学术年会                  | 2021江苏省ai学术年会
            《江苏省“智能制造”服务平台建设》        | 江苏省智能制造服务平台建设
            江苏省智能制造、服务平台建设。          | 江苏省智能制造服务平台建设
            江苏省（智能制造）服务平台，建设！      | 江苏省智能制造服务平台建设
            【江苏】“长三角”‘一体化’——研讨会…      | 江苏长三角一体化研讨会
            Smart-Manufacturing Platform (Jiangsu) | smartmanufacturingplatformjiangsu
            SMART manufacturing；platform：jiangsu | smartmanufacturingplatformjiangsu
            江苏·科技\u200B服务                     | 江苏科技服务
            """)
    void equalAfterNormalisation(String written, String normalised) {
        String text = written.replace("\\u200B", "\u200B");
        assertThat(KechuangText.normalized(text)).isEqualTo(KechuangText.normalized(normalised))
                .isEqualTo(normalised.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void fullWidthLettersAndDigitsBecomeAscii() {
        assertThat(KechuangText.normalized("ＡＢＣ１２３")).isEqualTo("abc123");
    }

    @Test
    void symbolsAndDifferentWordsStayApart() {
        assertThat(KechuangText.normalized("C++ 课程")).isNotEqualTo(KechuangText.normalized("C 课程"));
        assertThat(KechuangText.normalized("江苏省科技服务")).isNotEqualTo(KechuangText.normalized("江苏科技服务"));
        // no traditional-to-simplified conversion
        assertThat(KechuangText.normalized("學會")).isNotEqualTo(KechuangText.normalized("学会"));
    }

    @Test
    void nullStaysNullAndPunctuationAloneIsEmpty() {
        assertThat(KechuangText.normalized(null)).isNull();
        assertThat(KechuangText.normalized(" 《》“”、，。 ")).isEmpty();
    }
}
