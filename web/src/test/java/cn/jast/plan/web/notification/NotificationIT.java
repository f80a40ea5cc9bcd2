package cn.jast.plan.web.notification;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.browser.Browser;
import cn.jast.plan.web.browser.BrowserExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import cn.jast.plan.web.notification.probe.MailProbeSettings;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #14 against a real SMTP server (GreenMail, started here on 127.0.0.1:{@code it.smtp.port}): a
 * submission's receipt arrives once with its fingerprint; the reminder run 72 h before the electronic
 * deadline mails the societies with drafts once, run twice; with the SMTP server down between the event
 * and the delivery, the receipt arrives once after it is back.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class NotificationIT {

    static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3025);
    private static final String OFFICE = "office-mail";

    @ArquillianResource
    URL url;

    ApiClient api;
    GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes().addPackage(MailProbeSettings.class.getPackage())
                .addAsServiceProvider(ConfigSource.class, MailProbeSettings.class)
                .addAsResource(new StringAsset(String.valueOf(SMTP_PORT)), MailProbeSettings.RESOURCE);
    }

    @BeforeEach
    void setUp() {
        smtp = startSmtp();
        api = new ApiClient(url);
        api.account(OFFICE, "OFFICE", null);
    }

    @AfterEach
    void tearDown() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    static GreenMail startSmtp() {
        GreenMail g = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        g.start();
        return g;
    }

    /** A society with an account whose mail goes to {@code <code>@jast.test}; answers the account. */
    String societyWithAddress(String code, String language) {
        String user = api.societyWithAccount(code);
        HttpResponse<String> set = api.put("api/v1/notifications/contacts/" + user, OFFICE,
                "{\"email\": \"" + address(code) + "\", \"language\": \"" + language + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        return user;
    }

    static String address(String code) {
        return code.toLowerCase() + "@jast.test";
    }

    List<MimeMessage> to(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    List<MimeMessage> waitFor(String address, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && to(address).size() < count) {
            Thread.sleep(200);
        }
        return to(address);
    }

    static String text(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    String submit(String user, String title) {
        String id = api.draft(user, ApiClient.membersHome(title));
        HttpResponse<String> submitted = api.post("api/v1/applications/" + id + "/submit", user, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return json(submitted).getJsonObject("application").getString("fingerprint");
    }

    @Test
    void aSubmissionMailsExactlyOneReceiptWithItsFingerprint() throws Exception {
        String code = "S-M" + ApiClient.unique();
        String user = societyWithAddress(code, "zh");
        String fingerprint = submit(user, "回执测试 " + code);

        List<MimeMessage> mails = waitFor(address(code), 1, Duration.ofSeconds(30));
        assertThat(mails).hasSize(1);
        MimeMessage receipt = mails.get(0);
        assertThat(receipt.getSubject()).isEqualTo("申报回执：回执测试 " + code);
        assertThat(text(receipt)).contains(fingerprint).contains("2021-05-20 10:00:00");
        assertThat(receipt.getMessageID()).endsWith("@jast-plan.notification>");
        Thread.sleep(3000);
        assertThat(to(address(code))).as("a later round sends nothing more").hasSize(1);

        JsonObject mine = array(api.get("api/v1/notifications", user)).getJsonObject(0);
        assertThat(mine.getString("kind")).isEqualTo("RECEIPT");
        assertThat(mine.getBoolean("unread")).isTrue();
        assertThat(json(api.post("api/v1/notifications/" + mine.getString("id") + "/read", user, null))
                .getBoolean("unread")).isFalse();
        assertThat(api.post("api/v1/notifications/" + mine.getString("id") + "/read", OFFICE, null).statusCode())
                .as("another's notification").isEqualTo(404);

        // The paper copy recorded: its notification is queued in the same transaction and mailed once.
        HttpResponse<String> recorded = api.post("api/v1/paper-copies", OFFICE,
                "{\"fingerprint\": \"" + fingerprint + "\", \"receivedAt\": \"2021-05-20T01:00:00Z\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        List<MimeMessage> both = waitFor(address(code), 2, Duration.ofSeconds(30));
        assertThat(both).hasSize(2);
        assertThat(both.get(1).getSubject()).isEqualTo("纸质申报书已收到：回执测试 " + code);
        assertThat(text(both.get(1))).contains("2021-05-20 09:00");
    }

    @Test
    void theReminderRun72HoursBeforeTheDeadlineMailsSocietiesWithDraftsOnceWhenRunTwice() throws Exception {
        String withDraft = "S-R" + ApiClient.unique();
        String withDraftEn = "S-E" + ApiClient.unique();
        String submittedOnly = "S-N" + ApiClient.unique();
        api.draft(societyWithAddress(withDraft, "zh"), ApiClient.membersHome("草稿 " + withDraft));
        api.draft(societyWithAddress(withDraftEn, "en"), ApiClient.membersHome("draft " + withDraftEn));
        submit(societyWithAddress(submittedOnly, "zh"), "已提交 " + submittedOnly);
        waitFor(address(submittedOnly), 1, Duration.ofSeconds(30)); // its receipt

        String at = "api/v1/notifications/reminders?at=" + java.net.URLEncoder.encode("2021-05-25T17:00:00+08:00",
                java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> first = api.post(at, OFFICE, null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first).getInt("queued")).isGreaterThanOrEqualTo(2);
        HttpResponse<String> second = api.post(at, OFFICE, null);
        assertThat(json(second).getInt("queued")).as("the second run queues nothing").isZero();
        assertThat(api.post(at, api.societyWithAccount("S-X" + ApiClient.unique()), null).statusCode()).isEqualTo(403);
        assertThat(api.post("api/v1/notifications/reminders?at=yesterday", OFFICE, null).statusCode()).isEqualTo(400);

        assertThat(waitFor(address(withDraft), 1, Duration.ofSeconds(30))).hasSize(1);
        assertThat(waitFor(address(withDraftEn), 1, Duration.ofSeconds(30))).hasSize(1);
        Thread.sleep(3000);
        List<MimeMessage> zh = to(address(withDraft));
        assertThat(zh).hasSize(1);
        assertThat(zh.get(0).getSubject()).isEqualTo("提醒：电子申报将于 2021-05-28 17:00 截止");
        assertThat(text(zh.get(0))).contains("1 份尚未提交");
        List<MimeMessage> en = to(address(withDraftEn));
        assertThat(en).hasSize(1);
        assertThat(en.get(0).getSubject()).isEqualTo("Reminder: electronic submission closes at 2021-05-28 17:00");
        assertThat(to(address(submittedOnly))).as("only its receipt: no draft, no reminder").hasSize(1);
    }

    @Test
    void withTheSmtpServerDownBetweenEventAndDeliveryTheReceiptArrivesOnceWhenItIsBack() throws Exception {
        String code = "S-D" + ApiClient.unique();
        String user = societyWithAddress(code, "zh");
        smtp.stop();
        String fingerprint = submit(user, "断线 " + code);
        // The sender tries, fails and backs off while the server is down.
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonObject row = null;
        while (System.nanoTime() < end) {
            row = array(api.get("api/v1/notifications/outbox?state=PENDING", OFFICE)).stream()
                    .map(v -> v.asJsonObject()).filter(o -> o.getString("recipient").equals(user))
                    .findFirst().orElse(null);
            if (row != null && row.getInt("attempts") >= 1) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(row).as("a failed attempt is recorded and the row stays PENDING").isNotNull();
        assertThat(row.getInt("attempts")).isGreaterThanOrEqualTo(1);
        assertThat(row.getString("lastError")).isNotBlank();

        smtp = startSmtp();
        List<MimeMessage> mails = waitFor(address(code), 1, Duration.ofSeconds(60));
        assertThat(mails).hasSize(1);
        assertThat(text(mails.get(0))).contains(fingerprint);
        Thread.sleep(3000);
        assertThat(to(address(code))).hasSize(1);
        JsonObject sent = array(api.get("api/v1/notifications/outbox?state=SENT", OFFICE)).stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("recipient").equals(user)).findFirst().orElseThrow();
        assertThat(sent.getInt("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(api.get("api/v1/notifications/outbox?state=LOST", OFFICE).statusCode()).isEqualTo(400);
    }

    @Test
    void theOfficeSeesWhatWasSentAndWhatFailedAndResends(Browser browser) throws Exception {
        String mailed = "S-W" + ApiClient.unique();
        String mailedUser = societyWithAddress(mailed, "zh");
        submit(mailedUser, "页面已发 " + mailed);
        String unmailed = "S-U" + ApiClient.unique();
        String unmailedUser = api.societyWithAccount(unmailed);
        submit(unmailedUser, "页面无地址 " + unmailed);
        waitFor(address(mailed), 1, Duration.ofSeconds(30));

        browser.at(Deployments.baseUri(url)).open("index.xhtml");
        browser.find("#login\\:username").sendKeys(OFFICE, Keys.TAB, ApiClient.PASSWORD, Keys.ENTER);
        browser.waitForPath("/office/index.xhtml");
        browser.open("office/notifications.xhtml");
        assertThat(browser.text("h1")).isEqualTo("通知发送记录");
        WebElement sentRow = row(browser, mailedUser);
        assertThat(sentRow.getText()).contains(address(mailed)).contains("已发送");
        WebElement failedRow = row(browser, unmailedUser);
        assertThat(failedRow.getText()).contains("失败").contains("账户未登记电子邮箱");
        browser.fullScreenshot("outbox");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();

        // The account gets an address; the office resends the failed one and it is mailed.
        HttpResponse<String> set = api.put("api/v1/notifications/contacts/" + unmailedUser, OFFICE,
                "{\"email\": \"" + address(unmailed) + "\", \"language\": \"zh\"}");
        assertThat(set.statusCode()).isEqualTo(204);
        row(browser, unmailedUser).findElement(By.cssSelector("button.resend")).click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outboxForm:messages"), "已重新排入发送队列"));
        List<MimeMessage> mails = waitFor(address(unmailed), 1, Duration.ofSeconds(30));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("申报回执：页面无地址 " + unmailed);
        browser.open("office/notifications.xhtml");
        assertThat(row(browser, unmailedUser).getText()).contains("已发送");
        browser.fullScreenshot("outbox-after-resend");
    }

    @Test
    void aSocietySetsItsOwnAddressAndLanguageOnItsHomePageAndTheReceiptComesThereInEnglish(Browser browser)
            throws Exception {
        String code = "S-P" + ApiClient.unique();
        String user = api.societyWithAccount(code);
        browser.at(Deployments.baseUri(url)).open("index.xhtml");
        browser.find("#login\\:username").sendKeys(user, Keys.TAB, ApiClient.PASSWORD, Keys.ENTER);
        browser.waitForPath("/society/dashboard.xhtml");
        assertThat(browser.text("#contact-h")).isEqualTo("通知邮箱");

        // not an address: refused at the field, nothing stored
        browser.type("#myContact\\:email", "not-an-address");
        browser.click("#myContact\\:save").idle();
        browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#myContact [id$='email'] ~ .ui-message-error, #myContact .ui-message-error")));
        assertThat(browser.find("#myContact").getText()).contains("不是有效的电子邮箱地址");
        JsonObject none = json(api.get("api/v1/notifications/contacts/" + user, OFFICE));
        assertThat(none.containsKey("email") && !none.isNull("email")).as(none.toString()).isFalse();
        browser.fullScreenshot("contact-refused");

        browser.type("#myContact\\:email", address(code));
        browser.click("#myContact\\:language label[for$='language:1']").click("#myContact\\:save").idle();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("myContact:saved"),
                "通知邮箱和语言已保存"));
        JsonObject contact = json(api.get("api/v1/notifications/contacts/" + user, OFFICE));
        assertThat(contact.getString("email")).isEqualTo(address(code));
        assertThat(contact.getString("language")).isEqualTo("en");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        browser.fullScreenshot("contact-saved");

        submit(user, "English receipt " + code);
        List<MimeMessage> mails = waitFor(address(code), 1, Duration.ofSeconds(30));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Submission receipt: English receipt " + code);
    }

    private static WebElement row(Browser browser, String recipient) {
        return browser.all("#outboxForm\\:table tbody tr").stream().filter(r -> r.getText().contains(recipient))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + recipient));
    }
}
