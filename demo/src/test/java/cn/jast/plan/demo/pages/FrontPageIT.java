package cn.jast.plan.demo.pages;

import cn.jast.plan.demo.probe.DemoProbeResource;
import cn.jast.plan.demo.probe.DemoSeedOn;
import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.browser.Browser;
import cn.jast.plan.web.browser.BrowserExtension;
import cn.jast.plan.web.probe.ProbeResource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front page and the society's login in a real headless Chromium, on the demo data with the tests'
 * fixed clock (2021-05-20 10:00 Beijing time): the plan year with its exact closing instant and a live
 * countdown, the public notices, the switch to English that is remembered, the keyboard login to the
 * society's dashboard with its deadlines and the 72-hour warning, logout; axe-core finds no serious
 * violation; screenshots at laptop and phone width.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class FrontPageIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The demo WAR with its seeding on, and the probes (the movable clock): the demo societies log in.
        return Deployments.application().addPackage(DemoProbeResource.class.getPackage())
                .addPackage(ProbeResource.class.getPackage())
                .addAsServiceProvider(ConfigSource.class, DemoSeedOn.class);
    }

    @Test
    void aVisitorSeesThePlanYearALiveCountdownAndTheNoticesInChineseAndSwitchesToEnglish(Browser browser)
            throws InterruptedException {
        browser.at(Deployments.baseUri(base)).open("");
        assertThat(browser.text("h1")).isEqualTo("提升学会服务科技创新能力计划");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.text("#closing")).contains("2021年5月28日 17:00").contains("北京时间").contains("UTC+08:00");
        assertThat(browser.find("#closing").getAttribute("datetime")).isEqualTo("2021-05-28T17:00+08:00");
        // 2021-05-20 10:00 to 2021-05-28 17:00 Beijing time: 8 days 7 hours, counting down in the browser
        assertThat(browser.text("#countdown .cd-d")).isEqualTo("8");
        String seconds = browser.text("#countdown .cd-s");
        Thread.sleep(2_100);
        assertThat(browser.text("#countdown .cd-s")).as("the countdown runs").isNotEqualTo(seconds);
        assertThat(browser.all(".notice-title")).extracting(e -> e.getText())
                .anySatisfy(t -> assertThat(t).contains("拟立项项目公示"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(browser.consoleErrors()).as("no script error, no CSP refusal").isEmpty();
        browser.fullScreenshot("zh-laptop");
        browser.size(Browser.PHONE).fullScreenshot("zh-phone");
        browser.size(Browser.LAPTOP);

        browser.click(".lang-switch");
        browser.waitFor().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.text("h1")).isEqualTo("Plan to improve societies' capacity to serve sci-tech innovation");
        assertThat(browser.text("#closing")).contains("28 May 2021, 17:00").contains("Beijing time");
        browser.open("index.xhtml");
        assertThat(browser.text("h1")).as("the choice is remembered").startsWith("Plan to improve");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("en-laptop");
        browser.click(".lang-switch");
        browser.waitFor().until(d -> "zh-CN".equals(browser.find("html").getAttribute("lang")));
    }

    @Test
    void aSocietyLogsInWithTheKeyboardSeesItsDeadlinesAndApplicationsAndLogsOut(Browser browser) {
        ApiClient api = new ApiClient(base);
        browser.at(Deployments.baseUri(base)).open("society/dashboard.xhtml");
        browser.waitForPath("/index.xhtml");
        assertThat(browser.text(".login .notice-inline")).contains("请先登录");
        browser.find("#login\\:username").sendKeys("s0001", Keys.TAB, "demo-2021", Keys.ENTER);
        browser.waitForPath("/society/dashboard.xhtml");

        assertThat(browser.text("#society")).contains("江苏省计算机学会").contains("2021");
        assertThat(browser.text("#deadline-electronic .deadline-left")).isEqualTo("还剩 8 天 7 小时");
        assertThat(browser.text("#deadline-electronic .deadline-at")).contains("2021年5月28日 17:00（北京时间，UTC+08:00）");
        assertThat(browser.text("#deadline-paper .deadline-left")).isEqualTo("还剩 11 天 7 小时");
        assertThat(browser.all(".deadline-warning")).isEmpty();
        assertThat(browser.text("#applications")).contains("江苏省计算机学会一流学会建设");
        assertThat(browser.all("#applications .next")).isNotEmpty();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("dashboard-laptop");
        browser.size(Browser.PHONE).fullScreenshot("dashboard-phone");
        browser.size(Browser.LAPTOP);

        // inside the last 72 hours the dashboard and the header warn
        api.moveClock("2021-05-26T12:00:00Z");
        try {
            browser.open("society/dashboard.xhtml");
            assertThat(browser.text("#deadline-electronic .deadline-left")).isEqualTo("还剩 1 天 21 小时");
            assertThat(browser.text("#deadline-electronic .deadline-warning")).contains("不足 72 小时");
            assertThat(browser.find("#countdown").getAttribute("class")).contains("countdown-warn");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.fullScreenshot("dashboard-warning");
        } finally {
            api.resetClock();
        }

        browser.click("#logoutForm\\:logout");
        browser.waitFor().until(d -> browser.all("#login\\:username").size() == 1);
        browser.open("society/dashboard.xhtml");
        browser.waitForPath("/index.xhtml");
    }

    @Test
    void aSocietyEditsWhatItDeclaresSeesWhatTheOfficeRecordsAndItsTextsStayText(Browser browser) {
        ApiClient api = new ApiClient(base);
        String script = "<b>粗体</b><script>window.__xss = 1</script>";
        browser.at(Deployments.baseUri(base)).open("");
        login(browser, "s0007");
        browser.open("society/profile.xhtml");
        assertThat(browser.text("#society")).contains("江苏省物理学会");
        assertThat(browser.text("#recorded")).contains("省级学会").contains("省科协登记").contains("合格");
        assertThat(browser.all("#recorded input, #recorded select, #recorded textarea")).as("office facts are read-only")
                .isEmpty();
        assertThat(browser.find("#profile input[id$='0:journalCn']").getAttribute("value"))
                .isEqualTo("CN32-1234/N");

        browser.type("#profile\\:fullTime", "6");
        browser.click("#profile\\:addJournal");
        browser.waitFor().until(d -> browser.all("#profile input[id$='journalTitle']").size() == 2);
        browser.type("#profile input[id$='1:journalTitle']", script);
        browser.click("#profile\\:save");
        browser.waitFor().until(d -> browser.all(".ui-messages-info").size() == 1);
        assertThat(browser.text(".ui-messages-info")).contains("学会信息已保存");
        browser.open("society/profile.xhtml");
        assertThat(browser.find("#profile\\:fullTime").getAttribute("value")).isEqualTo("6");
        assertThat(browser.find("#profile input[id$='1:journalTitle']").getAttribute("value")).isEqualTo(script);
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.__xss"))
                .as("a typed script never runs").isNull();
        api.account("probe-s7", "SOCIETY", "S-0007");
        assertThat(ApiClient.json(api.get("api/v1/societies/S-0007", "probe-s7")).getJsonObject("profile")
                .getJsonObject("staff").getInt("fullTime"))
                .as("the page saved through the same service as REST").isEqualTo(6);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("profile-laptop");
        browser.size(Browser.PHONE).fullScreenshot("profile-phone");
        browser.size(Browser.LAPTOP);

        // the service refuses a negative count, beside the field, and nothing changes
        browser.type("#profile\\:fullTime", "-1");
        browser.click("#profile\\:save");
        browser.waitFor().until(d -> !browser.all(".ui-message-error").isEmpty() || !browser.all(".ui-messages-error").isEmpty());
        browser.fullScreenshot("profile-refused");
        browser.open("society/profile.xhtml");
        assertThat(browser.find("#profile\\:fullTime").getAttribute("value")).isEqualTo("6");

        // what a society typed is shown as text on the dashboard too
        api.draft("probe-s7", ApiClient.membersHome(script));
        browser.open("society/dashboard.xhtml");
        assertThat(browser.text("#applications")).contains(script);
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.__xss"))
                .isNull();
        browser.open("?lang=en");
        browser.open("society/profile.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Society profile");
        assertThat(browser.text("#recorded")).contains("Recorded by the office");
        browser.fullScreenshot("profile-en");
    }

    private static void login(Browser browser, String user) {
        browser.find("#login\\:username").sendKeys(user, Keys.TAB, "demo-2021", Keys.ENTER);
        browser.waitForPath("/society/dashboard.xhtml");
    }
}
