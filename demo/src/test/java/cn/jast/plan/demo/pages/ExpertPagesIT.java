package cn.jast.plan.demo.pages;

import cn.jast.plan.demo.probe.DemoProbeResource;
import cn.jast.plan.demo.probe.DemoSeedOn;
import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.browser.Browser;
import cn.jast.plan.web.browser.BrowserExtension;
import cn.jast.plan.web.probe.ProbeResource;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;

import static cn.jast.plan.web.ApiClient.array;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expert's pages in a real headless Chromium, on the demo data (2021-05-20 10:00 Beijing time):
 * expert2 logs in and sees only the applications assigned to them (D21-19 waiting for its score; not
 * expert1's), reads D21-19 as the 2021 form shows it without its applicant (blind review), has a score
 * out of range refused beside its criterion, then saves a good sheet, which the office reads over REST;
 * sees only their own score where expert1 scored too; declares a conflict on D21-21, which the office
 * assigned to them first, and sees it gone. Chinese by default, English by the switch; axe-core finds no
 * serious violation; screenshots at laptop and phone width.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class ExpertPagesIT {

    private static final String OFFICE = "probe-office";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addPackage(DemoProbeResource.class.getPackage())
                .addPackage(ProbeResource.class.getPackage())
                .addAsServiceProvider(ConfigSource.class, DemoSeedOn.class);
    }

    @Test
    void anExpertScoresOnlyTheirAssignmentsAndDeclaresAConflict(Browser browser) {
        ApiClient api = new ApiClient(base);
        api.account(OFFICE, "OFFICE", null);
        // D21-21 (paper copy recorded) is assigned to expert2 too: the one they will step aside from
        assertThat(api.post("api/v1/applications/D21-21/experts", OFFICE, "{\"expert\": \"expert2\"}").statusCode())
                .isEqualTo(201);

        browser.at(Deployments.baseUri(base)).open("expert/index.xhtml");
        browser.waitForPath("/index.xhtml");
        browser.find("#login\\:username").sendKeys("expert2", Keys.TAB, "demo-2021", Keys.ENTER);
        browser.waitForPath("/expert/index.xhtml");

        // only expert2's assignments: D21-19 to score; D21-02, 05, 08, 13, 16, 18 scored; D21-21 new
        assertThat(ids(browser, "#to-score")).containsExactly("D21-19");
        assertThat(ids(browser, "#others")).containsExactlyInAnyOrder("D21-02", "D21-05", "D21-08", "D21-13",
                "D21-16", "D21-18", "D21-21");
        assertThat(browser.text("main")).doesNotContain("D21-01").doesNotContain("D21-04")
                .as("2021 reviews blind: no applicant column").doesNotContain("申报学会");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("list-laptop");
        browser.size(Browser.PHONE).fullScreenshot("list-phone");
        browser.size(Browser.LAPTOP);

        // D21-19: the application as the form shows it, without who applies
        browser.click("#to-score tr[data-id='D21-19'] a");
        browser.waitForPath("/expert/review.xhtml");
        assertThat(browser.text("h1")).isEqualTo("评审申报");
        assertThat(browser.text("#app-id")).isEqualTo("D21-19");
        assertThat(browser.text("#app-applicant")).contains("匿名评审");
        assertThat(browser.text("#app-category")).contains("科技服务人民健康专项");
        assertThat(browser.all("#content h3").size()).as("the form's sections").isGreaterThan(4);
        assertThat(browser.text("#content")).contains("项目名称").contains("气象与健康专题行动");
        assertThat(browser.text("main")).as("the applicant's code is not shown").doesNotContain("S-0010");
        List<WebElement> criteria = browser.all("#score-sheet .criterion");
        assertThat(criteria).hasSize(4);
        assertThat(criteria.get(0).getText()).contains("目标任务明确、符合指南要求").contains("权重 30").contains("0–10 分");
        assertThat(browser.find("#sheet\\:criteria\\:0\\:score").getAttribute("aria-describedby"))
                .isEqualTo("sheet:criteria:0:range");

        // 11 of 10 is refused beside its criterion, and nothing is stored
        browser.type("#sheet\\:criteria\\:0\\:score", "11");
        browser.type("#sheet\\:criteria\\:1\\:score", "7.5");
        browser.type("#sheet\\:criteria\\:2\\:score", "9");
        browser.type("#sheet\\:criteria\\:3\\:score", "6");
        String script = "<b>粗体</b><script>window.__xss = 1</script>";
        browser.type("#sheet\\:comment", script);
        browser.click("#sheet\\:save");
        browser.waitFor().until(d -> !browser.all("#score-sheet .criterion .ui-message-error").isEmpty());
        List<WebElement> refused = browser.all("#score-sheet .criterion");
        assertThat(refused.get(0).findElements(By.cssSelector(".ui-message-error"))).hasSize(1);
        assertThat(refused.get(0).getText()).contains("请填写 0 至 10 之间的分数");
        assertThat(refused.get(1).findElements(By.cssSelector(".ui-message-error"))).isEmpty();
        assertThat(browser.text("#messages")).contains("评分未保存");
        assertThat(array(api.get("api/v1/applications/D21-19/scores", OFFICE)).stream()
                .map(v -> v.asJsonObject().getString("expert"))).doesNotContain("expert2");
        browser.fullScreenshot("score-refused");

        // a good sheet is saved through ReviewService: the office reads it over REST
        browser.type("#sheet\\:criteria\\:0\\:score", "8");
        browser.click("#sheet\\:save");
        browser.waitFor().until(d -> !browser.all(".ui-messages-info").isEmpty());
        assertThat(browser.text(".ui-messages-info")).contains("评分已保存").contains("77.25");
        assertThat(browser.text("#own-score")).contains("77.25");
        JsonObject sheet = array(api.get("api/v1/applications/D21-19/scores", OFFICE)).stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("expert").equals("expert2")).findFirst().orElseThrow();
        assertThat(sheet.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("77.25");
        assertThat(sheet.getJsonObject("criteria").getJsonNumber("GOALS").bigDecimalValue()).isEqualByComparingTo("8");
        assertThat(sheet.getJsonObject("criteria").getJsonNumber("FEASIBILITY").bigDecimalValue()).isEqualByComparingTo("9");
        assertThat(sheet.getString("comment")).isEqualTo(script);
        browser.open("expert/review.xhtml?id=D21-19");
        assertThat(browser.find("#sheet\\:comment").getAttribute("value")).isEqualTo(script);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).isNull();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.fullScreenshot("review-laptop");
        browser.size(Browser.PHONE).fullScreenshot("review-phone");
        browser.size(Browser.LAPTOP);

        // D21-02, which expert1 scored too: only expert2's own score (88.00), never expert1's (86.50)
        browser.open("expert/review.xhtml?id=D21-02");
        assertThat(browser.text("#own-score")).contains("88");
        assertThat(browser.driver().getPageSource()).doesNotContain("86.5");
        assertThat(browser.all("#sheet").size()).as("not under review: no sheet").isZero();
        assertThat(browser.text("#not-scorable")).contains("不在评审阶段");

        // another expert's application is not found
        browser.open("expert/review.xhtml?id=D21-01");
        assertThat(browser.text("#messages")).contains("没有找到该申报");
        assertThat(browser.all("#application")).isEmpty();

        // English
        browser.open("expert/review.xhtml?id=D21-19&lang=en");
        browser.waitFor().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
        browser.open("expert/review.xhtml?id=D21-19");
        assertThat(browser.text("h1")).isEqualTo("Review an application");
        assertThat(browser.all("#score-sheet .criterion").get(0).getText()).contains("Clear goals that meet the guide")
                .contains("weight 30");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("review-en");
        browser.open("expert/index.xhtml?lang=zh");
        browser.waitFor().until(d -> "zh-CN".equals(browser.find("html").getAttribute("lang")));

        // a conflict on D21-21: a reason is needed, then the assignment is gone
        browser.click("#others tr[data-id='D21-21'] a");
        browser.waitForPath("/expert/review.xhtml");
        browser.click("#decline\\:confirm");
        browser.waitFor().until(d -> !browser.all("#conflict .ui-message-error").isEmpty());
        assertThat(browser.text("#conflict")).contains("请写明回避理由");
        browser.type("#decline\\:reason", "本人为该学会理事，申请回避");
        browser.click("#decline\\:confirm");
        browser.waitForPath("/expert/index.xhtml");
        assertThat(browser.text(".ui-messages-info")).contains("D21-21").contains("回避");
        assertThat(ids(browser, "#others")).doesNotContain("D21-21");
        browser.fullScreenshot("declined");
        browser.open("expert/review.xhtml?id=D21-21");
        assertThat(browser.text("#messages")).contains("没有找到该申报");
    }

    private static List<String> ids(Browser browser, String table) {
        return browser.all(table + " tr.assignment").stream().map(r -> r.getAttribute("data-id")).toList();
    }
}
