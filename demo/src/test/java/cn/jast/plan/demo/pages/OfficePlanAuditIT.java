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
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's plan-year and audit pages in a real headless Chromium, on the demo data (2021-05-20 10:00
 * Beijing time, the 2021 window open since 05-10): the office uploads a malformed plan-year file and sees
 * the reader's line, column and field, nothing stored; uploads a corrected 2021 file (events may end by
 * 2022-01-31 instead of 2021-12-31, and a holiday on 2022-11-14: no submitted application's outcome changes),
 * sees both differences, stores it, and the public check (POST /api/v1/plans/2021/check) answers from the new
 * version; a file that would change the outcome of S-0001's submitted first-class application (8 staff
 * instead of 5) is shown as refused before and refused by the store in the service's words; the stored file
 * downloads. The audit log shows the chain verified up to its last entry, filters by actor, by application
 * and by period (a period ending before it starts refused beside its field), and D21-02's dossier, downloaded
 * through the page's link with the page's session, passes its own verify.py and fails it with one byte of an
 * audit entry changed. Chinese by default, English by the switch; axe-core finds no serious violation;
 * screenshots at laptop and phone width.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class OfficePlanAuditIT {

    private static final String OFFICE = "probe-office";
    private static final Path WORK = Path.of("target", "office-plan-audit");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addPackage(DemoProbeResource.class.getPackage())
                .addPackage(ProbeResource.class.getPackage())
                .addAsServiceProvider(ConfigSource.class, DemoSeedOn.class);
    }

    @Test
    void theOfficeCorrectsThePlanYearAndChecksTheAuditLogAndADossier(Browser browser) throws Exception {
        ApiClient api = new ApiClient(base);
        api.account(OFFICE, "OFFICE", null);
        String plan = resource("/plans/plan-2021.json");
        String lateEvent = checkRequest();
        assertThat(rules(api.post("api/v1/plans/2021/check", null, lateEvent))).as("an event ending 2022-01-15")
                .contains("COND-ACADEMIC_EXCHANGE-2");
        long versionBefore = json(api.post("api/v1/plans/2021/preview", OFFICE, plan)).getJsonNumber("storedVersion").longValue();

        browser.at(Deployments.baseUri(base)).open("office/plan.xhtml");
        browser.waitForPath("/index.xhtml");
        browser.find("#login\\:username").sendKeys("office", Keys.TAB, "demo-2021", Keys.ENTER);
        // after login the office lands on its own home page, whatever page it asked for
        browser.waitForPath("/office/index.xhtml");
        browser.open("office/plan.xhtml");
        browser.waitForPath("/office/plan.xhtml");
        assertThat(browser.text("h1")).isEqualTo("计划年度文件");
        assertThat(browser.text("nav")).contains("计划年度").contains("审计日志");
        assertThat(browser.text("tr.stored-year[data-year='2021'] .stored-version")).isEqualTo(String.valueOf(versionBefore));
        assertThat(browser.text("#size-limit")).contains("1,024 KB");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("plan-laptop");
        browser.size(Browser.PHONE).fullScreenshot("plan-phone");
        browser.size(Browser.LAPTOP);

        // a malformed file: the reader's line, column and field, nothing stored
        String broken = plan.replace("\"firstClassMinStaff\": 5", "\"firstClassMinStaff\": \"five\"");
        int line = lineOf(plan, "\"firstClassMinStaff\"");
        upload(browser, file("plan-2021-broken.json", broken));
        browser.find("#file-problem");
        assertThat(browser.text("#problem-line")).isEqualTo(String.valueOf(line));
        assertThat(Integer.parseInt(browser.text("#problem-column"))).isPositive();
        assertThat(browser.text("#problem-field")).isEqualTo("thresholds.firstClassMinStaff");
        assertThat(browser.text("#problem-file")).isEqualTo("plan-2021-broken.json");
        assertThat(browser.text("#messages")).contains("计划年度文件无法读取").contains("第 " + line + " 行");
        assertThat(browser.all("#plan\\:store")).isEmpty();
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("plan-malformed-laptop");
        browser.size(Browser.PHONE).fullScreenshot("plan-malformed-phone");
        browser.size(Browser.LAPTOP);

        // a file that would change a submitted application's outcome: shown before, refused by the store
        upload(browser, file("plan-2021-staff.json", plan.replace("\"firstClassMinStaff\": 5", "\"firstClassMinStaff\": 8")));
        browser.find("#preview");
        assertThat(browser.text("#outcomes")).contains("存储将被拒绝").contains("COND-FIRST_CLASS-2");
        browser.click("#plan\\:store");
        until(browser, d -> browser.text("#messages").contains("Nothing was stored"));
        assertThat(browser.text("#messages")).contains("当前状态下不能进行此操作").contains("COND-FIRST_CLASS-2");
        browser.fullScreenshot("plan-refused-laptop");
        assertThat(json(api.get("api/v1/plans/2021/file", OFFICE)).getJsonObject("thresholds")
                .getInt("firstClassMinStaff")).isEqualTo(5);

        // the corrected file: its differences, then stored
        String corrected = plan.replace("\"eventsCompletedBy\": \"2021-12-31\"", "\"eventsCompletedBy\": \"2022-01-31\"")
                .replace("[\"2022-10-01\", \"2022-10-07\"]", "[\"2022-10-01\", \"2022-10-07\"], [\"2022-11-14\", \"2022-11-14\"]");
        assertThat(corrected).contains("2022-01-31").contains("2022-11-14");
        upload(browser, file("plan-2021-corrected.json", corrected));
        browser.find("#preview");
        assertThat(browser.text("#preview-year")).isEqualTo("2021");
        assertThat(browser.text("#preview-against")).contains("替换已存储的第 " + versionBefore + " 版");
        List<WebElement> changes = browser.all("#changes tr.change");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).getText()).contains("阈值").contains("eventsCompletedBy").contains("2021-12-31").contains("2022-01-31");
        assertThat(changes.get(1).getText()).contains("节假日").contains("2022-11-14").contains("（无）");
        assertThat(browser.all("#outcomes")).isEmpty();
        assertThat(browser.text("#window-open")).contains("已经开放");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("plan-preview-laptop");
        browser.size(Browser.PHONE).fullScreenshot("plan-preview-phone");
        browser.size(Browser.LAPTOP);
        browser.click("#plan\\:store");
        until(browser, d -> !browser.all(".ui-messages-info").isEmpty());
        assertThat(browser.text(".ui-messages-info")).contains("已存储 2021 年度第 " + (versionBefore + 1) + " 版");
        assertThat(browser.text("tr.stored-year[data-year='2021'] .stored-version")).isEqualTo(String.valueOf(versionBefore + 1));
        assertThat(browser.all("#preview")).isEmpty();

        // the public check answers from the new version; the stored file downloads through the page's link
        assertThat(rules(api.post("api/v1/plans/2021/check", null, lateEvent))).doesNotContain("COND-ACADEMIC_EXCHANGE-2")
                .contains("ELIG-3", "ELIG-5");
        HttpResponse<byte[]> stored = withSession(browser, browser.find("tr.stored-year[data-year='2021'] a.download")
                .getAttribute("href"));
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(new String(stored.body(), StandardCharsets.UTF_8)).isEqualTo(corrected);
        assertThat(stored.headers().firstValue("Content-Disposition").orElseThrow()).contains("plan-2021.json");

        // English: the same file again is the stored one
        browser.open("office/plan.xhtml?lang=en");
        browser.waitFor().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
        upload(browser, file("plan-2021-corrected.json", corrected));
        browser.find("#same");
        assertThat(browser.text("h1")).isEqualTo("Plan-year files");
        assertThat(browser.text("#same")).contains("exactly the stored version");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("plan-en-laptop");
        browser.size(Browser.PHONE).fullScreenshot("plan-en-phone");
        browser.size(Browser.LAPTOP);
        browser.open("office/audit.xhtml?lang=zh");
        browser.waitFor().until(d -> "zh-CN".equals(browser.find("html").getAttribute("lang")));

        // the audit log: the chain verified up to its last entry
        JsonObject verified = json(api.get("api/v1/audit/verify", OFFICE));
        assertThat(verified.getBoolean("ok")).isTrue();
        browser.open("office/audit.xhtml");
        assertThat(browser.text("h1")).isEqualTo("审计日志");
        long checked = verified.getJsonNumber("entriesChecked").longValue();
        assertThat(browser.text("#chain-ok")).contains("链完整").contains("校验至第");
        long shown = Long.parseLong(browser.text("#chain-ok").replaceAll("(?s).*校验至第 (\\d+) 条.*", "$1"));
        assertThat(shown).isGreaterThanOrEqualTo(checked);
        assertThat(browser.all("#log\\:entries tr.audit-entry")).hasSize(20);
        assertThat(browser.text("#log\\:entries")).contains("共 " + shown + " 条");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("audit-laptop");
        browser.size(Browser.PHONE).fullScreenshot("audit-phone");
        browser.size(Browser.LAPTOP);

        // by actor: the office's store of the plan year is there, the refused one is not
        browser.type("#filter\\:actor", "office");
        browser.click("#filter\\:apply");
        until(browser, d -> actors(browser).stream().allMatch("office"::equals));
        List<WebElement> rows = browser.all("#log\\:entries tr.audit-entry");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("plan.correct").contains("计划年度").contains("2021");
        assertThat(browser.text("#log\\:entries")).contains("共 1 条");

        // by application and period: D21-02's entries of June 2021
        browser.click("#filter\\:clear");
        ajaxDone(browser);
        new Select(browser.find("#filter\\:targetType")).selectByVisibleText("申报");
        browser.type("#filter\\:targetId", "D21-02");
        browser.type("#filter\\:from", "2021-06-01");
        browser.type("#filter\\:to", "2021-06-30");
        browser.click("#filter\\:apply");
        until(browser, d -> browser.all("#log\\:entries .target-id").stream().allMatch(e -> e.getText().equals("D21-02")));
        List<WebElement> june = browser.all("#log\\:entries tr.audit-entry");
        assertThat(june).isNotEmpty();
        assertThat(june).allSatisfy(r -> assertThat(r.getText()).contains("2021-06-"));
        assertThat(browser.text("#log\\:entries")).contains("review.");
        browser.fullScreenshot("audit-filtered-laptop");
        browser.size(Browser.PHONE).fullScreenshot("audit-filtered-phone");
        browser.size(Browser.LAPTOP);

        // a period that ends before it starts: refused beside "to", the table keeps its filter
        browser.type("#filter\\:to", "2021-05-01");
        browser.click("#filter\\:apply");
        until(browser, d -> !browser.all("#filter-card .ui-message-error").isEmpty());
        assertThat(browser.all("[id='filter:to'] ~ .ui-message-error, [id='filter:to'] + .ui-message-error")).isNotEmpty();
        assertThat(browser.all("#log\\:entries tr.audit-entry")).hasSize(june.size());
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // D21-02's dossier through the page's link: its verify.py passes, and fails with one byte of an entry changed
        String href = browser.find("#log\\:entries a.dossier-link").getAttribute("href");
        assertThat(href).endsWith("/office/dossier?id=D21-02");
        HttpResponse<byte[]> zip = withSession(browser, href);
        assertThat(zip.statusCode()).isEqualTo(200);
        Path root = unzip(zip.body(), "original").resolve("dossier-D21-02");
        assertThat(Files.readString(root.resolve("audit/entries.json"))).contains("application.submit")
                .contains("assessment.final.passed").contains("application.resultTakesEffect");
        Run ok = run(root, "python3", "verify.py");
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("校验通过").contains("D21-02");
        assertThat(run(root, "sha256sum", "-c", "--strict", "SHA256SUMS").exit()).isZero();
        Path tampered = unzip(zip.body(), "tampered").resolve("dossier-D21-02");
        Path entries = tampered.resolve("audit/entries.json");
        byte[] bytes = Files.readAllBytes(entries);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"actor\": \"") + 10;
        bytes[at] ^= 0x01;
        Files.write(entries, bytes);
        Run failed = run(tampered, "python3", "verify.py");
        assertThat(failed.exit()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("FAILED").contains("the entry was changed").contains("校验失败");

        // an unknown dossier is the friendly error page, never a trace
        browser.open("office/dossier?id=NO-SUCH");
        assertThat(browser.driver().getPageSource()).doesNotContain("Exception").doesNotContain("at cn.jast");
        // the browser logs the page's own 404, the one error expected here (reading the log empties it)
        assertThat(browser.consoleErrors()).singleElement().asString().contains("dossier?id=NO-SUCH").contains("404");
        browser.open("office/audit.xhtml?lang=en");
        browser.waitFor().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
        browser.open("office/audit.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Audit log");
        assertThat(browser.text("#chain-ok")).contains("Chain intact");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.fullScreenshot("audit-en-laptop");
        browser.size(Browser.PHONE).fullScreenshot("audit-en-phone");
        browser.size(Browser.LAPTOP);
    }

    private static List<String> actors(Browser browser) {
        return browser.all("#log\\:entries tr.audit-entry .actor").stream().map(WebElement::getText).toList();
    }

    private static void upload(Browser browser, Path file) {
        ajaxDone(browser);
        browser.driver().findElement(By.cssSelector("#plan\\:file input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        until(browser, d -> !browser.all("#file-problem").isEmpty() || !browser.all("#preview").isEmpty()
                || !browser.all("#messages li").isEmpty());
        ajaxDone(browser);
    }

    private static Path file(String name, String text) throws IOException {
        Path dir = WORK.resolve("files-" + ApiClient.unique());
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text);
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static HttpResponse<byte[]> withSession(Browser browser, String href) throws Exception {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID");
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static Path unzip(byte[] zip, String name) throws IOException {
        Path dir = WORK.resolve("dossier-" + name + "-" + ApiClient.unique());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
                Path target = dir.resolve(z.getName()).normalize();
                assertThat(target.startsWith(dir)).as(z.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return dir;
    }

    /** API.md's example (ELIG-3 and ELIG-5), its event ending 2022-01-15: after 2021-12-31, before 2022-01-31. */
    private static String checkRequest() {
        String example = resource("/check/api-example.json");
        String late = example.replace("\"startDate\": \"2021-10-15\"", "\"startDate\": \"2022-01-13\"")
                .replace("\"endDate\": \"2021-10-17\"", "\"endDate\": \"2022-01-15\"");
        assertThat(late).contains("2022-01-15");
        return late;
    }

    private static List<String> rules(HttpResponse<String> answer) {
        JsonObject body = json(answer);
        assertThat(body.containsKey("violations")).as(answer.body()).isTrue();
        return body.getJsonArray("violations").stream().map(JsonValue::asJsonObject).map(v -> v.getString("rule")).toList();
    }

    private static String resource(String name) {
        try (InputStream in = OfficePlanAuditIT.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void until(Browser browser, ExpectedCondition<Boolean> condition) {
        browser.waitFor().until(condition);
    }

    private static void ajaxDone(Browser browser) {
        until(browser, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }
}
