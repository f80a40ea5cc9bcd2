package cn.jast.plan.demo.pages;

import cn.jast.plan.demo.probe.DemoProbeResource;
import cn.jast.plan.demo.probe.DemoSeedOn;
import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.browser.Browser;
import cn.jast.plan.web.browser.BrowserExtension;
import cn.jast.plan.web.probe.ProbeResource;
import jakarta.json.JsonArray;
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
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After approval, in a real headless Chromium on the demo data. The society (s0006, whose D21-13 is
 * approved and waits for its mid-term report) sees on its dashboard the approval notice that lists
 * D21-13 and a link to the project; on the project page it uploads evidence (size limit shown first, then
 * its size and SHA-256), has a report without text refused beside the field, files its mid-term report
 * with the evidence ticked (read back over REST), books a planned and an actual expense of one line and
 * sees the line over plan, has an amount that is no number refused with nothing booked, and reverses the
 * actual expense with a reason. The office then sees the project due for its mid-term evaluation and
 * records it; checks the final assessment of D21-15 rule by rule (the unmet rules are exactly those the
 * REST check names), has a pass without reasons refused, and passes it with a reason per unmet rule; and
 * reads the funding list and D21-02's ledger, planned against actual. Typed text stays text; Chinese
 * and English; axe-core finds no serious violation; screenshots at laptop and phone width.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class ProjectPagesIT {

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
    void aSocietyRunsItsProjectAndTheOfficeAssessesIt(Browser browser) throws Exception {
        ApiClient api = new ApiClient(base);
        api.account(OFFICE, "OFFICE", null);

        browser.at(Deployments.baseUri(base)).open("society/dashboard.xhtml");
        browser.waitForPath("/index.xhtml");
        login(browser, "s0006");
        browser.waitForPath("/society/dashboard.xhtml");

        // the dashboard: the notice that lists D21-13, and the way to the project
        assertThat(browser.text("#society-notices")).contains("拟立项项目公示（第一批）").contains("D21-13")
                .contains("立项公示").contains("已结束");
        WebElement row = browser.all("#applications tr").stream().filter(r -> r.getText().contains("D21-13"))
                .findFirst().orElseThrow();
        assertThat(row.getText()).contains("已立项").contains("报送中期报告");
        row.findElement(By.cssSelector("a.app-project")).click();
        browser.waitForPath("/society/project.xhtml");
        assertThat(browser.text("h1")).isEqualTo("项目管理");
        assertThat(browser.text("#project-id")).isEqualTo("D21-13");
        assertThat(browser.text("#project-state")).isEqualTo("已立项");
        assertThat(browser.text("#project-funding")).isEqualTo("尚未作出资助决定");
        assertThat(browser.text("#evidence-limit")).contains("20 MB");
        shots(browser, "1-project");

        // evidence: uploaded, listed with its size and fingerprint
        Path file = Files.createTempFile("中期佐证", ".pdf");
        byte[] bytes = "%PDF-1.4\n% 青少年科技教育活动照片\n".repeat(300).getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        browser.driver().findElement(By.cssSelector("#evidence-form\\:upload input[type='file']")).sendKeys(file.toString());
        until(browser, d -> !browser.all("#evidence").isEmpty());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(browser.text("#evidence")).contains(file.getFileName().toString()).contains(sha).contains("KB");
        assertThat(browser.text("#project-notice")).contains(file.getFileName().toString());

        // a report without text is refused beside the field, and nothing is filed
        new Select(browser.find("#report\\:kind")).selectByVisibleText("中期报告");
        submit(browser, "#report\\:file");
        until(browser, d -> !browser.all("#report .ui-message-error").isEmpty());
        assertThat(messageOf(browser, "report:text")).isNotBlank();
        assertThat(array(api.get("api/v1/applications/D21-13/reports", OFFICE))).isEmpty();
        shots(browser, "2-report-refused");

        // the mid-term report with its evidence
        String text = "项目按计划推进：<b>已开展</b>青少年科技教育活动 12 场。\n下一阶段完成教材编写。";
        new Select(browser.find("#report\\:kind")).selectByVisibleText("中期报告");
        browser.type("#report\\:text", text);
        WebElement tick = browser.find("#report\\:evidence input[type='checkbox']");
        assertThat(tick.isSelected()).as("the evidence just uploaded is ticked").isTrue();
        tick.click();
        assertThat(tick.isSelected()).isFalse();
        browser.find("#report\\:evidence input[type='checkbox']").click();
        submit(browser, "#report\\:file");
        until(browser, d -> browser.text("#reports").contains("下一阶段"));
        assertThat(browser.text("#project-notice")).contains("已报送中期报告");
        assertThat(browser.text("#reports")).contains("<b>已开展</b>").contains(file.getFileName().toString());
        JsonArray reports = array(api.get("api/v1/applications/D21-13/reports", OFFICE));
        assertThat(reports).hasSize(1);
        assertThat(reports.getJsonObject(0).getString("kind")).isEqualTo("MID_TERM");
        assertThat(reports.getJsonObject(0).getString("text")).isEqualTo(text);
        assertThat(reports.getJsonObject(0).getJsonArray("evidenceAttachmentIds")).hasSize(1);

        // the ledger: planned and actual of one line, over plan
        book(browser, "预算支出", "科普教材印制", "10000");
        until(browser, d -> browser.text("#project-notice").contains("科普教材印制"));
        book(browser, "实际支出", "科普教材印制", "12500.50");
        until(browser, d -> browser.text("#total-spent").contains("12,500.50"));
        assertThat(browser.text("#total-planned")).isEqualTo("¥10,000.00");
        assertThat(browser.text("#lines")).contains("科普教材印制").contains("2,500.50").contains("超预算");
        // an amount that is no number: said beside the field, nothing booked
        book(browser, "实际支出", "专家劳务", "一千");
        until(browser, d -> !browser.all("#book .ui-message-error").isEmpty());
        assertThat(messageOf(browser, "book:amount")).contains("请填写金额");
        assertThat(json(api.get("api/v1/applications/D21-13/ledger", OFFICE)).getJsonArray("entries")).hasSize(2);
        shots(browser, "3-ledger");

        // the actual expense reversed with a reason
        new Select(browser.find("#reverse\\:entry")).selectByVisibleText(
                new Select(browser.find("#reverse\\:entry")).getOptions().stream().map(WebElement::getText)
                        .filter(t -> t.contains("12,500.50")).findFirst().orElseThrow());
        browser.type("#reverse\\:reason", "发票金额录入有误");
        submit(browser, "#reverse\\:submit");
        until(browser, d -> browser.text("#entries").contains("已冲销"));
        assertThat(browser.text("#total-spent")).isEqualTo("¥0.00");
        JsonObject ledger = json(api.get("api/v1/applications/D21-13/ledger", OFFICE));
        assertThat(ledger.getJsonArray("entries")).hasSize(3);

        // English
        browser.click(".lang-switch");
        until(browser, d -> "en".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.text("h1")).isEqualTo("Project");
        assertThat(browser.text("#ledger")).contains("Planned against actual");
        shots(browser, "4-project-en");
        browser.click(".lang-switch");
        until(browser, d -> "zh-CN".equals(browser.find("html").getAttribute("lang")));
        browser.click("#logoutForm\\:logout");
        until(browser, d -> browser.all("#login\\:username").size() == 1);

        // the office: D21-13 due for its mid-term evaluation
        login(browser, "office");
        browser.waitForPath("/office/index.xhtml");
        browser.click("nav a[href*='office/projects']");
        browser.waitForPath("/office/projects.xhtml");
        assertThat(rowOf(browser, "#projects", "D21-13")).contains("中期评估");
        assertThat(rowOf(browser, "#projects", "D21-15")).contains("验收考核");
        assertThat(browser.text("#funded")).contains("D21-02");
        shots(browser, "5-projects");
        browser.find("#projects tr[data-id='D21-13'] a").click();
        browser.waitForPath("/office/project.xhtml");
        assertThat(browser.text("#reports")).contains("下一阶段").contains(file.getFileName().toString());
        browser.find("#midterm\\:passed input[value='true']").click();
        browser.type("#midterm\\:note", "进度符合计划");
        submit(browser, "#midterm\\:record");
        until(browser, d -> browser.text("#assess-notice").contains("中期评估"));
        assertThat(json(api.get("api/v1/applications/D21-13", OFFICE)).getString("state")).isEqualTo("MIDTERM_EVALUATED");

        // D21-15's final assessment, rule by rule, as the REST check evaluates it
        browser.open("office/project.xhtml?id=D21-15");
        browser.type("#evidence\\:proposals", "2");
        submit(browser, "#evidence\\:check");
        until(browser, d -> !browser.all("#rules li").isEmpty());
        List<String> unmet = browser.all("#rules li.unmet").stream().map(e -> e.getAttribute("data-rule")).toList();
        JsonObject check = json(api.post("api/v1/applications/D21-15/final-assessment/check", OFFICE,
                "{\"proposalsSubmitted\": 2}"));
        assertThat(unmet).containsExactlyInAnyOrderElementsOf(check.getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("rule")).toList());
        shots(browser, "6-final-check");
        browser.find("#final\\:passed input[value='true']").click();
        if (!unmet.isEmpty()) {
            submit(browser, "#final\\:record");
            until(browser, d -> !browser.all(".ui-messages-error, #final .ui-message-error").isEmpty());
            assertThat(json(api.get("api/v1/applications/D21-15", OFFICE)).getString("state"))
                    .isEqualTo("FINAL_REPORT_FILED");
            for (int i = 0; i < unmet.size(); i++) {
                browser.type("#final\\:exceptions\\:" + i + "\\:reason", "期刊已按计划出版，佐证见总结报告");
            }
            browser.find("#final\\:passed input[value='true']").click();
        }
        browser.type("#final\\:note", "考核合格");
        submit(browser, "#final\\:record");
        until(browser, d -> !browser.all("#assess-notice").isEmpty());
        assertThat(browser.text("#assess-notice")).contains("已登记验收考核：通过");
        assertThat(json(api.get("api/v1/applications/D21-15", OFFICE)).getString("state")).isEqualTo("PASSED");

        // D21-02's ledger inspected: planned against actual per line
        browser.open("office/project.xhtml?id=D21-02");
        assertThat(browser.text("#lines")).contains("会场租赁").contains("60,000.00").contains("58,600.00");
        assertThat(browser.text("#total-received")).isEqualTo("¥100,000.00");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).isNull();
        shots(browser, "7-ledger-inspection");
    }

    private static void login(Browser browser, String user) {
        browser.find("#login\\:username").sendKeys(user, Keys.TAB, "demo-2021", Keys.ENTER);
    }

    private static void book(Browser browser, String kind, String item, String amount) {
        new Select(browser.find("#book\\:kind")).selectByVisibleText(kind);
        browser.type("#book\\:item", item);
        browser.type("#book\\:amount", amount);
        submit(browser, "#book\\:submit");
    }

    /** Clicks a button that posts the whole page and waits for the page that answers. */
    private static void submit(Browser browser, String css) {
        WebElement button = browser.find(css);
        browser.click(css);
        browser.waitUntilGone(button);
    }

    private static String messageOf(Browser browser, String clientId) {
        return browser.driver().findElement(By.xpath("//*[@id='" + clientId + "']/ancestor::div[contains(@class,'field')]"
                + "//*[contains(@class,'ui-message-error')]")).getText();
    }

    private static String rowOf(Browser browser, String table, String id) {
        return browser.find(table + " tr[data-id='" + id + "']").getText();
    }

    private static void shots(Browser browser, String name) {
        assertThat(browser.seriousAccessibilityViolations()).as(name).isEmpty();
        assertThat(browser.consoleErrors()).as(name + ": no script error, no CSP refusal").isEmpty();
        browser.fullScreenshot(name + "-laptop");
        browser.size(Browser.PHONE).fullScreenshot(name + "-phone");
        browser.size(Browser.LAPTOP);
    }

    private static <T> T until(Browser browser, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }
}
