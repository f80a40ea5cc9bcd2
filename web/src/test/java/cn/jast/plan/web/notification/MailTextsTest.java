package cn.jast.plan.web.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The notification texts: the same kinds in Chinese and English, each formatting its arguments. */
class MailTextsTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MailTextsTest.class.getResourceAsStream("/cn/jast/plan/web/notification/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKindHasASubjectAndABodyInBothLanguages() throws IOException {
        Set<String> zh = new TreeSet<>(bundle("mail.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("mail_en.properties").stringPropertyNames());
        assertThat(en).isEqualTo(zh);
        for (String key : zh) {
            String kind = key.substring(0, key.lastIndexOf('.'));
            assertThat(zh).contains(kind + ".subject", kind + ".body");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NOTICE_RESULT|1|通过|was passed",
            "NOTICE_RESULT|0|未通过|was failed",
    })
    void theAssessmentResultNoticeNamesTheResult(String kind, int passed, String zh, String en) {
        Object[] args = {"2021 年度考核结果公示", "项目", "A-1", "2022-01-04", "2022-01-10", 5, passed};
        assertThat(Notifications.text(Locale.SIMPLIFIED_CHINESE, kind + ".body", args))
                .contains("结果为：" + zh + "。").contains("2022-01-04 至 2022-01-10（5 个工作日");
        assertThat(Notifications.text(Locale.ENGLISH, kind + ".body", args)).contains(en + ".");
    }

    @Test
    void theMidTermResultSaysPassedOrFailedAndTheNote() {
        assertThat(Notifications.text(Locale.SIMPLIFIED_CHINESE, "MIDTERM_RESULT.body", "项目", "A-1", 0, "进度滞后", 1))
                .contains("结果为：未通过").contains("进度滞后").contains("请先提交整改报告");
        assertThat(Notifications.text(Locale.SIMPLIFIED_CHINESE, "MIDTERM_RESULT.body", "项目", "A-1", 0, "", 2))
                .contains("项目终止");
        assertThat(Notifications.text(Locale.ENGLISH, "MIDTERM_RESULT.body", "P", "A-1", 1, "", 0))
                .contains("was passed").contains("goes on");
    }
}
