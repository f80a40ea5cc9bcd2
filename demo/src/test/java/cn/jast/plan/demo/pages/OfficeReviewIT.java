package cn.jast.plan.demo.pages;

import cn.jast.plan.demo.probe.DemoProbeResource;
import cn.jast.plan.demo.probe.DemoSeedOn;
import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.browser.Browser;
import cn.jast.plan.web.browser.BrowserExtension;
import cn.jast.plan.web.probe.ProbeResource;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12's review and publicity through the office's pages in a real headless Chromium, on the demo data
 * with the clock at 2021-06-08 10:00 Beijing time (after the paper-copy deadline of 05-31). The office starts
 * the review (D21-21 goes to review, D21-03 without a paper copy lapses); a bulk assignment of D21-19 and
 * D21-21 × expert3 and expert4 is refused because expert4 is a member of D21-21's society S-0012 (REVIEW-COI-1,
 * flagged on the page before) and nothing is assigned (over REST, and again with the REST bulk endpoint);
 * one by one expert1, expert2 and expert3 are assigned to D21-21, expert4 is refused with the rule's reason;
 * expert3 goes to D21-19 too. Each expert scores on the expert's page; the office follows the progress,
 * records an exception with its reason for D21-19 (two sheets of three: expert1 declined it), allocates and
 * sees each quota group with its quota line and reserve list (the paper selection's D21-09 below D21-16),
 * previews and opens the approval list from 06-10 (five working days to 06-17 over the Dragon Boat holiday,
 * 06-12 to 06-14, shown), the public page lists D21-21; an objection against D21-16 is lodged on the public
 * page once the notice runs and upheld by the office with its reason (a decision without one is refused,
 * naming the objection, nothing changed); the reserve D21-09 is promoted and goes to a supplementary notice.
 * Chinese, then English; axe-core finds no serious violation; screenshots at laptop and phone width.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class OfficeReviewIT {

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
    void theOfficeRunsReviewAllocationAndPublicityThroughItsPages(Browser browser) {
        ApiClient api = new ApiClient(base);
        api.account(OFFICE, "OFFICE", null);
        api.account("expert3", "EXPERT", null);
        api.account("expert4", "EXPERT", null);
        // expert4 is a member of 江苏省心理学会 (S-0012), which applies with D21-21: REVIEW-COI-1
        assertThat(api.put("api/v1/experts/expert4/profile", OFFICE,
                "{\"societies\": [\"S-0012\"], \"workUnit\": \"南京师范大学\", \"declaredSocieties\": []}").statusCode())
                .isEqualTo(200);
        api.moveClock("2021-06-08T02:00:00Z");
        try {
            browser.at(Deployments.baseUri(base));
            login(browser, "office", "demo-2021");

            // ---- review: start it
            browser.open("office/review.xhtml");
            assertThat(browser.text("h1")).isEqualTo("专家评审");
            assertThat(ids(browser)).contains("D21-19", "D21-21");
            browser.click("#startForm\\:start");
            waitForMessage(browser, "评审已开始");
            assertThat(browser.text(".ui-messages-info")).contains("D21-21").contains("D21-03");
            assertThat(row(browser, "D21-21").getText()).contains("评审中");
            assertThat(browser.all("#startForm")).isEmpty();

            // the conflict is flagged before anyone assigns
            assertThat(row(browser, "D21-21").findElement(By.cssSelector("li.conflict[data-expert='expert4']")).getText())
                    .contains("REVIEW-COI-1");
            assertThat(row(browser, "D21-19").findElements(By.cssSelector("li.conflict"))).isEmpty();
            // axe on the page as it opens: p:messages writes <li role="alert"> into its <ul> (axe's "list" rule)
            browser.open("office/review.xhtml");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("review-laptop");
            browser.size(Browser.PHONE).fullScreenshot("review-phone");
            browser.size(Browser.LAPTOP);

            // ---- a bulk assignment over REST: 422 naming the pair, nothing assigned
            HttpResponse<String> bulk = api.post("api/v1/plans/2021/review/assignments", OFFICE,
                    "{\"applications\": [\"D21-19\", \"D21-21\"], \"experts\": [\"expert3\", \"expert4\"]}");
            assertThat(bulk.statusCode()).isEqualTo(422);
            assertThat(json(bulk).getString("detail")).startsWith("D21-21 × expert4");
            assertThat(json(bulk).getJsonArray("violations").getJsonObject(0).getString("rule")).isEqualTo("REVIEW-COI-1");
            assertThat(array(api.get("api/v1/reviews", "expert3"))).isEmpty();

            // ---- a bulk assignment with one refused pair changes nothing
            check(browser, "#bulk\\:applications", "D21-19");
            check(browser, "#bulk\\:applications", "D21-21");
            check(browser, "#bulk\\:experts", "expert3");
            check(browser, "#bulk\\:experts", "expert4");
            assertThat(browser.all("#bulk input:checked")).hasSize(4);
            browser.click("#bulk\\:assign");
            waitForError(browser, "批量分配未执行");
            assertThat(browser.text("#messages")).contains("D21-21 × expert4").contains("REVIEW-COI-1");
            browser.fullScreenshot("review-bulk-refused");
            assertThat(array(api.get("api/v1/reviews", "expert3"))).as("D21-19 × expert3 was not kept").isEmpty();
            assertThat(array(api.get("api/v1/reviews", "expert4"))).isEmpty();
            // ---- one by one: three experts to D21-21, the conflicted one refused with its reason
            assignOne(browser, "D21-21", "expert1");
            assignOne(browser, "D21-21", "expert2");
            assignOne(browser, "D21-21", "expert3");
            new Select(row(browser, "D21-21").findElement(By.cssSelector("select"))).selectByValue("expert4");
            row(browser, "D21-21").findElement(By.cssSelector("button")).click();
            waitForError(browser, "分配未执行");
            assertThat(browser.text("#messages")).contains("D21-21 × expert4").contains("REVIEW-COI-1").contains("IV.2");
            browser.fullScreenshot("review-one-refused");
            assignOne(browser, "D21-19", "expert3");
            assertThat(experts(browser, "D21-21")).containsExactly("expert1", "expert2", "expert3");
            assertThat(row(browser, "D21-21").getText()).contains("已评 0 / 需 3");
            assertThat(row(browser, "D21-19").getText()).contains("expert1 已回避");
            assertThat(array(api.get("api/v1/reviews", "expert4"))).isEmpty();
            logout(browser);

            // ---- each expert scores on the expert's pages
            login(browser, "expert1", "demo-2021");
            score(browser, "D21-21", "9", "8", "8.5", "9");
            logout(browser);
            login(browser, "expert2", "demo-2021");
            score(browser, "D21-21", "8", "8", "8", "8");
            score(browser, "D21-19", "7", "7", "7", "7");
            logout(browser);
            login(browser, "expert3", ApiClient.PASSWORD);
            score(browser, "D21-21", "9", "9", "9", "8");
            score(browser, "D21-19", "8", "7", "6", "7");
            logout(browser);

            // ---- the office follows the progress, records the exception, allocates
            login(browser, "office", "demo-2021");
            browser.open("office/review.xhtml");
            assertThat(row(browser, "D21-21").getText()).contains("已评 3 / 需 3");
            assertThat(row(browser, "D21-21").findElements(By.cssSelector(".expert-tag.scored"))).hasSize(3);
            assertThat(row(browser, "D21-19").getText()).contains("已评 2 / 需 3");
            WebElement expert3 = browser.find("#expert-progress tr[data-expert='expert3']");
            assertThat(expert3.findElement(By.cssSelector(".assigned")).getText()).isEqualTo("2");
            assertThat(expert3.findElement(By.cssSelector(".scored")).getText()).isEqualTo("2");

            browser.open("office/ranking.xhtml");
            assertThat(browser.text("#waiting")).contains("D21-19");
            browser.click("#allocate\\:run");
            waitForError(browser, "D21-19");
            browser.open("office/review.xhtml");
            new Select(browser.find("#exception\\:application")).selectByValue("D21-19");
            String reason = "<i>专家一</i>回避后无其他同领域专家，按两份评分表排序";
            browser.type("#exception\\:reason", reason);
            browser.click("#exception\\:record");
            waitForMessage(browser, "已为 D21-19 记录例外");
            assertThat(row(browser, "D21-19").findElement(By.cssSelector(".exception")).getText()).contains(reason);

            browser.open("office/ranking.xhtml");
            assertThat(browser.all("#waiting")).isEmpty();
            browser.click("#allocate\\:run");
            waitForMessage(browser, "已分配 2 项");
            WebElement development = group(browser, "DEVELOPMENT_SUPPORT");
            assertThat(development.findElement(By.cssSelector("tr.place.within[data-id='D21-21'] td")).getText()).isEqualTo("1");
            assertThat(development.findElement(By.cssSelector("tr.quota-line")).getText()).contains("限额线");
            WebElement health = browser.find("tr.place[data-id='D21-19']");
            assertThat(health.getText()).contains(reason).contains("拟立项");
            // the earlier round's group keeps its quota line and reserve list
            WebElement paper = browser.find("tr.place[data-id='D21-09']").findElement(By.xpath("ancestor::table"));
            List<WebElement> rows = paper.findElements(By.cssSelector("tbody tr"));
            assertThat(rows.get(0).getAttribute("data-id")).isEqualTo("D21-16");
            assertThat(rows.get(1).getAttribute("class")).contains("quota-line");
            assertThat(rows.get(1).getText()).contains("以上 1 项在限额内");
            assertThat(rows.get(2).getAttribute("data-id")).isEqualTo("D21-09");
            assertThat(rows.get(2).getText()).contains("候补第 1 位").contains("未推荐");
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).isNull();
            browser.fullScreenshot("ranking-allocated");
            browser.open("office/ranking.xhtml");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("ranking-laptop");
            browser.size(Browser.PHONE).fullScreenshot("ranking-phone");
            browser.size(Browser.LAPTOP);

            // ---- publicity: the approval list from the day chosen, its period in working days
            browser.open("office/publicity.xhtml");
            assertThat(browser.text("#waiting")).contains("D21-16").contains("D21-19").contains("D21-21");
            browser.type("#publish\\:title", "2021 年度拟立项项目公示（第二批）");
            browser.type("#publish\\:start", "2021-06-07");
            browser.click("#publish\\:preview");
            browser.waitFor().until(d -> !browser.all("#publish .ui-message-error").isEmpty());
            assertThat(browser.text("#publish")).contains("2021-06-08");
            browser.type("#publish\\:start", "2021-06-10");
            browser.click("#publish\\:preview");
            browser.waitFor().until(d -> !browser.all("#preview-period").isEmpty());
            assertThat(browser.text("#preview-period"))
                    .isEqualTo("公示期：2021年6月10日 至 2021年6月17日 24:00（北京时间，UTC+08:00），共 5 个工作日");
            assertThat(browser.all("#skipped li").stream().map(WebElement::getText).toList()).containsExactly(
                    "2021年6月12日 星期六：法定节假日", "2021年6月13日 星期日：法定节假日", "2021年6月14日 星期一：法定节假日");
            browser.fullScreenshot("publicity-preview");
            browser.click("#publish\\:go");
            waitForMessage(browser, "已发布");
            assertThat(browser.text(".ui-messages-info")).contains("3 项").contains("2021年6月17日");
            assertThat(browser.text("#nothing-waiting")).isNotEmpty();
            JsonObject notice = array(api.get("api/v1/notices", null)).stream().map(JsonValue::asJsonObject)
                    .filter(n -> n.getString("title").equals("2021 年度拟立项项目公示（第二批）")).findFirst().orElseThrow();
            assertThat(notice.getString("firstDay")).isEqualTo("2021-06-10");
            assertThat(notice.getString("lastDay")).isEqualTo("2021-06-17");
            assertThat(notice.getBoolean("running")).isFalse();
            String noticeId = notice.getString("id");
            logout(browser);

            // ---- the public page lists the project; once the notice runs, an objection is lodged there
            api.moveClock("2021-06-10T02:00:00Z");
            browser.open("public/notices.xhtml");
            assertThat(browser.text("#current")).contains("拟立项项目公示（第二批）").contains("公示中");
            browser.click("#current li[data-id='" + noticeId + "'] a");
            browser.waitForPath("/public/notice.xhtml");
            assertThat(browser.text("#listed")).contains("D21-21").contains("D21-16").contains("D21-19");
            assertThat(browser.text("#period")).contains("2021年6月17日 24:00").contains("共 5 个工作日");
            String objectionText = "<b>该论文遴选</b>的评审专家名单未公开，请核实";
            new Select(browser.find("#objection\\:application")).selectByValue("D21-16");
            browser.type("#objection\\:text", objectionText);
            browser.type("#objection\\:contact", "witness@example.org");
            browser.click("#objection\\:submit");
            browser.waitFor().until(d -> !browser.all(".ui-messages-info").isEmpty());
            assertThat(browser.text(".ui-messages-info")).contains("D21-16");
            browser.fullScreenshot("public-objection");

            // ---- the office decides: without a reason refused (named, nothing changed), then upheld
            login(browser, "office", "demo-2021");
            browser.open("office/publicity.xhtml");
            WebElement objectionRow = browser.find("tr.objection[data-application='D21-16']");
            assertThat(objectionRow.getText()).contains(objectionText).contains("待处理");
            String objectionId = objectionRow.getAttribute("data-id");
            check(browser, "#decide\\:objections", objectionId);
            browser.click("#decide\\:confirm");
            waitForError(browser, "决定未执行");
            assertThat(browser.text("#messages")).contains(objectionId).contains("note");
            assertThat(array(api.get("api/v1/notices/" + noticeId + "/objections", OFFICE)).getJsonObject(0)
                    .getString("status")).isEqualTo("OPEN");
            assertThat(browser.find("#decide\\:objections input[value='" + objectionId + "']").isSelected())
                    .as("the choice is kept after the refusal").isTrue();
            browser.find("#decide\\:decision input[value='UPHOLD']").click();
            browser.type("#decide\\:note", "经核实，评审专家名单未按要求公开，异议成立");
            browser.click("#decide\\:confirm");
            waitForMessage(browser, "异议成立");
            assertThat(browser.find("tr.objection[data-id='" + objectionId + "'] .status").getText()).isEqualTo("异议成立");
            assertThat(browser.find("tr.objection[data-id='" + objectionId + "'] .note").getText())
                    .isEqualTo("经核实，评审专家名单未按要求公开，异议成立");
            // the reserve is promoted and waits for its supplementary notice
            assertThat(browser.find("#waiting tr[data-id='D21-09']").getText()).contains("拟立项");
            browser.fullScreenshot("publicity-decided");
            browser.open("office/publicity.xhtml");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("publicity-laptop");
            browser.size(Browser.PHONE).fullScreenshot("publicity-phone");
            browser.size(Browser.LAPTOP);

            new Select(browser.find("#publish\\:kind")).selectByValue("SUPPLEMENTARY_APPROVAL_LIST");
            browser.type("#publish\\:title", "2021 年度递补立项项目公示");
            browser.click("#publish\\:go");
            waitForMessage(browser, "已发布");
            assertThat(browser.text(".ui-messages-info")).contains("1 项").contains("D21-09");
            JsonObject supplementary = array(api.get("api/v1/notices", null)).stream().map(JsonValue::asJsonObject)
                    .filter(n -> n.getString("kind").equals("SUPPLEMENTARY_APPROVAL_LIST")).findFirst().orElseThrow();
            assertThat(supplementary.getJsonArray("applications").getJsonObject(0).getString("id")).isEqualTo("D21-09");
            assertThat(supplementary.getString("firstDay")).isEqualTo("2021-06-10");
            assertThat(browser.consoleErrors()).isEmpty();

            // ---- English
            browser.open("office/review.xhtml?lang=en");
            browser.waitFor().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
            assertThat(browser.text("h1")).isEqualTo("Expert review");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("review-en");
            browser.size(Browser.PHONE).fullScreenshot("review-en-phone");
            browser.size(Browser.LAPTOP);
            browser.open("office/ranking.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Ranking and allocation");
            assertThat(browser.text("main")).contains("Quota line");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("ranking-en");
            browser.size(Browser.PHONE).fullScreenshot("ranking-en-phone");
            browser.size(Browser.LAPTOP);
            browser.open("office/publicity.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Publicity");
            browser.type("#publish\\:start", "2021-09-29");
            browser.click("#publish\\:preview");
            browser.waitFor().until(d -> !browser.all("#preview-period").isEmpty());
            assertThat(browser.text("#preview-period")).contains("to 24:00 of").contains("5 working days");
            assertThat(browser.text("#skipped")).contains("public holiday");
            assertThat(browser.text("#worked")).contains("Saturday");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("publicity-en");
            browser.size(Browser.PHONE).fullScreenshot("publicity-en-phone");
            browser.size(Browser.LAPTOP);
            browser.open("office/review.xhtml?lang=zh");
        } finally {
            api.resetClock();
        }
    }

    private static void login(Browser browser, String user, String password) {
        browser.open("index.xhtml");
        browser.waitFor().until(d -> browser.all("#login\\:username").size() == 1);
        browser.find("#login\\:username").sendKeys(user, Keys.TAB, password, Keys.ENTER);
        browser.waitFor().until(d -> browser.all("#logoutForm\\:logout").size() == 1);
    }

    private static void logout(Browser browser) {
        browser.click("#logoutForm\\:logout");
        browser.waitFor().until(d -> browser.all("#login\\:username").size() == 1);
    }

    private static void waitForMessage(Browser browser, String text) {
        browser.waitFor().withMessage(() -> "messages: " + browser.text("#messages")).until(d -> browser.all(".ui-messages-info").stream().anyMatch(m -> m.getText().contains(text)));
    }

    private static void waitForError(Browser browser, String text) {
        browser.waitFor().withMessage(() -> "messages: " + browser.text("#messages")).until(d -> browser.all(".ui-messages-error").stream().anyMatch(m -> m.getText().contains(text)));
    }

    private static List<String> ids(Browser browser) {
        return browser.all("#applications tr.application").stream().map(r -> r.getAttribute("data-id")).toList();
    }

    private static WebElement row(Browser browser, String id) {
        return browser.find("#applications tr.application[data-id='" + id + "']");
    }

    private static List<String> experts(Browser browser, String id) {
        return row(browser, id).findElements(By.cssSelector(".expert-tag")).stream()
                .map(e -> e.getAttribute("data-expert")).toList();
    }

    private static WebElement group(Browser browser, String key) {
        return browser.find("section.quota-group[data-group='" + key + "']");
    }

    /** Ticks the checkbox of a value in a selectManyCheckbox. */
    private static void check(Browser browser, String list, String value) {
        browser.find(list + " input[value='" + value + "']").click();
    }

    private static void assignOne(Browser browser, String id, String expert) {
        new Select(row(browser, id).findElement(By.cssSelector("select"))).selectByValue(expert);
        row(browser, id).findElement(By.cssSelector("button")).click();
        browser.waitFor().until(d -> browser.all(".ui-messages-info").stream()
                .anyMatch(m -> m.getText().contains(id + " × " + expert)));
    }

    private static void score(Browser browser, String id, String... criteria) {
        browser.open("expert/review.xhtml?id=" + id);
        for (int i = 0; i < criteria.length; i++) {
            browser.type("#sheet\\:criteria\\:" + i + "\\:score", criteria[i]);
        }
        browser.click("#sheet\\:save");
        browser.waitFor().until(d -> !browser.all(".ui-messages-info").isEmpty());
        assertThat(browser.text(".ui-messages-info")).contains("评分已保存");
    }
}
