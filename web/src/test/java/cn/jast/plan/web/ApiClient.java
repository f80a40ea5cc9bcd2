package cn.jast.plan.web;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * The integration tests' REST client: HTTP/1.1 (see {@link WebInfrastructureIT}), HTTP Basic as one of
 * the fixture accounts, and the fixtures themselves (societies, accounts, the clock) through the test-only
 * {@code /api/test/fixtures}.
 */
public final class ApiClient {

    public static final String PASSWORD = "correct horse battery staple";

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    public ApiClient(URL injected) {
        this.base = Deployments.baseUri(injected);
    }

    /** A unique suffix, so that tests sharing a deployment do not see each other's data. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public HttpResponse<String> send(String method, String path, String user, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b);
    }

    public HttpResponse<String> sendBytes(String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return send(b);
    }

    public HttpResponse<byte[]> download(String path, String user) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).GET()
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String user) {
        return send("GET", path, user, null, null);
    }

    public HttpResponse<String> post(String path, String user, String json) {
        return send("POST", path, user, json == null ? null : "application/json", json);
    }

    public HttpResponse<String> put(String path, String user, String json) {
        return send("PUT", path, user, "application/json", json);
    }

    public static JsonObject json(HttpResponse<String> r) {
        return (JsonObject) structure(r);
    }

    public static JsonArray array(HttpResponse<String> r) {
        return (JsonArray) structure(r);
    }

    private static JsonStructure structure(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }

    // ---- fixtures

    /** An eligible provincial society, API.md shape. */
    public static String society(String code, String name) {
        return """
                {"code": "%s", "name": %s, "type": "PROVINCIAL_SOCIETY", "affiliatedToJast": true,
                 "capabilityEvaluationLastYear": true, "annualInspectionLastYear": "PASSED",
                 "integrityIncidents": [], "failedAssessments": [], "partyWorkingGroup": true,
                 "independentPartyBranch": true, "staff": {"fullTime": 4, "partTime": 3},
                 "professionalSecretariatStaff": true, "journals": [], "awards": []}
                """.formatted(code, Json.createValue(name).toString());
    }

    /** Creates a society and its SOCIETY account (named like the code, lower case). */
    public String societyWithAccount(String code) {
        check(send("POST", "api/test/fixtures/societies", null, "application/json", society(code, "江苏省测试学会 " + code)));
        String user = code.toLowerCase();
        account(user, "SOCIETY", code);
        return user;
    }

    public void account(String user, String role, String society) {
        check(send("POST", "api/test/fixtures/accounts?username=" + enc(user) + "&password=" + enc(PASSWORD)
                + "&role=" + role + (society == null ? "" : "&society=" + enc(society)), null, null, null));
    }

    /** Stores a plan year (test fixture), e.g. a later year to check ELIG-5 against. */
    public void plan(String planJson) {
        check(send("POST", "api/test/fixtures/plans", null, "application/json", planJson));
    }

    public void moveClock(String instant) {
        check(send("PUT", "api/test/fixtures/clock?at=" + enc(instant), null, null, null));
    }

    public void resetClock() {
        check(send("DELETE", "api/test/fixtures/clock", null, null, null));
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("fixture failed: " + r.statusCode() + " " + r.body());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- applications

    /** A members' home application (category 7: no sub-project, no conditions beyond eligibility). */
    public static String membersHome(String title) {
        return """
                {"category": "MEMBERS_HOME", "title": %s, "declaredNotInKechuangJiangsu": true, "attachments": []}
                """.formatted(Json.createValue(title).toString());
    }

    public static String ofCategory(String category, String title) {
        return """
                {"category": "%s", "title": %s, "declaredNotInKechuangJiangsu": true, "attachments": []}
                """.formatted(category, Json.createValue(title).toString());
    }

    /** Creates a draft and answers its id. */
    public String draft(String user, String applicationJson) {
        HttpResponse<String> r = post("api/v1/applications?year=2021", user, applicationJson);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("draft failed: " + r.statusCode() + " " + r.body());
        }
        return json(r).getString("id");
    }
}
