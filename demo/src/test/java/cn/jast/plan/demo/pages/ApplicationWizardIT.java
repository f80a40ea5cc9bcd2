package cn.jast.plan.demo.pages;

import cn.jast.plan.demo.probe.DemoProbeResource;
import cn.jast.plan.demo.probe.DemoSeedOn;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.application.print.PdfTools;
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
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application wizard in a real headless Chromium, on the demo data with the tests' fixed clock
 * (2021-05-20 10:00 Beijing time), as a society's secretary goes through it: 江苏省机械工程学会 (S-0002,
 * which has submitted a featured-society and a high-end exchange application) sees which categories the
 * limits rule out and why, starts a brand academic exchange, fills the form section by section; an event
 * outside Jiangsu brings COND-ACADEMIC_EXCHANGE-2 beside the field, which goes when corrected; a required
 * field left empty is named; an international event from too few countries warns without blocking; a
 * document is uploaded with its size and hash shown; the submission shows the fingerprint first; the
 * content is then read-only; the PDF downloaded through the page's link holds the Chinese title and the
 * fingerprint; the page switches to English. Screenshots of every step at laptop and phone width; axe-core
 * finds no serious violation.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class ApplicationWizardIT {

    private static final String TITLE = "2021 江苏机械工程品牌学术年会";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application().addPackage(DemoProbeResource.class.getPackage())
                .addPackage(ProbeResource.class.getPackage())
                .addAsServiceProvider(ConfigSource.class, DemoSeedOn.class);
    }

    @Test
    void aSocietyDraftsABrandAcademicExchangeSeesTheRulesLiveAttachesSubmitsAndPrintsIt(Browser browser) throws Exception {
        browser.at(Deployments.baseUri(base)).open("");
        browser.find("#login\\:username").sendKeys("s0002", Keys.TAB, "demo-2021", Keys.ENTER);
        browser.waitForPath("/society/dashboard.xhtml");

        // the chooser: what LIMIT-1..3 already rule out for this society, and why
        browser.click("#new");
        browser.waitForPath("/society/application.xhtml");
        assertThat(browser.text("h1")).isEqualTo("新建申报：选择类别");
        assertThat(browser.text("[data-choice='FIRST_CLASS']")).contains("不能申报").contains("LIMIT-1")
                .contains("一流学会建设、特色学会建设和发展助力专项三类项目互不兼报");
        assertThat(browser.text("[data-choice='FEATURED_THINK_TANK']")).contains("LIMIT-2");
        assertThat(browser.text("[data-choice='EXCHANGE_HIGH_END']")).contains("LIMIT-3");
        assertThat(browser.all("[data-choice='EXCHANGE_HIGH_END'] button")).isEmpty();
        shots(browser, "1-choose");
        browser.click("[data-choice='EXCHANGE_BRAND'] button");
        until(browser, d -> !browser.all("#app-id").isEmpty());
        assertThat(browser.text("#project")).contains("学术交流建设").contains("品牌学术交流").contains("草稿");
        String id = browser.text("#app-id");

        // 项目概要
        assertThat(browser.text("#step-title")).contains("项目概要");
        // the service refuses a title over the form's 100 characters, beside the field, and nothing is saved
        fill(browser, "title", "长".repeat(101));
        until(browser, d -> feedback(browser, "title").contains("不超过 100 字"));
        assertThat(browser.find("[data-for='title'] .note-invalid").getText()).contains("项目名称").contains("现为 101 字");
        assertThat(browser.text("#wiz\\:summary")).contains("填写有误，未保存");
        fill(browser, "title", TITLE);
        until(browser, d -> !feedback(browser, "title").contains("不超过"));
        until(browser, d -> browser.text("#project").contains(TITLE));
        fill(browser, "form.summary.abstract", "以智能制造为主题的品牌学术年会，第十届。");
        fill(browser, "form.summary.period.from", "2021-06-01");
        fill(browser, "form.summary.period.to", "2021-12-31");
        choose(browser, "declaredNotInKechuangJiangsu", "是");
        shots(browser, "2-summary");
        next(browser, "目标任务");
        fill(browser, "form.goals.objectives", "打造省内有影响力的机械工程学术品牌。");
        fill(browser, "form.goals.tasks", "举办年会，出版论文集。");
        next(browser, "工作计划");
        fill(browser, "form.workPlan.plan", "六月筹备，十月举办，十二月总结。");
        addRow(browser, "form.workPlan.milestones");
        fill(browser, "form.workPlan.milestones[0].due", "2021-10-17");
        fill(browser, "form.workPlan.milestones[0].milestone", "年会举办");
        shots(browser, "3-work-plan");
        next(browser, "项目负责人及联系人");
        fill(browser, "form.contact.leaderName", "王明");
        fill(browser, "form.contact.leaderPost", "秘书长/教授");
        fill(browser, "form.contact.leaderPhone", "025-83000000");
        fill(browser, "form.contact.contactName", "李华");
        fill(browser, "form.contact.contactPhone", "025-83000001");
        next(browser, "项目团队");
        addRow(browser, "form.team.members");
        fill(browser, "form.team.members[0].name", "王明");
        fill(browser, "form.team.members[0].unit", "东南大学");
        fill(browser, "form.team.members[0].role", "负责人");
        next(browser, "经费预算");
        fill(browser, "form.budget.amountRequested", "100000");
        addRow(browser, "form.budget.lines");
        choose(browser, "form.budget.lines[0].kind", "会议费");
        fill(browser, "form.budget.lines[0].amount", "100000");
        fill(browser, "form.budget.lines[0].basis", "场地与资料");
        next(browser, "预期成果及考核指标");
        fill(browser, "form.outcomes.outcomes", "年会一次，论文集一部。");
        addRow(browser, "form.outcomes.indicators");
        fill(browser, "form.outcomes.indicators[0].indicator", "参会人数");
        fill(browser, "form.outcomes.indicators[0].target", "300 人");
        next(browser, "学术活动");

        // the event outside Jiangsu: COND-ACADEMIC_EXCHANGE-2 beside the field, in the guide's words
        fill(browser, "event.name", TITLE);
        fill(browser, "form.event.topic", "<b>智能制造</b>与装备创新");
        fill(browser, "event.startDate", "2021-10-15");
        fill(browser, "event.endDate", "2021-10-17");
        choose(browser, "event.inJiangsu", "否");
        until(browser, d -> feedback(browser, "event.inJiangsu").contains("COND-ACADEMIC_EXCHANGE-2"));
        assertThat(browser.find("[data-for='event.inJiangsu'] .note-refusal").getText())
                .contains("COND-ACADEMIC_EXCHANGE-2").contains("III.3.2(8)").contains("活动举办地须在江苏省内");
        assertThat(browser.text("#wiz\\:summary")).contains("COND-ACADEMIC_EXCHANGE-2");
        shots(browser, "4-event-outside-jiangsu");
        choose(browser, "event.inJiangsu", "是");
        until(browser, d -> !feedback(browser, "event.inJiangsu").contains("COND-ACADEMIC_EXCHANGE-2"));
        assertThat(browser.text("#wiz\\:summary")).doesNotContain("COND-ACADEMIC_EXCHANGE-2");

        // a required field left empty is named beside it and in the summary
        choose(browser, "event.hostRole", "主办");
        choose(browser, "form.event.format", "线下");
        fill(browser, "event.plannedParticipants", "300");
        assertThat(feedback(browser, "form.event.venue")).contains("必填项未填写").contains("举办地点");
        assertThat(browser.text("#wiz\\:summary")).contains("举办地点");
        // an international event from three countries: COND-ACADEMIC_EXCHANGE-4 warns, looks different, does not block
        choose(browser, "event.international", "是");
        fill(browser, "event.plannedForeignParticipants", "30");
        fill(browser, "event.plannedForeignCountries", "3");
        until(browser, d -> feedback(browser, "event.plannedForeignCountries").contains("COND-ACADEMIC_EXCHANGE-4"));
        assertThat(browser.all("[data-for='event.plannedForeignCountries'] .note-warning")).hasSize(1);
        assertThat(browser.all("[data-for='event.plannedForeignCountries'] .note-refusal")).isEmpty();
        shots(browser, "5-event-missing-and-warning");
        fill(browser, "form.event.venue", "南京国际博览中心");
        until(browser, d -> !feedback(browser, "form.event.venue").contains("举办地点"));
        assertThat(browser.text("#summary-state")).as(browser.text("#wiz\\:summary")).contains("可以提交");
        assertThat(browser.text("#wiz\\:summary")).contains("COND-ACADEMIC_EXCHANGE-4").contains("不影响提交");

        // attachments: the limit before the upload, then the stored file with its size and hash
        next(browser, "附件");
        assertThat(browser.text("#size-limit")).contains("20 MB");
        Path file = Files.createTempFile("工作计划", ".pdf");
        byte[] bytes = "%PDF-1.4\n% 工作计划\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        new Select(browser.find("#wiz\\:uploadKind")).selectByVisibleText("工作计划");
        ajaxDone(browser);
        browser.driver().findElement(By.cssSelector("#wiz\\:upload input[type='file']")).sendKeys(file.toString());
        until(browser, d -> !browser.all("#stored").isEmpty());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(browser.text("#stored")).contains(file.getFileName().toString()).contains(sha).contains("KB");
        assertThat(browser.text("#notice")).contains(file.getFileName().toString());
        shots(browser, "6-attachments");

        // submission: a confirmation with the fingerprint, then the content read-only
        next(browser, "提交");
        browser.click("#wiz\\:submit");
        until(browser, ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#confirm-fingerprint")));
        String grouped = browser.text("#confirm-fingerprint");
        String fingerprint = grouped.replaceAll("\\s", "");
        assertThat(fingerprint).matches("[0-9a-f]{64}");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.screenshot("7-confirm-laptop");
        browser.click("#wiz\\:confirmSubmit");
        until(browser, d -> !browser.all("#fingerprint").isEmpty());
        assertThat(browser.text("#fingerprint").replaceAll("\\s", "")).isEqualTo(fingerprint);
        assertThat(browser.text("#app-state")).isEqualTo("已提交（电子）");
        assertThat(browser.all("[data-path]")).as("no input once submitted").isEmpty();
        assertThat(browser.all("input[type='text'], textarea, select")).isEmpty();
        assertThat(browser.text("#notice")).contains("申报书已提交").contains(grouped);
        assertThat(browser.text("[data-field='form.event.topic']")).as("typed text stays text")
                .isEqualTo("<b>智能制造</b>与装备创新");
        shots(browser, "8-submitted");

        // the PDF through the page's link, with the page's session
        String href = browser.find("#after\\:pdf").getAttribute("href");
        var session = browser.driver().manage().getCookieNamed("JSESSIONID");
        // HTTP/1.1 as a browser speaks it: Java's client asks for an h2c upgrade by default, and Payara Micro
        // (HTTP/2 off) then drops the Content-Type of servlet and Faces answers (web/README, STACK.md).
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        String answer = pdf.statusCode() + " " + pdf.headers().map() + " "
                + new String(pdf.body(), 0, Math.min(300, pdf.body().length), StandardCharsets.ISO_8859_1);
        assertThat(pdf.statusCode()).as(answer).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).as(answer).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).as(answer).isEqualTo("%PDF-");
        assertThat(pdf.headers().firstValue("Content-Disposition")).as(answer).hasValueSatisfying(v -> assertThat(v)
                .startsWith("attachment;"));
        Path pdfFile = Path.of("target", "screenshots", "ApplicationWizardIT-" + id + ".pdf");
        Files.createDirectories(pdfFile.getParent());
        Files.write(pdfFile, pdf.body());
        String text = pdftotext(pdfFile);
        assertThat(text).contains(TITLE);
        assertThat(text.replaceAll("\\s", "")).contains(fingerprint);
        // drawn, not only extractable: ink where the Chinese title is written, and the QR code reads back
        PdfTools tools = new PdfTools(pdfFile.getParent());
        java.awt.image.BufferedImage page = tools.render(pdfFile, 1);
        java.util.List<java.awt.Rectangle> boxes = tools.boxesOf(pdfFile, 1, "机械工程");
        assertThat(boxes).as("where the title is written").isNotEmpty();
        boxes.forEach(box -> assertThat(PdfTools.inkIn(page, box)).as("ink of the title at %s", box).isGreaterThan(0.04));
        assertThat(PdfTools.readQr(page)).isEqualTo(fingerprint);

        // English keeps the application open
        browser.click(".lang-switch");
        until(browser, d -> "en".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.text("h1")).isEqualTo("Application");
        assertThat(browser.text("#app-id")).isEqualTo(id);
        assertThat(browser.text("#submitted-h")).isEqualTo("Submitted application");
        assertThat(browser.text("body")).contains("Venue");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("9-submitted-en");
        browser.click(".lang-switch");
        until(browser, d -> "zh-CN".equals(browser.find("html").getAttribute("lang")));

        // the dashboard lists it, with a link back
        browser.open("society/dashboard.xhtml");
        assertThat(browser.text("#applications")).contains(TITLE).contains("已提交（电子）");
    }

    private static String pdftotext(Path pdf) throws Exception {
        Path out = Files.createTempFile("wizard", ".txt");
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), out.toString())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static void shots(Browser browser, String name) {
        assertThat(browser.seriousAccessibilityViolations()).as(name).isEmpty();
        assertThat(browser.consoleErrors()).as(name + ": no script error, no CSP refusal").isEmpty();
        browser.fullScreenshot(name + "-laptop");
        browser.size(Browser.PHONE).fullScreenshot(name + "-phone");
        browser.size(Browser.LAPTOP);
    }

    private static WebElement input(Browser browser, String path) {
        return browser.find("[data-path='" + path + "']");
    }

    /** Types into a field and leaves it (the change saves and checks the draft), then waits for the answer. */
    private static void fill(Browser browser, String path, String value) {
        WebElement e = input(browser, path);
        e.clear();
        e.sendKeys(value, Keys.TAB);
        ajaxDone(browser);
    }

    private static void choose(Browser browser, String path, String label) {
        new Select(input(browser, path)).selectByVisibleText(label);
        ajaxDone(browser);
    }

    private static void addRow(Browser browser, String table) {
        int before = browser.all("[data-path^='" + table + "[']").size();
        browser.click("[data-field='" + table + "'] button[id$='addRow']");
        until(browser, d -> browser.all("[data-path^='" + table + "[']").size() > before);
        ajaxDone(browser);
    }

    private static void next(Browser browser, String title) {
        browser.click("#wiz\\:next");
        until(browser, d -> browser.text("#step-title").contains(title));
        ajaxDone(browser);
    }

    private static String feedback(Browser browser, String path) {
        ajaxDone(browser);
        return browser.driver().findElement(By.cssSelector("[data-for='" + path + "']")).getText();
    }

    /** Waits, reading again an element an ajax answer replaced meanwhile. */
    private static <T> T until(Browser browser, java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        return browser.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    private static void ajaxDone(Browser browser) {
        until(browser, d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);")));
    }
}
