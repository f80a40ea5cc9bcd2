package cn.jast.plan.web.account;

import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.browser.Browser;
import cn.jast.plan.web.browser.BrowserExtension;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13: an installation without the demo gets its societies and accounts from the office, by REST
 * and on the page office/accounts.xhtml; a new account's one-time password opens only the password
 * page (and only {@code PUT /api/v1/accounts/me/password}) until its owner sets their own; a reset by
 * the office ends the old password's sessions and remembered logins.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class AccountsIT {
    private static final String OFFICE = "office-accounts";
    private static final String OWN = "mein eigenes Passwort 2021";

    @ArquillianResource
    URL url;

    ApiClient api;
    URI base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(url);
        base = Deployments.baseUri(url);
        api.account(OFFICE, "OFFICE", null);
    }

    HttpResponse<String> as(String user, String password, String method, String path, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return ApiClient.send(b);
    }

    static String fieldOf(HttpResponse<String> r) {
        return json(r).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void the_office_registers_a_society_and_makes_its_account_whose_one_time_password_must_be_replaced() {
        String code = "S-AC" + ApiClient.unique();
        HttpResponse<String> registered = api.post("api/v1/societies", OFFICE,
                "{\"code\": \"" + code + "\", \"name\": \"江苏省账户测试学会\", \"type\": \"PROVINCIAL_SOCIETY\", \"affiliatedToJast\": true}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(json(registered).getJsonObject("profile").getString("type")).isEqualTo("PROVINCIAL_SOCIETY");

        // refused, naming the field, and nothing stored
        HttpResponse<String> again = api.post("api/v1/societies", OFFICE, "{\"code\": \"" + code + "\", \"name\": \"x\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(fieldOf(again)).isEqualTo("code");
        HttpResponse<String> badType = api.post("api/v1/societies", OFFICE,
                "{\"code\": \"S-T" + ApiClient.unique() + "\", \"name\": \"x\", \"type\": \"CLUB\"}");
        assertThat(fieldOf(badType)).isEqualTo("type");
        HttpResponse<String> noName = api.post("api/v1/societies", OFFICE, "{\"code\": \"S-N" + ApiClient.unique() + "\"}");
        assertThat(fieldOf(noName)).isEqualTo("name");
        String user = "sec-" + ApiClient.unique();
        HttpResponse<String> withoutSociety = api.post("api/v1/accounts", OFFICE,
                "{\"username\": \"" + user + "\", \"role\": \"SOCIETY\"}");
        assertThat(fieldOf(withoutSociety)).isEqualTo("society");
        HttpResponse<String> badRole = api.post("api/v1/accounts", OFFICE,
                "{\"username\": \"" + user + "\", \"role\": \"ADMIN\"}");
        assertThat(fieldOf(badRole)).isEqualTo("role");
        assertThat(api.get("api/v1/accounts", OFFICE).body()).doesNotContain(user);

        HttpResponse<String> made = api.post("api/v1/accounts", OFFICE,
                "{\"username\": \"" + user + "\", \"role\": \"SOCIETY\", \"society\": \"" + code + "\", \"email\": \"sec@jast.test\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String oneTime = json(made).getString("oneTimePassword");
        assertThat(oneTime).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        HttpResponse<String> taken = api.post("api/v1/accounts", OFFICE, "{\"username\": \"" + user + "\", \"role\": \"EXPERT\"}");
        assertThat(fieldOf(taken)).isEqualTo("username");
        // only the office makes accounts
        String other = api.societyWithAccount("S-O" + ApiClient.unique());
        assertThat(api.post("api/v1/accounts", other, "{\"username\": \"x-" + ApiClient.unique() + "\", \"role\": \"OFFICE\"}")
                .statusCode()).isEqualTo(403);

        // the one-time password opens nothing but setting one's own
        HttpResponse<String> blocked = as(user, oneTime, "GET", "api/v1/societies/" + code, null);
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(json(blocked).getString("detail")).contains("one-time password");
        assertThat(fieldOf(as(user, oneTime, "PUT", "api/v1/accounts/me/password",
                "{\"currentPassword\": \"wrong\", \"newPassword\": \"" + OWN + "\"}"))).isEqualTo("currentPassword");
        assertThat(fieldOf(as(user, oneTime, "PUT", "api/v1/accounts/me/password",
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"short\"}"))).isEqualTo("newPassword");
        assertThat(fieldOf(as(user, oneTime, "PUT", "api/v1/accounts/me/password",
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"" + oneTime + "\"}"))).isEqualTo("newPassword");
        HttpResponse<String> set = as(user, oneTime, "PUT", "api/v1/accounts/me/password",
                "{\"currentPassword\": \"" + oneTime + "\", \"newPassword\": \"" + OWN + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(204);
        assertThat(as(user, oneTime, "GET", "api/v1/societies/" + code, null).statusCode()).isEqualTo(401);
        assertThat(as(user, OWN, "GET", "api/v1/societies/" + code, null).statusCode()).isEqualTo(200);

        // with its own password the society goes on as any other, with no SQL anywhere: it declares its facts,
        // the office records those that decide eligibility (ELIG-2), and an application is submitted
        HttpResponse<String> declared = as(user, OWN, "PUT", "api/v1/societies/" + code + "/profile?version="
                + json(registered).getJsonNumber("version").longValue(), """
                {"code": "%s", "name": "江苏省账户测试学会", "partyWorkingGroup": true, "independentPartyBranch": true,
                 "staff": {"fullTime": 4, "partTime": 3}, "professionalSecretariatStaff": true, "journals": [], "awards": []}
                """.formatted(code));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
        HttpResponse<String> recorded = api.post("api/v1/societies/" + code + "/recorded-facts", OFFICE, """
                {"reason": "2020 年度能力评价与年检结果", "facts": {"capabilityEvaluations": [{"year": 2020}],
                 "annualInspections": [{"year": 2020, "result": "PASSED"}], "integrityIncidents": [], "failedAssessments": []}}
                """);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        HttpResponse<String> draft = as(user, OWN, "POST", "api/v1/applications?year=2021", ApiClient.membersHome("会员之家"));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        HttpResponse<String> submitted = as(user, OWN, "POST", "api/v1/applications/" + json(draft).getString("id") + "/submit", null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        JsonObject listed = array(api.get("api/v1/accounts", OFFICE)).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(user)).findFirst().orElseThrow();
        assertThat(listed.getString("society")).isEqualTo(code);
        assertThat(listed.getBoolean("passwordChangeRequired")).isFalse();
        assertThat(listed.toString()).doesNotContain("hash").doesNotContain(OWN);

        // the office resets it: the own password (remembered a moment ago) stops working at once
        HttpResponse<String> reset = api.post("api/v1/accounts/" + user + "/password-reset", OFFICE, null);
        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        String second = json(reset).getString("oneTimePassword");
        assertThat(second).isNotEqualTo(oneTime);
        assertThat(as(user, OWN, "GET", "api/v1/societies/" + code, null).statusCode()).isEqualTo(401);
        assertThat(as(user, second, "GET", "api/v1/societies/" + code, null).statusCode()).isEqualTo(403);
        assertThat(api.post("api/v1/accounts/nobody-" + ApiClient.unique() + "/password-reset", OFFICE, null)
                .statusCode()).isEqualTo(404);

        // audited
        String audit = api.get("api/v1/audit/entries?targetType=UserAccount&targetId=" + user, OFFICE).body();
        assertThat(audit).contains("account.create", "account.passwordChange", "account.passwordReset");
        assertThat(api.get("api/v1/audit/entries?targetType=Society&targetId=" + code, OFFICE).body()).contains("society.create");
    }

    /**
     * What makes a reset hold across instances: a password set in the database by another instance (the
     * fixture sets it without telling this instance) ends this instance's remembered Basic login and its page
     * session at their next request, because both are held to the account's credentials version.
     */
    @Test
    void a_password_set_elsewhere_ends_the_remembered_login_and_the_session_here(Browser browser) {
        String user = api.societyWithAccount("S-EL" + ApiClient.unique());
        assertThat(api.get("api/v1/notifications", user).statusCode()).isEqualTo(200); // now remembered
        browser.at(base).open("index.xhtml");
        browser.find("#login\\:username").sendKeys(user, Keys.TAB, ApiClient.PASSWORD, Keys.ENTER);
        browser.waitForPath("/society/dashboard.xhtml");

        HttpResponse<String> elsewhere = api.put("api/test/fixtures/accounts/" + user + "/password", null, "another instance's");
        assertThat(elsewhere.statusCode()).isEqualTo(204);

        assertThat(api.get("api/v1/notifications", user).statusCode()).isEqualTo(401);
        browser.open("society/dashboard.xhtml");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("login=required"));
    }

    @Test
    void on_the_pages_the_office_makes_an_account_and_its_owner_sets_a_password_before_anything_else(Browser browser) {
        String code = "S-PG" + ApiClient.unique();
        String user = "page-" + ApiClient.unique();
        browser.at(base).open("index.xhtml");
        browser.find("#login\\:username").sendKeys(OFFICE, Keys.TAB, ApiClient.PASSWORD, Keys.ENTER);
        browser.waitForPath("/office/index.xhtml");
        browser.click("#nav-accounts").waitForPath("/office/accounts.xhtml");
        assertThat(browser.text("h1")).isEqualTo("账户与学会");

        // a malformed code is refused at its field, in the page's words, and nothing is registered
        browser.type("#societyForm\\:code", "bad code!");
        browser.type("#societyForm\\:name", "江苏省页面测试学会");
        browser.click("#societyForm\\:register").idle();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("societyForm"), "学会代码须为"));
        assertThat(api.get("api/v1/societies", OFFICE).body()).doesNotContain("bad code!");
        browser.type("#societyForm\\:code", code);
        browser.click("#societyForm\\:register").idle();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("societiesTable"), code));
        assertThat(api.get("api/v1/societies/" + code, OFFICE).statusCode()).isEqualTo(200);

        // an account without a user name is refused at the field
        browser.click("#accountForm\\:create").idle();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountForm"), "用户名须为"));
        browser.fullScreenshot("accounts-refused");
        browser.type("#accountForm\\:username", user);
        browser.choose("#accountForm\\:society", code + " 江苏省页面测试学会");
        browser.click("#accountForm\\:create").idle();
        String oneTime = browser.text("#oneTimePassword");
        assertThat(oneTime).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("accountsTable"), user));
        assertThat(browser.find("#accountsTable").getText()).contains("待设置本人密码");
        browser.fullScreenshot("accounts-issued");
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        // shown once: the next visit of the page has no password on it
        browser.open("office/accounts.xhtml");
        assertThat(browser.all("#oneTimePassword")).isEmpty();

        // the owner logs in with it: every page leads to the password page until they set their own
        browser.driver().manage().deleteAllCookies();
        browser.open("index.xhtml");
        browser.find("#login\\:username").sendKeys(user, Keys.TAB, oneTime, Keys.ENTER);
        browser.waitForPath("/account/password.xhtml");
        assertThat(browser.text("#oneTimeNotice")).contains("一次性密码");
        browser.open("society/dashboard.xhtml");
        browser.waitForPath("/account/password.xhtml");
        browser.type("#passwordForm\\:current", oneTime);
        browser.type("#passwordForm\\:next", "kurz");
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("passwordForm:nextMessage"), "新密码须为"));
        browser.fullScreenshot("password-refused-while-typing");
        browser.type("#passwordForm\\:next", OWN);
        browser.type("#passwordForm\\:repeat", OWN);
        browser.click("#passwordForm\\:save");
        browser.find("#passwordChanged");
        browser.fullScreenshot("password-changed");
        browser.click("#toHome").waitForPath("/society/dashboard.xhtml");

        // the office resets it: this browser's session is no longer logged in
        assertThat(api.post("api/v1/accounts/" + user + "/password-reset", OFFICE, null).statusCode()).isEqualTo(200);
        browser.open("society/dashboard.xhtml");
        browser.waitFor().until(d -> d.getCurrentUrl().contains("login=required"));
    }
}
