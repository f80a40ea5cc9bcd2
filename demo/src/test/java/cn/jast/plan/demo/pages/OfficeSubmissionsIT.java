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
import jakarta.json.JsonValue;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's pages in a real headless Chromium on the demo data (2021-05-20 10:00 Beijing time): the
 * office logs in and reads the dashboard, whose figures are those the REST API answers (applications per
 * state, quota use per group, paper copies outstanding) beside a chart for each; filters the submissions
 * table by category, sorts it by submission time, hides two columns, and downloads the XLSX and CSV
 * exports with the page's session: POI reads back exactly the rows and columns shown, in their order;
 * opens one application's file (content, rules at submission, audit entries); records the paper copy of
 * D21-03 (submitted, no copy yet) by typing its fingerprint as a hand scanner does (text, Enter) and
 * sees the match and the application leave the list of missing copies, then a fingerprint that matches
 * nothing, then text that is no fingerprint. A title with markup is shown as text. Chinese first, then
 * English; axe-core finds no serious violation; screenshots of every page at laptop and phone width.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class OfficeSubmissionsIT {

    private static final String OFFICE = "probe-office";
    private static final String EN_PAPER_COPY_RECORDED = "Paper copy received";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addPackage(DemoProbeResource.class.getPackage())
                .addPackage(ProbeResource.class.getPackage())
                .addAsServiceProvider(ConfigSource.class, DemoSeedOn.class);
    }

    @Test
    void theOfficeReadsFiltersExportsAndRecordsAPaperCopy(Browser browser) throws Exception {
        ApiClient api = new ApiClient(base);
        api.account(OFFICE, "OFFICE", null);
        JsonArray all = array(api.get("api/v1/applications?year=2021", OFFICE));
        Map<String, Long> perState = all.stream().map(v -> v.asJsonObject().getString("state"))
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));
        assertThat(all).hasSize(21);
        assertThat(perState.get("SUBMITTED")).as("D21-03 waits for its paper copy").isEqualTo(1L);

        browser.at(Deployments.baseUri(base)).open("office/index.xhtml");
        browser.waitForPath("/index.xhtml");
        browser.find("#login\\:username").sendKeys("office", Keys.TAB, "demo-2021", Keys.ENTER);
        browser.waitForPath("/office/index.xhtml");

        // ---- the dashboard: the figures the REST API answers
        assertThat(browser.text("h1")).isEqualTo("申报统计");
        assertThat(browser.text("#kpi-applications")).isEqualTo("21");
        assertThat(browser.text("#states-total")).isEqualTo("21");
        for (WebElement line : browser.all("#states-table tr.state-line")) {
            String state = line.getAttribute("data-state");
            assertThat(line.findElement(By.cssSelector("td")).getText()).as(state)
                    .isEqualTo(String.valueOf(perState.getOrDefault(state, 0L)));
        }
        assertThat(browser.all("#states-table tr.state-line")).hasSize(20);
        JsonArray quotas = array(api.get("api/v1/plans/2021/quotas", OFFICE));
        List<WebElement> quotaLines = browser.all("#quota-table tr.quota-line");
        assertThat(quotaLines).hasSize(quotas.size());
        for (int i = 0; i < quotas.size(); i++) {
            JsonObject q = quotas.getJsonObject(i);
            List<String> cells = quotaLines.get(i).findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
            assertThat(cells).as(q.getString("key")).containsExactly(String.valueOf(q.getInt("quota")),
                    String.valueOf(q.getInt("submitted")), String.valueOf(q.getInt("underReview")),
                    String.valueOf(q.getInt("recommended")), String.valueOf(q.getInt("approved")));
        }
        assertThat(browser.text("#kpi-quota")).isEqualTo(String.valueOf(quotas.stream()
                .mapToInt(v -> v.asJsonObject().getInt("quota")).sum()));
        assertThat(browser.text("#paper-outstanding")).isEqualTo("1");
        assertThat(browser.text("#paper-lapsed")).isEqualTo("1");
        long submitted = all.stream().filter(v -> v.asJsonObject().get("submittedAt") != null
                && v.asJsonObject().get("submittedAt").getValueType() == JsonValue.ValueType.STRING).count();
        assertThat(browser.text("#kpi-submitted")).isEqualTo(String.valueOf(submitted));
        assertThat(browser.text("#electronic")).contains("2021年5月28日 17:00").contains("+08:00").contains("8 天 7 小时 0 分");
        assertThat(browser.text("#paper")).contains("2021年5月31日 17:00");
        List<WebElement> charts = browser.all("canvas[role='img']");
        assertThat(charts).hasSize(4);
        charts.forEach(c -> assertThat(c.getAttribute("aria-label")).isNotBlank());
        browser.waitFor().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll('canvas')).every(c => c.width > 0 && c.height > 0)"));
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
        browser.fullScreenshot("dashboard-laptop");
        browser.size(Browser.PHONE).fullScreenshot("dashboard-phone");
        browser.size(Browser.LAPTOP);

        // ---- the submissions table: filter by category, sort, hide two columns
        browser.click(".site-nav a[href*='submissions']");
        browser.waitForPath("/office/submissions.xhtml");
        assertThat(browser.text("h1")).isEqualTo("申报列表");
        assertThat(ids(browser)).hasSize(20);
        assertThat(browser.text(".ui-paginator-current")).contains("21");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("submissions-laptop");
        browser.size(Browser.PHONE).fullScreenshot("submissions-phone");
        browser.size(Browser.LAPTOP);

        String platform = json(api.get("api/v1/plans/2021", OFFICE)).getJsonArray("categories").stream()
                .map(JsonValue::asJsonObject).filter(c -> c.getString("code").equals("SERVICE_PLATFORM")).findFirst()
                .orElseThrow().getJsonObject("name").getString("zh");
        browser.choose("#subs\\:table\\:f-category", platform);
        browser.waitFor().withMessage(() -> "the platform's rows: " + ids(browser)).until(d -> ids(browser).size() == 3);
        assertThat(ids(browser)).containsExactlyInAnyOrder("D21-06", "D21-12", "D21-17");
        sortBy(browser, "submittedAt");
        browser.waitFor().until(d -> ids(browser).equals(List.of("D21-17", "D21-06", "D21-12")));
        hide(browser, "指纹（SHA-256）", "纸质材料收到时间");
        browser.waitFor().until(d -> !browser.find("#subs\\:xlsx").getAttribute("href").contains("fingerprint")
                && !browser.find("#subs\\:xlsx").getAttribute("href").contains("paperCopyReceivedAt"));
        List<String> headings = visibleHeadings(browser);
        assertThat(headings).containsExactly("申报编号", "项目名称", "申报学会", "项目类别", "状态", "网上提交时间");
        List<List<String>> shown = shownRows(browser);
        assertThat(shown).hasSize(3);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("submissions-filtered");

        // the exports: every row of the filter and sort, the columns shown, read back with POI
        byte[] xlsx = download(browser, browser.find("#subs\\:xlsx").getAttribute("href"), "xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(cells(sheet.getRow(0))).isEqualTo(headings);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r)));
            }
            assertThat(rows).isEqualTo(shown);
        }
        byte[] csv = download(browser, browser.find("#subs\\:csv").getAttribute("href"), "csv");
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        assertThat(csv[1] & 0xff).isEqualTo(0xBB);
        assertThat(csv[2] & 0xff).isEqualTo(0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo(String.join(",", headings));
        for (int i = 0; i < shown.size(); i++) {
            assertThat(lines[i + 1]).startsWith(shown.get(i).get(0) + ",").contains(shown.get(i).get(1));
        }

        // ---- one application's file
        browser.click("#subs\\:table a.app-link[href*='D21-17']");
        browser.waitForPath("/office/application.xhtml");
        assertThat(browser.text("#fact-id")).isEqualTo("D21-17");
        assertThat(browser.text("#fact-society")).contains("江苏省药学会").contains("S-0008");
        assertThat(browser.text("#fact-state")).isEqualTo("公示中");
        assertThat(browser.text("#fact-fingerprint")).matches("[0-9a-f]{64}");
        assertThat(browser.all("#content h3").size()).as("the form's sections").isGreaterThan(4);
        assertThat(browser.text("#rules")).contains("提交时的规则检查");
        assertThat(browser.all("#audit-table tr.audit-entry").size()).isGreaterThan(3);
        assertThat(browser.text("#audit-table")).contains("application.submit").contains("application.paperCopy.matched");
        assertThat(browser.text("#paper-copies")).contains("相符，已登记");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("application-laptop");
        browser.size(Browser.PHONE).fullScreenshot("application-phone");
        browser.size(Browser.LAPTOP);

        // ---- paper copies: D21-03 by its fingerprint (what the QR code holds), typed and Enter
        String fingerprint = json(api.get("api/v1/applications/D21-03", OFFICE)).getString("fingerprint");
        browser.click(".site-nav a[href*='paper']");
        browser.waitForPath("/office/paper.xhtml");
        assertThat(missing(browser)).containsExactly("D21-03");
        assertThat(browser.text("#paper-deadline")).contains("2021年5月31日 17:00").contains("11 天 7 小时 0 分");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("paper-laptop");
        browser.find("#paper\\:scan").sendKeys(fingerprint, Keys.ENTER);
        browser.waitFor().until(d -> !browser.all("#outcome-matched").isEmpty());
        assertThat(browser.text("#outcome-matched")).contains("相符").contains("D21-03").contains("会员之家");
        assertThat(json(api.get("api/v1/applications/D21-03", OFFICE)).getString("state")).isEqualTo("PAPER_COPY_RECORDED");
        assertThat(missing(browser)).isEmpty();
        assertThat(browser.text("#missing")).contains("所有已提交的申报书都已收到纸质材料");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("paper-matched");
        browser.size(Browser.PHONE).fullScreenshot("paper-phone");
        browser.size(Browser.LAPTOP);
        // the same copy again: it matches D21-03, which has it already
        browser.find("#paper\\:scan").sendKeys(fingerprint, Keys.ENTER);
        browser.waitFor().until(d -> !browser.all("#outcome-refused").isEmpty());
        assertThat(browser.text("#outcome-refused")).contains("D21-03").contains("未登记");
        // a copy that matches nothing
        browser.find("#paper\\:scan").sendKeys("0123456789abcdef".repeat(4), Keys.ENTER);
        browser.waitFor().until(d -> !browser.all("#outcome-noMatch").isEmpty());
        assertThat(browser.text("#outcome-noMatch")).contains("不相符");
        browser.fullScreenshot("paper-no-match");
        // text that is no fingerprint: said beside the field, nothing recorded
        browser.find("#paper\\:scan").sendKeys("not a fingerprint", Keys.ENTER);
        browser.waitFor().until(d -> !browser.all("#receipt .ui-message-error").isEmpty());
        assertThat(browser.text("#receipt")).contains("64 位十六进制指纹");
        assertThat(browser.all("#outcome .paper-outcome")).isEmpty();

        // ---- a title with markup is shown as text
        String society = api.societyWithAccount("S-X" + ApiClient.unique());
        String script = "<b>粗体</b><script>window.__xss = 1</script>";
        assertThat(api.post("api/v1/applications?year=2021", society, ApiClient.membersHome(script)).statusCode())
                .isEqualTo(201);
        browser.open("office/submissions.xhtml");
        browser.type("#subs\\:table\\:f-society", "S-X");
        browser.waitFor().withMessage(() -> "the rows of S-X: " + ids(browser)).until(d -> ids(browser).size() == 1);
        assertThat(browser.text("#subs\\:table .app-title")).isEqualTo(script);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss")).isNull();

        // ---- English
        browser.open("office/index.xhtml?lang=en");
        browser.waitFor().until(d -> "en".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.text("h1")).isEqualTo("Plan year at a glance");
        assertThat(browser.text("#electronic")).contains("28 May 2021, 17:00");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("dashboard-en");
        browser.size(Browser.PHONE).fullScreenshot("dashboard-en-phone");
        browser.size(Browser.LAPTOP);
        browser.open("office/submissions.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Applications");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("submissions-en");
        browser.size(Browser.PHONE).fullScreenshot("submissions-en-phone");
        browser.size(Browser.LAPTOP);
        browser.open("office/application.xhtml?id=D21-03");
        assertThat(browser.text("#fact-state")).isEqualTo(EN_PAPER_COPY_RECORDED);
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("application-en");
        browser.size(Browser.PHONE).fullScreenshot("application-en-phone");
        browser.size(Browser.LAPTOP);
        browser.open("office/paper.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Record paper copies");
        browser.find("#paper\\:scan").sendKeys("fedcba9876543210".repeat(4), Keys.ENTER);
        browser.waitFor().until(d -> !browser.all("#outcome-noMatch").isEmpty());
        assertThat(browser.text("#outcome-noMatch")).contains("No match");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("paper-en");
        browser.size(Browser.PHONE).fullScreenshot("paper-en-phone");
        browser.size(Browser.LAPTOP);
        browser.open("office/application.xhtml?id=NOPE");
        assertThat(browser.text("#messages")).contains("No such application");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static List<String> ids(Browser browser) {
        return texts(browser, "#subs\\:table tbody tr.submission-row a.app-link");
    }

    private static List<String> missing(Browser browser) {
        return texts(browser, "#missingForm\\:table tbody tr.missing-row a");
    }

    /** The texts of the elements, read in one script (the table may be re-rendered meanwhile). */
    @SuppressWarnings("unchecked")
    private static List<String> texts(Browser browser, String css) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim())", css);
    }

    private static void sortBy(Browser browser, String field) {
        browser.click("#subs\\:table\\:c-" + field + " .ui-column-title");
    }

    /** Unticks columns in the column toggler, by their headings, in one opening of it (the panel is rebuilt, and may close, after each toggle's Ajax answer); then closes it. */
    private static void hide(Browser browser, String... headings) {
        browser.idle().click("#subs\\:toggler");
        for (String heading : headings) {
            int before = visibleHeadings(browser).size();
            WebElement item = browser.waitFor().withMessage(() -> "the column toggler's item " + heading)
                    .until(d -> d.findElements(By.cssSelector(".ui-columntoggler li.ui-columntoggler-item")).stream()
                            .filter(li -> li.getText().strip().equals(heading)).findFirst().orElse(null));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'nearest'})", item);
            item.findElement(By.cssSelector(".ui-chkbox-box")).click();
            browser.waitFor().withMessage(() -> "the column " + heading + " to go").until(d -> visibleHeadings(browser).size() == before - 1);
            browser.idle();
        }
        // a click outside closes the panel, as for a person; wait until no panel is shown or still fading
        browser.idle().find("h1").click();
        browser.waitFor().withMessage("the column toggler to close").until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return Array.from(document.querySelectorAll('.ui-columntoggler'))"
                        + ".every(p => getComputedStyle(p).display === 'none')")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> visibleHeadings(Browser browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#subs\\\\:table thead th'))"
                        + ".filter(th => th.offsetParent !== null)"
                        + ".map(th => th.querySelector('.ui-column-title').innerText.trim())");
    }

    /** The rows as the table shows them, cell by cell (visible columns only; reflow's titles are hidden at laptop width). */
    @SuppressWarnings("unchecked")
    private static List<List<String>> shownRows(Browser browser) {
        return (List<List<String>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('#subs\\\\:table tbody tr.submission-row'))"
                        + ".map(tr => Array.from(tr.querySelectorAll('td')).filter(td => td.offsetParent !== null)"
                        + ".map(td => td.innerText.trim()))");
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    private static byte[] download(Browser browser, String href, String extension) throws Exception {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID");
        var lang = browser.driver().manage().getCookieNamed("jast-lang");
        String cookies = "JSESSIONID=" + session.getValue() + (lang == null ? "" : "; jast-lang=" + lang.getValue());
        HttpResponse<byte[]> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .contains("attachment").contains("." + extension));
        Path file = Path.of("target", "screenshots", "OfficeSubmissionsIT-export." + extension);
        Files.createDirectories(file.getParent());
        Files.write(file, r.body());
        return r.body();
    }
}
