package cn.jast.plan.web.badinput;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.browser.Browser;
import cn.jast.plan.web.browser.BrowserExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import cn.jast.plan.web.Deployments;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #15 item 8, over REST: every state-changing operation the OpenAPI document lists (the test fixtures
 * apart) is sent malformed JSON, JSON of the wrong shape, fields of the wrong types, a huge document and a
 * deeply nested one, as the office, as the society that owns the application, as another role and without
 * credentials. Each answer is a 4xx, none carries a stack trace, and nothing changed: the audit log (which
 * every change writes) has no new entry and the draft is as it was. Then the unknown codes, overlong texts,
 * path-like attachment names and script or SQL text that a client can put in a field.
 */
@ExtendWith({ArquillianExtension.class, BrowserExtension.class})
class BadInputIT {

    private static final String OFFICE = "office-bad";
    private static final String EXPERT = "expert-bad";

    @ArquillianResource
    URL url;

    ApiClient api;
    String code;
    String society;
    String draft;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(url);
        api.account(OFFICE, "OFFICE", null);
        api.account(EXPERT, "EXPERT", null);
        code = "S-B" + ApiClient.unique();
        society = api.societyWithAccount(code);
        draft = api.draft(society, ApiClient.membersHome("坏输入 " + code));
    }

    /** One state-changing operation of the OpenAPI document. */
    record Operation(String method, String path, boolean body, String wrongTypes) {
        /** A check or a preview: it answers, stores nothing (the public check, a draft's, a plan year's preview). */
        boolean readOnly() {
            return path.endsWith("/check") || path.endsWith("/preview");
        }
    }

    private List<Operation> operations() {
        HttpResponse<String> openApi = ApiClient.send(HttpRequest.newBuilder(Deployments.baseUri(url).resolve("/openapi"))
                .header("Accept", "application/json").GET());
        assertThat(openApi.statusCode()).isEqualTo(200);
        List<Operation> ops = new ArrayList<>();
        json(openApi).getJsonObject("paths").forEach((path, item) -> {
            if (!path.contains("/api/v1/")) {
                return; // the test fixtures and probes of this deployment
            }
            item.asJsonObject().forEach((method, op) -> {
                if (List.of("post", "put", "patch", "delete").contains(method)) {
                    JsonObject o = op.asJsonObject();
                    ops.add(new Operation(method.toUpperCase(), path, o.containsKey("requestBody"),
                            wrongTypes(o, json(openApi).getJsonObject("components").getJsonObject("schemas"))));
                }
            });
        });
        assertThat(ops).as("the API's state-changing operations").hasSizeGreaterThan(30);
        return ops;
    }

    /** The fields of a generic body of the wrong types, for an operation whose schema does not name its own. */
    private static final String WRONG_TYPES = "{\"year\": \"二〇二一\", \"version\": \"一\", \"passed\": \"是\", \"title\": 5,"
            + " \"category\": 7, \"criteria\": \"高\", \"expert\": [], \"fingerprint\": {}, \"kind\": false,"
            + " \"amount\": \"很多\", \"text\": {\"a\": 1}, \"applicationId\": 3, \"email\": 12}";

    /**
     * A body whose every field (as the operation's request schema in the OpenAPI document names them) has a value
     * of another JSON type: a string for an array, number or boolean, an object for a string.
     */
    private static String wrongTypes(JsonObject operation, JsonObject schemas) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null || !body.getJsonObject("content").containsKey("application/json")) {
            return WRONG_TYPES;
        }
        JsonObject schema = body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
        if (schema.containsKey("$ref")) {
            schema = schemas.getJsonObject(schema.getString("$ref").substring("#/components/schemas/".length()));
        }
        JsonObject properties = schema == null ? null : schema.getJsonObject("properties");
        if (properties == null || properties.isEmpty()) {
            return WRONG_TYPES;
        }
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
        properties.forEach((name, p) -> {
            String type = p.asJsonObject().getString("type", "object");
            if (type.equals("string")) {
                b.add(name, jakarta.json.Json.createObjectBuilder().add("不是", "文字"));
            } else {
                b.add(name, "不是" + type);
            }
        });
        return b.build().toString();
    }

    /** The path with its parameters filled from this test's data, and the query parameters the operations read. */
    private String concrete(String path) {
        String p = path.substring(path.indexOf("/api/v1/") + 1)
                .replace("{id}", draft).replace("{applicationId}", draft).replace("{entryId}", "no-such-entry")
                .replace("{year}", "2021").replace("{code}", code).replace("{username}", society)
                .replace("{expert}", EXPERT);
        assertThat(p).as("every path parameter is filled").doesNotContain("{");
        return p + "?year=2021&version=1";
    }

    private long lastAuditEntry() {
        HttpResponse<String> latest = api.get("api/v1/audit?limit=1", OFFICE);
        assertThat(latest.statusCode()).isEqualTo(200);
        return array(latest).isEmpty() ? 0 : array(latest).getJsonObject(0).getJsonNumber("seq").longValue();
    }

    private static void refusedPlainly(HttpResponse<String> r, String what) {
        assertThat(r.statusCode()).as(what + " → " + r.body()).isBetween(400, 499);
        assertThat(r.body()).as(what + ": no stack trace, no class names")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:").doesNotContain("org.eclipse")
                .doesNotContain("jakarta.").doesNotContain("cn.jast.");
        if (!r.body().isEmpty()) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        }
    }

    @Test
    void everyOperationRefusesBrokenJsonPlainlyForEveryCallerAndChangesNothing() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("malformed", "{\"title\": \"未完");
        bodies.put("an array", "[1, 2, 3]");
        bodies.put("a string", "\"标题\"");
        bodies.put("wrong types", null); // per operation, from its schema
        bodies.put("huge", "{\"title\": \"" + "大".repeat(1024 * 1024) + "\"}");
        bodies.put("deeply nested", "[".repeat(20_000) + "]".repeat(20_000));
        long before = lastAuditEntry();
        JsonObject draftBefore = json(api.get("api/v1/applications/" + draft, society));
        int requests = 0;
        for (Operation op : operations()) {
            String path = concrete(op.path());
            for (String caller : new String[] {OFFICE, society, EXPERT, null}) {
                for (Map.Entry<String, String> body : bodies.entrySet()) {
                    if (!op.body() && (OFFICE.equals(caller) || society.equals(caller))) {
                        continue; // it reads no body and would act for these callers: only those it refuses are sent
                    }
                    if (body.getKey().equals("huge") && !society.equals(caller) && !OFFICE.equals(caller)) {
                        continue; // refused before the body is read: a megabyte more shows nothing new
                    }
                    String sent = body.getValue() == null ? op.wrongTypes() : body.getValue();
                    HttpResponse<String> r = api.send(op.method(), path, caller, "application/json", sent);
                    String what = op.method() + " " + path + " as " + caller + " with " + body.getKey()
                            + (body.getValue() == null ? " " + sent : "");
                    if (op.readOnly() && body.getKey().equals("wrong types") && r.statusCode() == 200) {
                        // a check reads none of these fields and evaluates what it has: it changes nothing either
                        assertThat(r.body()).as(what).doesNotContain("Exception");
                    } else {
                        refusedPlainly(r, what);
                    }
                    requests++;
                }
            }
        }
        assertThat(lastAuditEntry()).as("no change after %d refused requests", requests).isEqualTo(before);
        JsonObject draftAfter = json(api.get("api/v1/applications/" + draft, society));
        assertThat(draftAfter).isEqualTo(draftBefore);
        System.out.printf("BadInputIT: %d state-changing operations, %d refused requests, no change%n",
                operations().size(), requests);
    }

    @Test
    void unknownCodesOverlongTextsAndControlCharactersAreNamedAndStoreNothing() {
        long before = lastAuditEntry();
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("category", ApiClient.membersHome("未知类别").replace("\"MEMBERS_HOME\"", "\"NO_SUCH_CATEGORY\""));
        bad.put("subProject", ApiClient.academicExchange("未知子项目").replace("\"EXCHANGE_BRAND\"", "\"NO_SUCH\""));
        bad.put("title", ApiClient.membersHome("长".repeat(10_000)));
        bad.put("title ", ApiClient.membersHome("控制\u0007字符"));
        for (Map.Entry<String, String> b : bad.entrySet()) {
            HttpResponse<String> r = api.post("api/v1/applications?year=2021", society, b.getValue());
            refusedPlainly(r, b.getKey());
            assertThat(r.body()).as(b.getKey()).contains(b.getKey().strip());
        }
        refusedPlainly(api.post("api/v1/applications?year=1999", society, ApiClient.membersHome("x")), "year");
        refusedPlainly(api.post("api/v1/applications?year=abc", society, ApiClient.membersHome("x")), "year abc");
        assertThat(lastAuditEntry()).isEqualTo(before);
    }

    @Test
    void pathLikeAttachmentNamesAreRefusedNamingTheName() {
        long before = lastAuditEntry();
        byte[] pdf = "%PDF-1.4\n%\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (String name : List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "a/b.pdf",
                "C:\\boot.ini", "nul\u0000.pdf", "..")) {
            HttpResponse<String> r = api.sendBytes("api/v1/applications/" + draft + "/attachments?kind=WORK_PLAN&name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8), society, "application/pdf", pdf);
            refusedPlainly(r, "attachment named " + name);
            assertThat(r.body()).as(name).contains("name");
        }
        assertThat(array(api.get("api/v1/applications/" + draft + "/attachments", society))).isEmpty();
        assertThat(lastAuditEntry()).isEqualTo(before);
    }

    @Test
    void scriptAndSqlInTextFieldsAreStoredAsTextAndComeBackUnchanged() {
        String hostile = "<script>window.__xss=1</script>\"'><img src=x onerror=alert(1)>'; DROP TABLE application; --";
        String id = api.draft(society, ApiClient.membersHome(hostile));
        JsonObject back = json(api.get("api/v1/applications/" + id, society));
        assertThat(back.getString("title")).isEqualTo(hostile);
        assertThat(array(api.get("api/v1/applications?year=2021", society))).hasSize(2);
        HttpResponse<String> check = api.post("api/v1/plans/2021/check", null,
                "{\"society\": {\"code\": \"" + code + "'; DROP TABLE society; --\"}, \"applications\": []}");
        assertThat(check.statusCode()).as(check.body()).isBetween(200, 499);
        assertThat(json(api.get("api/v1/applications/" + draft, society)).getString("title")).isEqualTo("坏输入 " + code);
    }

    /**
     * The same hostile title, submitted, on every page that shows it to its society and to the office: shown as
     * the text it is, never run (no script set {@code window.__xss}, no alert opened, no element injected).
     */
    @Test
    void scriptInATitleIsShownAsTextOnThePagesThatShowIt(Browser browser) {
        String hostile = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">';DROP TABLE a;--";
        String id = api.draft(society, ApiClient.membersHome(hostile + " " + code));
        HttpResponse<String> submitted = api.post("api/v1/applications/" + id + "/submit", society, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        browser.at(Deployments.baseUri(url)).open("index.xhtml");
        browser.find("#login\\:username").sendKeys(society, Keys.TAB, ApiClient.PASSWORD, Keys.ENTER);
        browser.waitForPath("/society/dashboard.xhtml");
        shownAsText(browser, hostile, "society-dashboard");
        browser.open("society/application.xhtml?id=" + id);
        shownAsText(browser, hostile, "society-application");

        browser.open("index.xhtml");
        browser.driver().manage().deleteAllCookies();
        browser.open("index.xhtml");
        browser.find("#login\\:username").sendKeys(OFFICE, Keys.TAB, ApiClient.PASSWORD, Keys.ENTER);
        browser.waitForPath("/office/index.xhtml");
        browser.open("office/submissions.xhtml");
        shownAsText(browser, hostile, "office-submissions");
        browser.open("office/application.xhtml?id=" + id);
        shownAsText(browser, hostile, "office-application");
    }

    private static void shownAsText(Browser browser, String hostile, String page) {
        browser.idle();
        Object xss = ((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined ? null : window.__xss;");
        assertThat(xss).as(page + ": no injected script ran").isNull();
        assertThat(browser.all("img[src='x']")).as(page + ": no injected element").isEmpty();
        String pageText = browser.find("body").getText();
        Object values = ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll('input,textarea')).map(e => e.value).join('\\n');");
        assertThat(pageText + "\n" + values).as(page + ": the title shown as the text it is").contains(hostile);
        browser.fullScreenshot("hostile-" + page);
    }
}
