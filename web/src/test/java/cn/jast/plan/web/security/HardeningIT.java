package cn.jast.plan.web.security;

import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a battery of bad input and hostile requests found (issue #8), each on the real server: the
 * login throttle per name and address, the same answers for names that exist and names that do
 * not, the office's unlock; the headers of every answer and the surfaces that are closed; JSON-only
 * bodies and cross-site requests with credentials refused; an oversized upload sent chunked; and
 * answers that name the field. The tests' server throttles with a first wait of 20 s
 * (arquillian.xml), so that a slow machine cannot outrun it.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String EVIL = "http://evil.example";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    // ---- 1. facts only the office records

    @Test
    void aSocietyCannotClearWhatTheOfficeRecordedAndReadsWhereEachFactCameFrom() throws Exception {
        ApiClient api = new ApiClient(base);
        String office = "rec-office-" + ApiClient.unique();
        api.account(office, "OFFICE", null);
        String code = "S-91" + (int) (Math.random() * 90 + 10);
        String society = api.societyWithAccount(code);
        String id = api.draft(society, ApiClient.membersHome("会员之家建设"));
        assertThat(json(api.post("api/v1/applications/" + id + "/check", society, null)).getBoolean("admissible")).isTrue();

        assertThat(api.post("api/v1/societies/" + code + "/recorded-facts", society,
                "{\"reason\": \"x\", \"facts\": {\"integrityIncidents\": []}}").statusCode())
                .as("a society records nothing").isEqualTo(403);
        HttpResponse<String> noReason = api.post("api/v1/societies/" + code + "/recorded-facts", office,
                "{\"facts\": {\"integrityIncidents\": [{\"year\": 2019, \"kind\": \"FUND_MISUSE\"}]}}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        HttpResponse<String> declared = api.post("api/v1/societies/" + code + "/recorded-facts", office,
                "{\"reason\": \"x\", \"facts\": {\"staff\": {\"fullTime\": 1, \"partTime\": 0}}}");
        assertThat(declared.statusCode()).isEqualTo(400);
        assertThat(json(declared).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("facts.staff");

        HttpResponse<String> recorded = api.post("api/v1/societies/" + code + "/recorded-facts", office,
                "{\"reason\": \"苏科协审计〔2020〕3号：违规使用项目资金\", \"facts\": {\"integrityIncidents\": "
                        + "[{\"year\": 2019, \"kind\": \"FUND_MISUSE\"}]}}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(violations(api.post("api/v1/applications/" + id + "/check", society, null))).containsExactly("ELIG-3");

        // the probe of the issue: the society clears its own record
        JsonObject before = json(api.get("api/v1/societies/" + code, society));
        HttpResponse<String> cleared = api.put("api/v1/societies/" + code + "/profile", society, ApiClient.society(code, "x"));
        assertThat(cleared.statusCode()).isEqualTo(403);
        assertThat(json(cleared).getString("detail")).startsWith("integrityIncidents is recorded by the programme office");
        assertThat(json(api.get("api/v1/societies/" + code, society))).isEqualTo(before);
        assertThat(violations(api.post("api/v1/applications/" + id + "/check", society, null))).containsExactly("ELIG-3");

        String withIncident = ApiClient.society(code, "x").replace("\"integrityIncidents\": []",
                "\"integrityIncidents\": [{\"year\": 2019, \"kind\": \"FUND_MISUSE\"}]");
        for (String[] change : new String[][] {
                {"\"type\": \"PROVINCIAL_SOCIETY\"", "\"type\": \"CITY_ASSOCIATION\"", "type"},
                {"\"affiliatedToJast\": true", "\"affiliatedToJast\": false", "affiliatedToJast"},
                {"\"capabilityEvaluationLastYear\": true", "\"capabilityEvaluationLastYear\": false", "capabilityEvaluations"},
                {"\"annualInspectionLastYear\": \"PASSED\"", "\"annualInspectionLastYear\": \"FAILED\"", "annualInspections"},
                {"\"failedAssessments\": []", "\"failedAssessments\": [{\"year\": 2020, \"category\": \"FEATURED\"}]", "failedAssessments"}}) {
            HttpResponse<String> r = api.put("api/v1/societies/" + code + "/profile", society,
                    withIncident.replace(change[0], change[1]));
            assertThat(r.statusCode()).as(change[2]).isEqualTo(403);
            assertThat(json(r).getString("detail")).startsWith(change[2] + " is recorded by the programme office");
        }
        assertThat(json(api.get("api/v1/societies/" + code, society)).getInt("version")).isEqualTo(before.getInt("version"));

        // what it declares, it changes; the office's facts sent back unchanged, or left out, stay
        HttpResponse<String> own = api.put("api/v1/societies/" + code + "/profile", society,
                withIncident.replace("\"fullTime\": 4", "\"fullTime\": 9"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        HttpResponse<String> leftOut = api.put("api/v1/societies/" + code + "/profile", society,
                "{\"code\": \"" + code + "\", \"partyWorkingGroup\": true, \"independentPartyBranch\": true, "
                        + "\"staff\": {\"fullTime\": 8, \"partTime\": 3}, \"professionalSecretariatStaff\": true}");
        assertThat(leftOut.statusCode()).as(leftOut.body()).isEqualTo(200);
        JsonObject profile = json(api.get("api/v1/societies/" + code, society)).getJsonObject("profile");
        assertThat(profile.getJsonObject("staff").getInt("fullTime")).isEqualTo(8);
        assertThat(profile.getJsonArray("integrityIncidents")).hasSize(1);
        assertThat(profile.getString("type")).isEqualTo("PROVINCIAL_SOCIETY");

        JsonObject facts = json(api.get("api/v1/societies/" + code + "/recorded-facts", society));
        Map<String, JsonObject> byField = new LinkedHashMap<>();
        facts.getJsonArray("facts").forEach(f -> byField.put(f.asJsonObject().getString("field"), f.asJsonObject()));
        assertThat(byField.keySet()).containsExactly("type", "affiliatedToJast", "capabilityEvaluations",
                "annualInspections", "integrityIncidents", "failedAssessments");
        JsonObject incident = byField.get("integrityIncidents").getJsonObject("source");
        assertThat(incident.getString("kind")).isEqualTo("OFFICE_RECORD");
        assertThat(incident.getString("by")).isEqualTo(office);
        assertThat(incident.getString("reason")).contains("违规使用项目资金");
        assertThat(byField.get("type").getJsonObject("source").getString("kind")).isEqualTo("REGISTRATION");
        assertThat(byField.get("annualInspections").getJsonArray("value").getJsonObject(0).getInt("year")).isEqualTo(2020);
        assertThat(array(api.get("api/v1/audit?limit=50", office)).stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("action").equals("society.record") && e.getString("targetId").equals(code)))
                .isTrue();
    }

    @Test
    void anInspectionTheOfficeRecordsForAnotherYearDoesNotServeThisPlanYear() {
        ApiClient api = new ApiClient(base);
        String office = "rec-office-" + ApiClient.unique();
        api.account(office, "OFFICE", null);
        String code = "S-90" + (int) (Math.random() * 90 + 10);
        String society = api.societyWithAccount(code);
        String id = api.draft(society, ApiClient.membersHome("会员之家"));
        HttpResponse<String> of2019 = api.post("api/v1/societies/" + code + "/recorded-facts", office,
                "{\"reason\": \"2019 年度评价与年检结果\", \"facts\": {\"capabilityEvaluations\": [{\"year\": 2019}], "
                        + "\"annualInspections\": [{\"year\": 2019, \"result\": \"PASSED\"}]}}");
        assertThat(of2019.statusCode()).as(of2019.body()).isEqualTo(200);
        assertThat(violations(api.post("api/v1/applications/" + id + "/check", society, null))).containsExactly("ELIG-2");
        assertThat(api.post("api/v1/societies/" + code + "/recorded-facts", office,
                "{\"reason\": \"2020 年度评价与年检结果\", \"facts\": {\"capabilityEvaluations\": [{\"year\": 2019}, "
                        + "{\"year\": 2020}], \"annualInspections\": [{\"year\": 2020, \"result\": \"PASSED\"}]}}")
                .statusCode()).isEqualTo(200);
        assertThat(violations(api.post("api/v1/applications/" + id + "/check", society, null))).isEmpty();
    }

    private static java.util.List<String> violations(HttpResponse<String> check) {
        assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
        return json(check).getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("rule")).toList();
    }

    // ---- 6. the login throttle

    @Test
    void guessesSlowDownTheNameFromThatAddressOnlyAndTheOfficeLiftsIt() throws Exception {
        ApiClient api = new ApiClient(base);
        String office = "th-office-" + ApiClient.unique();
        String victim = "th-victim-" + ApiClient.unique();
        api.account(office, "OFFICE", null);
        api.account(victim, "OFFICE", null);

        for (int i = 1; i <= 4; i++) {
            assertThat(raw("127.0.0.1", "GET", "api/test/whoami/office", victim, "guess-" + i, null, null).status)
                    .as("failure %d is a plain 401", i).isEqualTo(401);
        }
        Raw throttled = raw("127.0.0.1", "GET", "api/test/whoami/office", victim, ApiClient.PASSWORD, null, null);
        assertThat(throttled.statusLine).isEqualTo("HTTP/1.1 429 Too Many Requests");
        assertThat(Integer.parseInt(throttled.headers.get("retry-after"))).isBetween(1, 20);
        assertThat(throttled.body).contains("try again in").doesNotContain("Exception");

        Raw elsewhere = raw("127.0.0.2", "GET", "api/test/whoami/office", victim, ApiClient.PASSWORD, null, null);
        assertThat(elsewhere.status).as("another address is not slowed down by the guesser").isEqualTo(200);

        String society = api.societyWithAccount("S-99" + (int) (Math.random() * 90 + 10));
        assertThat(api.send("POST", "api/v1/accounts/" + victim + "/unlock", society, null, null).statusCode())
                .as("only the office unlocks").isEqualTo(403);
        assertThat(api.send("POST", "api/v1/accounts/" + victim + "/unlock", office, null, null).statusCode()).isEqualTo(204);
        assertThat(api.send("POST", "api/v1/accounts/nobody-" + ApiClient.unique() + "/unlock", office, null, null)
                .statusCode()).isEqualTo(404);
        assertThat(raw("127.0.0.1", "GET", "api/test/whoami/office", victim, ApiClient.PASSWORD, null, null).status)
                .isEqualTo(200);
        JsonArray audit = array(api.get("api/v1/audit?limit=20", office));
        assertThat(audit.stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("action").equals("account.unlock") && e.getString("targetId").equals(victim)
                        && e.getString("actor").equals(office))).isTrue();
    }

    @Test
    void concurrentRequestsOfAnAccountNotCheckedYetRunOnePasswordCheck() throws Exception {
        ApiClient api = new ApiClient(base);
        String user = "sf-office-" + ApiClient.unique();
        api.account(user, "OFFICE", null);
        long before = passwordChecks(api);
        int clients = 16;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return api.get("api/test/whoami/office", user).statusCode();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Integer> a : answers) {
                assertThat(a.get(2, java.util.concurrent.TimeUnit.MINUTES)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(passwordChecks(api) - before)
                .as("%d requests at once of one account: one PBKDF2 check, the others answered from it", clients)
                .isEqualTo(1);
        assertThat(api.get("api/test/whoami/office", user).statusCode()).isEqualTo(200);
        assertThat(raw("127.0.0.1", "GET", "api/test/whoami/office", user, "a wrong one", null, null).status).isEqualTo(401);
        assertThat(api.get("api/test/whoami/office", user).statusCode())
                .as("a wrong password does not make the right one checked again").isEqualTo(200);
        assertThat(passwordChecks(api) - before).isEqualTo(2);
    }

    private static long passwordChecks(ApiClient api) {
        HttpResponse<String> r = api.get("api/test/fixtures/password-checks", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Long.parseLong(r.body().trim());
    }

    @Test
    void aNameThatDoesNotExistGetsTheSameAnswersAsOneThatDoes() throws Exception {
        ApiClient api = new ApiClient(base);
        String known = "th-known-" + ApiClient.unique();
        api.account(known, "OFFICE", null);
        String unknown = "th-unknown-" + ApiClient.unique();

        for (String name : new String[] {known, unknown}) {
            for (int i = 1; i <= 4; i++) {
                Raw r = raw("127.0.0.1", "GET", "api/test/whoami/office", name, "guess-" + i, null, null);
                assertThat(r.status).as(name + " failure " + i).isEqualTo(401);
                assertThat(r.body).contains("The user name or password is wrong.");
            }
            Raw fifth = raw("127.0.0.1", "GET", "api/test/whoami/office", name, "guess-5", null, null);
            assertThat(fifth.statusLine).as(name).isEqualTo("HTTP/1.1 429 Too Many Requests");
            assertThat(fifth.headers).containsKey("retry-after");
            assertThat(fifth.body.replaceAll("\\d+", "N")).isEqualTo(
                    "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":N,\"detail\":\"Too many failed "
                            + "logins with this user name from your address: try again in N s.\",\"instance\":"
                            + "\"/jast-plan/api/test/whoami/office\"}");
        }
    }

    // ---- 7. headers and surfaces

    @Test
    void everyAnswerSaysNoSniffAndPrivateAnswersAreNotStored() throws Exception {
        ApiClient api = new ApiClient(base);
        String society = api.societyWithAccount("S-98" + (int) (Math.random() * 90 + 10));
        for (HttpResponse<String> r : new HttpResponse[] {
                api.get("api/v1/status", null),
                api.get("api/v1/applications?year=2021", society),
                api.get("api/v1/applications?year=2021", null),
                api.get("api/nothing-here", null),
                api.get("nothing-here-either.html", null)}) {
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(r.uri().toString()).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(r.uri().toString()).hasValue("same-origin");
            assertThat(r.headers().firstValue("Server")).as("no banner").isEmpty();
            assertThat(r.headers().firstValue("X-Powered-By")).as("no banner").isEmpty();
        }
        HttpResponse<String> own = api.get("api/v1/applications?year=2021", society);
        assertThat(own.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(own.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'none'");
    }

    @Test
    void optionsAnswersTheAllowedMethodsWithoutWadlOrVersions() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(app("api/v1/status"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Allow")).get().asString().contains("GET");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).doesNotContain("wadl");
        assertThat(r.body()).doesNotContain("wadl").doesNotContain("Jersey").doesNotContain("3.1");
    }

    @Test
    void metricsAreNotServedAndNothingListensBeyondLoopback() throws Exception {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(server("metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isIn(403, 404);
        assertThat(metrics.body()).doesNotContain("jvm").doesNotContain("base_");

        JsonArray listening = array(new ApiClient(base).get("api/test/listening", null));
        assertThat(listening).as("the HTTP listener at least").isNotEmpty();
        assertThat(listening.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString))
                .as("no data-grid port, nothing on other interfaces")
                .allMatch(a -> a.startsWith("127.") || a.startsWith("::ffff:127.") || a.startsWith("[0000:0000:0000:0000:0000:0000:0000:0001]"))
                .anyMatch(a -> a.endsWith(":" + base.getPort()));
    }

    // ---- 3. JSON bodies and cross-site requests

    @Test
    void aStateChangingRequestMustBeJson() throws Exception {
        ApiClient api = new ApiClient(base);
        String society = api.societyWithAccount("S-97" + (int) (Math.random() * 90 + 10));
        String list = "api/v1/applications?year=2021";
        int before = array(api.get(list, society)).size();

        HttpResponse<String> plain = api.send("POST", list, society, "text/plain", ApiClient.membersHome("纯文本"));
        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(json(plain).getString("detail")).contains("text/plain").contains("application/json");
        assertThat(api.send("POST", list, society, "application/x-www-form-urlencoded", "title=x").statusCode())
                .isEqualTo(415);
        assertThat(api.send("POST", list, society, null, ApiClient.membersHome("无类型")).statusCode()).isEqualTo(415);
        assertThat(array(api.get(list, society)).size()).as("nothing stored").isEqualTo(before);

        String id = api.draft(society, ApiClient.membersHome("附件"));
        HttpResponse<String> textUpload = api.sendBytes("api/v1/applications/" + id
                + "/attachments?kind=WORK_PLAN&name=plan.txt", society, "text/plain", "a plan".getBytes(StandardCharsets.UTF_8));
        assertThat(textUpload.statusCode()).isEqualTo(415);
        assertThat(json(textUpload).getString("detail")).contains("multipart/form-data");
        assertThat(api.sendBytes("api/v1/applications/" + id + "/attachments?kind=WORK_PLAN&name=plan.pdf", society,
                "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(201);

        HttpResponse<String> check = api.send("POST", "api/v1/plans/2021/check", null, "text/plain",
                new String(HardeningIT.class.getResourceAsStream("/check/api-example.json").readAllBytes(),
                        StandardCharsets.UTF_8));
        assertThat(check.statusCode()).as("the public check stores nothing and answers as API.md says").isEqualTo(200);
    }

    @Test
    void aCrossSiteRequestWithCredentialsIsRefused() throws Exception {
        ApiClient api = new ApiClient(base);
        String society = api.societyWithAccount("S-96" + (int) (Math.random() * 90 + 10));
        String list = "api/v1/applications?year=2021";
        int before = array(api.get(list, society)).size();

        HttpResponse<String> byOrigin = send(request("POST", list, society, ApiClient.membersHome("伪造")).header("Origin", EVIL));
        assertThat(byOrigin.statusCode()).isEqualTo(403);
        assertThat(json(byOrigin).getString("detail")).contains("another site");
        HttpResponse<String> byFetchSite = send(request("POST", list, society, ApiClient.membersHome("伪造"))
                .header("Sec-Fetch-Site", "cross-site"));
        assertThat(byFetchSite.statusCode()).isEqualTo(403);
        assertThat(send(request("POST", list, society, ApiClient.membersHome("伪造")).header("Sec-Fetch-Site", "same-site"))
                .statusCode()).isEqualTo(403);
        assertThat(array(api.get(list, society)).size()).as("nothing stored").isEqualTo(before);

        String self = "http://127.0.0.1:" + base.getPort();
        assertThat(send(request("POST", list, society, ApiClient.membersHome("同源")).header("Origin", self)
                .header("Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(201);
        assertThat(send(request("GET", list, society, null).header("Origin", EVIL)).statusCode())
                .as("reading is left to the same-origin policy").isEqualTo(200);
    }

    @Test
    void thePublicCheckStaysCallableFromAnyOriginWithoutCredentials() throws Exception {
        String body = new String(HardeningIT.class.getResourceAsStream("/check/api-example.json").readAllBytes(),
                StandardCharsets.UTF_8);
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(app("api/v1/plans/2021/check"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", EVIL)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");

        HttpResponse<String> anonymous = send(request("POST", "api/v1/plans/2021/check", null, body).header("Origin", EVIL)
                .header("Sec-Fetch-Site", "cross-site"));
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(json(anonymous).getBoolean("admissible")).isFalse();

        ApiClient api = new ApiClient(base);
        String society = api.societyWithAccount("S-95" + (int) (Math.random() * 90 + 10));
        assertThat(send(request("POST", "api/v1/plans/2021/check", society, body).header("Origin", EVIL)).statusCode())
                .as("with credentials from another site, like any other").isEqualTo(403);
    }

    // ---- 5. uploads

    @Test
    void anOversizedUploadSentChunkedIs413AndStoresNothing() throws Exception {
        ApiClient api = new ApiClient(base);
        String society = api.societyWithAccount("S-94" + (int) (Math.random() * 90 + 10));
        String id = api.draft(society, ApiClient.membersHome("大附件"));
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        HttpResponse<String> r = send(HttpRequest.newBuilder(app("api/v1/applications/" + id
                        + "/attachments?kind=WORK_PLAN&name=huge.pdf"))
                .header("Content-Type", "application/pdf").header("Authorization", basic(society, ApiClient.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).getString("type")).isEqualTo("urn:jast:plan:problem:body-too-large");
        assertThat(json(r).containsKey("incident")).isFalse();
        assertThat(array(api.get("api/v1/applications/" + id + "/attachments", society))).isEmpty();
    }

    // ---- 4. lengths and counts

    @Test
    void textsHaveTheirFormsLengthsAndNoControlCharactersAndADraftCountHasItsLimit() throws Exception {
        ApiClient api = new ApiClient(base);
        String code = "S-94" + (int) (Math.random() * 90 + 10);
        String society = api.societyWithAccount(code);
        String mine = "api/v1/applications?year=2021";

        // a 100,000-character title, a bell in a title, a fact the form has no field for: 400 naming it
        for (String[] bad : new String[][] {
                {ApiClient.withoutForm("MEMBERS_HOME", "长".repeat(100_000)), "title", "at most 100 characters"},
                {ApiClient.withoutForm("MEMBERS_HOME", "会员\u0007之家"), "title", "control character U+0007"},
                {ApiClient.withoutForm("MEMBERS_HOME", "会员之家").replace("\"attachments\"",
                        "\"awardName\": \"" + "奖".repeat(100_000) + "\", \"attachments\""), "awardName", "no field for this fact"}}) {
            HttpResponse<String> r = api.post(mine, society, bad[0]);
            assertThat(r.statusCode()).as(bad[1]).isEqualTo(400);
            JsonObject error = json(r).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo(bad[1]);
            assertThat(error.getString("message")).contains(bad[2]);
        }
        assertThat(array(api.get(mine, society))).as("nothing was stored").isEmpty();

        // the same refusal when a draft is revised: the draft keeps its content and version
        String id = api.draft(society, ApiClient.withoutForm("MEMBERS_HOME", "会员之家"));
        HttpResponse<String> revised = api.send("PUT", "api/v1/applications/" + id, society, "application/json",
                ApiClient.withoutForm("MEMBERS_HOME", "会员\u001b[31m之家"));
        assertThat(revised.statusCode()).isEqualTo(400);
        JsonObject kept = json(api.get("api/v1/applications/" + id, society));
        assertThat(kept.getString("title")).isEqualTo("会员之家");
        assertThat(kept.getInt("version")).isEqualTo(1);

        // at most jast.drafts.max-per-society drafts (20 unless configured), 409 beyond; a withdrawn one frees a place
        for (int i = 2; i <= 20; i++) {
            api.draft(society, ApiClient.withoutForm("MEMBERS_HOME", "草稿 " + i));
        }
        HttpResponse<String> tooMany = api.post(mine, society, ApiClient.withoutForm("MEMBERS_HOME", "第 21 份"));
        assertThat(tooMany.statusCode()).isEqualTo(409);
        assertThat(json(tooMany).getString("detail")).contains("20 drafts").contains(code);
        assertThat(array(api.get(mine, society))).hasSize(20);
        HttpResponse<String> withdrawn = api.send("POST", "api/v1/applications/" + id + "/withdraw", society,
                "application/json", "{}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(api.post(mine, society, ApiClient.withoutForm("MEMBERS_HOME", "第 21 份")).statusCode()).isEqualTo(201);

        // a society's profile: a journal's title is one line, of at most jast.profile.max-text-length characters
        String profile = ApiClient.society(code, "x").replace("\"journals\": []",
                "\"journals\": [{\"title\": \"学报\\u0000\", \"cn\": \"CN32-1234/N\", \"sponsor\": true}]");
        HttpResponse<String> journal = api.put("api/v1/societies/" + code + "/profile", society, profile);
        assertThat(journal.statusCode()).as(journal.body()).isEqualTo(400);
        assertThat(json(journal).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("journals[0].title");
    }

    // ---- 9. answers that name the field

    @Test
    void badQueryParametersAndWronglyTypedFieldsAreNamed() throws Exception {
        ApiClient api = new ApiClient(base);
        String society = api.societyWithAccount("S-93" + (int) (Math.random() * 90 + 10));
        HttpResponse<String> year = api.get("api/v1/applications?year=abc", society);
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(json(year).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("year");
        assertThat(json(year).getString("detail")).contains("'year'");

        HttpResponse<String> typed = api.post("api/probe/echo", null, "{\"name\": \"学会\", \"members\": \"many\"}");
        assertThat(typed.statusCode()).isEqualTo(400);
        assertThat(json(typed).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("members");
        assertThat(typed.body()).doesNotContain("java.").doesNotContain("Exception");
    }

    @Test
    void the401SpeaksOfBasicAuthenticationOnly() throws Exception {
        for (Raw r : new Raw[] {
                raw("127.0.0.1", "GET", "api/test/whoami/office", null, null, null, null),
                raw("127.0.0.1", "GET", "api/test/whoami/office", "th-nobody-" + ApiClient.unique(), "x", null, null)}) {
            assertThat(r.statusLine).isEqualTo("HTTP/1.1 401 Unauthorized");
            assertThat(r.headers.get("www-authenticate")).startsWith("Basic realm=");
            assertThat(r.body.toLowerCase(Locale.ROOT)).doesNotContain("jwt").doesNotContain("token").doesNotContain("bearer");
        }
    }

    // ---- helpers

    private URI app(String relative) {
        return Deployments.baseUri(base).resolve(relative);
    }

    private URI server(String path) {
        return Deployments.baseUri(base).resolve("/" + path);
    }

    private HttpRequest.Builder request(String method, String relative, String user, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(app(relative)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", basic(user, ApiClient.PASSWORD));
        }
        return b;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return HTTP.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An answer read off the wire, status line and all. */
    private record Raw(String statusLine, int status, Map<String, String> headers, String body) {
    }

    /**
     * One HTTP/1.1 exchange over a socket bound to {@code localAddress} (any of 127.0.0.0/8), so that
     * the server sees another client address; and the status line as the server wrote it.
     */
    private Raw raw(String localAddress, String method, String relative, String user, String password,
                    String contentType, String body) throws IOException {
        URI uri = app(relative);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + uri.getPort() + "\r\nConnection: close\r\n");
        if (user != null) {
            request.append("Authorization: ").append(basic(user, password)).append("\r\n");
        }
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(60_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            String rest = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                rest = unchunk(rest);
            }
            return new Raw(head[0], Integer.parseInt(head[0].split(" ")[1]), headers, rest);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            // sizes count bytes; the bodies here are ASCII or problem+json with escaped text
            out.append(chunked, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }
}
