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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.net.http.HttpResponse;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public notices in a real headless Chromium, without login, on the demo data with the clock at
 * 2022-01-04 10:00 Beijing time: the assessment-results notice of 2021-12-29 runs (five working days
 * over the New Year holiday, to the end of 2022-01-05), the approval list of 2021-06-30 is past. The
 * visitor reads the list and the running notice with its period and projects, has an empty objection
 * refused beside its field, lodges one (the office reads it over REST, its text as typed), and after
 * the address's limit (shared with the REST API, five an hour) is told to wait; the past notice offers
 * no form and says why. Chinese by default, English by the switch; axe-core finds no serious
 * violation; screenshots at laptop and phone width.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class PublicNoticesIT {

    private static final String OFFICE = "probe-office";
    private static final String RESULTS = "N21-RESULTS-2";
    private static final String APPROVAL = "N21-APPROVAL-1";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addPackage(DemoProbeResource.class.getPackage())
                .addPackage(ProbeResource.class.getPackage())
                .addAsServiceProvider(ConfigSource.class, DemoSeedOn.class);
    }

    @Test
    void theVisitorReadsTheNoticesAndObjectsDuringThePeriodOnly(Browser browser) {
        ApiClient api = new ApiClient(base);
        api.account(OFFICE, "OFFICE", null);
        api.moveClock("2022-01-04T02:00:00Z");
        try {
            JsonObject results = json(api.get("api/v1/notices/" + RESULTS, null));
            assertThat(results.getBoolean("running")).isTrue();
            assertThat(results.getString("lastDay")).isEqualTo("2022-01-05");

            browser.at(Deployments.baseUri(base)).open("public/notices.xhtml");
            assertThat(browser.text("h1")).isEqualTo("公示公告");
            assertThat(browser.text("#current")).contains("考核结果公示").contains("公示中")
                    .contains("2021年12月29日 09:00 至 2022年1月5日 24:00（北京时间，UTC+08:00），共 5 个工作日");
            assertThat(browser.text("#past")).contains("拟立项项目公示（第一批）").contains("已结束")
                    .contains("2021年6月30日 09:00 至 2021年7月6日 24:00");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("list-laptop");
            browser.size(Browser.PHONE).fullScreenshot("list-phone");
            browser.size(Browser.LAPTOP);

            // the running notice: its projects with their results, how to object, the form
            browser.click("#current li[data-id='" + RESULTS + "'] a");
            browser.waitForPath("/public/notice.xhtml");
            assertThat(browser.text("#period")).contains("共 5 个工作日");
            assertThat(browser.text("#window")).contains("截至 2022年1月5日 24:00");
            String listedId = results.getJsonArray("applications").getJsonObject(0).getString("id");
            String listedTitle = results.getJsonArray("applications").getJsonObject(0).getString("title");
            assertThat(browser.text("#listed")).contains(listedId).contains(listedTitle)
                    .as("D21-05 failed, D21-02 passed and is funded").contains("考核未通过").contains("考核通过");
            assertThat(browser.text("#objecting")).contains("如何提出异议").contains("无需登录");
            assertThat(browser.all("#objection\\:text")).hasSize(1);

            // nothing written: the service refuses, beside the text
            browser.click("#objection\\:submit");
            browser.waitFor().until(d -> !browser.all("#objecting .ui-message-error").isEmpty());
            assertThat(browser.text("#objecting")).contains("请写明异议的事实和理由");
            browser.fullScreenshot("objection-refused");

            String text = "<b>粗体</b><script>window.__xss = 1</script> 总结报告所列成果与实际不符";
            new Select(browser.find("#objection\\:application")).selectByValue(listedId);
            browser.type("#objection\\:text", text);
            browser.type("#objection\\:contact", "witness@example.org");
            browser.click("#objection\\:submit");
            browser.waitFor().until(d -> !browser.all(".ui-messages-info").isEmpty());
            assertThat(browser.text(".ui-messages-info")).contains("您的异议已收到").contains(listedId);
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).isNull();
            JsonObject recorded = array(api.get("api/v1/notices/" + RESULTS + "/objections", OFFICE)).stream()
                    .map(v -> v.asJsonObject()).filter(o -> o.getString("text").equals(text)).findFirst().orElseThrow();
            assertThat(recorded.getString("application")).isEqualTo(listedId);
            assertThat(recorded.getString("raisedBy")).isEqualTo("anonymous <witness@example.org>");
            assertThat(recorded.getString("status")).isEqualTo("OPEN");
            browser.fullScreenshot("objection-lodged");
            // axe on the page as it opens: PrimeFaces' p:messages writes <li role="alert"> into its <ul>, which
            // axe's "list" rule reports (the shared layout's messages, not this page's)
            browser.open("public/notice.xhtml?id=" + RESULTS);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            assertThat(browser.consoleErrors()).isEmpty();
            browser.fullScreenshot("notice-laptop");
            browser.size(Browser.PHONE).fullScreenshot("notice-phone");
            browser.size(Browser.LAPTOP);

            // one address, one limit for the page and REST alike: four more, then 429, then the page says wait
            String body = "{\"applicationId\": \"" + listedId + "\", \"text\": \"同一地址的又一条异议\"}";
            for (int i = 0; i < 4; i++) {
                assertThat(api.post("api/v1/notices/" + RESULTS + "/objections", null, body).statusCode()).isEqualTo(201);
            }
            HttpResponse<String> tooMany = api.post("api/v1/notices/" + RESULTS + "/objections", null, body);
            assertThat(tooMany.statusCode()).isEqualTo(429);
            assertThat(tooMany.headers().firstValue("Retry-After")).isPresent();
            new Select(browser.find("#objection\\:application")).selectByValue(listedId);
            browser.type("#objection\\:text", "第七条异议");
            browser.click("#objection\\:submit");
            browser.waitFor().until(d -> !browser.all(".ui-messages-error").isEmpty());
            assertThat(browser.text(".ui-messages-error")).contains("提交过于频繁").contains("分钟后再试");
            assertThat(array(api.get("api/v1/notices/" + RESULTS + "/objections", OFFICE)).stream()
                    .filter(v -> v.asJsonObject().getString("text").equals("第七条异议"))).isEmpty();

            // the past notice offers no form and says why
            browser.open("public/notice.xhtml?id=" + APPROVAL);
            assertThat(browser.text("#no-form")).contains("已于 2021年7月6日 24:00（北京时间）结束，不再受理异议");
            assertThat(browser.all("#objection\\:text")).isEmpty();
            assertThat(browser.text("#listed")).contains("D21-17");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("past-laptop");

            // English
            browser.open("public/notice.xhtml?lang=en");
            browser.open("public/notice.xhtml?id=" + RESULTS);
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            assertThat(browser.text("#period")).contains("29 Dec 2021, 09:00 to the end of 5 Jan 2022").contains("5 working days");
            assertThat(browser.text("#objecting")).contains("How to object");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("notice-en");
            browser.size(Browser.PHONE).fullScreenshot("notice-en-phone");
            browser.size(Browser.LAPTOP);
            browser.open("public/notices.xhtml?lang=zh");
        } finally {
            api.resetClock();
        }
    }
}
