package cn.jast.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The web module's infrastructure on a real Payara Micro: the shipped WAR deploys, the status resource
 * answers with the demo clock set through MicroProfile Config, Payara serves health and OpenAPI, and
 * every kind of error comes back as problem+json without a trace of the server's insides.
 * Each test stands alone; none depends on another's order or effects.
 */
@ExtendWith(ArquillianExtension.class)
class WebInfrastructureIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    /**
     * HTTP/1.1, as browsers speak to a plain-http server. Left to its default, java.net.http asks for an
     * h2c upgrade, which Payara Micro 6.2025.10 mishandles either way: with HTTP/2 on, a body it refuses
     * unread blocks the connection's flow-control window and the next request hangs; with HTTP/2 off
     * (our pre-boot-commands.txt), it does not decode a chunked body sent with the upgrade headers.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    @Test
    void statusAnswersWithTheDemoClockFromConfig() throws Exception {
        HttpResponse<String> response = send(get("api/v1/status"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        JsonObject status = json(response);
        assertThat(status.getString("application")).isEqualTo("jast-plan");
        assertThat(status.getString("version")).isNotBlank().doesNotContain("${");
        assertThat(status.getString("clock")).isEqualTo("fixed");
        assertThat(status.getString("now")).isEqualTo(System.getProperty("it.clock.fixed"));
        assertThat(status.getString("planTime")).isEqualTo("2021-05-20T10:00:00+08:00");
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server("openapi"))
                .header("Accept", "application/json").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject document = json(response);
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("JAST society capability plan API");
        assertThat(document.getJsonObject("paths").keySet()).anyMatch(path -> path.endsWith("/api/v1/status"));
    }

    @Test
    void healthReportsReadinessAndLiveness() throws Exception {
        HttpResponse<String> all = send(HttpRequest.newBuilder(server("health")).GET());
        HttpResponse<String> ready = send(HttpRequest.newBuilder(server("health/ready")).GET());
        HttpResponse<String> live = send(HttpRequest.newBuilder(server("health/live")).GET());

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(json(all).getString("status")).isEqualTo("UP");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("jast-plan-clock").contains("\"fixed\"")
                .contains("jast-plan-database").contains("schemaVersion");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("jast-plan-web");
    }

    @Test
    void malformedJsonIsABadRequestWithoutStackTrace() throws Exception {
        HttpResponse<String> response = send(post("api/probe/echo", "application/json", "{\"name\": \"学会\", members: }"));

        JsonObject problem = problem(response, 400);
        assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:malformed-body");
        assertThat(problem.getString("detail")).contains("not valid JSON").contains("line 1");
        assertThat(problem.getString("instance")).endsWith("/api/probe/echo");
    }

    @Test
    void jsonOfTheWrongShapeIsABadRequest() throws Exception {
        HttpResponse<String> response = send(post("api/probe/echo", "application/json",
                "{\"name\": \"学会\", \"members\": \"many\"}"));

        JsonObject problem = problem(response, 400);
        assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:malformed-body");
    }

    @Test
    void emptyBodyIsABadRequest() throws Exception {
        HttpResponse<String> response = send(post("api/probe/echo", "application/json", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
        assertNoLeak(response.body());
    }

    @Test
    void validJsonIsAccepted() throws Exception {
        HttpResponse<String> response = send(post("api/probe/echo", "application/json",
                "{\"name\": \"江苏省化学化工学会\", \"members\": 3, \"board\": [{\"name\": \"张三\"}]}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getString("name")).isEqualTo("江苏省化学化工学会");
    }

    @Test
    void beanValidationNamesEachField() throws Exception {
        HttpResponse<String> response = send(post("api/probe/echo", "application/json",
                "{\"name\": \" \", \"members\": 11, \"board\": [{\"name\": \"张三\"}, {\"name\": \"\"}]}"));

        JsonObject problem = problem(response, 400);
        assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:invalid-input");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("board[1].name", "members", "name");
    }

    @Test
    void missingBodyParameterIsNamed() throws Exception {
        HttpResponse<String> response = send(post("api/probe/echo", "application/json", "null"));

        JsonObject problem = problem(response, 400);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("society");
    }

    @Test
    void constrainedPathParameterIsNamed() throws Exception {
        HttpResponse<String> response = send(get("api/probe/members/0"));

        JsonObject problem = problem(response, 400);
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("number");
    }

    @Test
    void unknownPathIsNotFound() throws Exception {
        HttpResponse<String> response = send(get("api/v1/no-such-thing"));

        JsonObject problem = problem(response, 404);
        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Not Found");
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhatIs() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(app("api/v1/status")).DELETE());

        JsonObject problem = problem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertThat(problem.getString("detail")).contains("DELETE").contains("GET");
    }

    @Test
    void unsupportedMediaTypeIsRefused() throws Exception {
        HttpResponse<String> response = send(post("api/probe/echo", "text/plain", "name=x"));

        JsonObject problem = problem(response, 415);
        assertThat(problem.getString("detail")).contains("text/plain");
    }

    @Test
    void unexpectedFailureIsAnIncidentWithoutDetails() throws Exception {
        HttpResponse<String> response = send(get("api/probe/boom"));

        JsonObject problem = problem(response, 500);
        assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:internal-error");
        assertThat(problem.getString("incident")).matches("[0-9a-f-]{36}");
        assertThat(problem.getString("detail")).contains(problem.getString("incident"));
        assertThat(response.body()).doesNotContain("hunter2").doesNotContain("IllegalState");
    }

    @Test
    void ruleBreachListsEveryViolationWithClauseAndBothLanguages() throws Exception {
        HttpResponse<String> response = send(get("api/probe/rules"));

        JsonObject problem = problem(response, 422);
        assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:rule-violation");
        var violations = problem.getJsonArray("violations").getValuesAs(JsonObject.class);
        assertThat(violations).extracting(v -> v.getString("rule")).containsExactly("LIMIT-4", "DEADLINE-1");
        assertThat(violations.get(0).getString("clause")).isEqualTo("II.3.4");
        assertThat(violations.get(0).getJsonObject("message").getString("zh")).isEqualTo("每个学会限报一个项目");
        assertThat(violations.get(0).getJsonObject("message").getString("en")).contains("one project");
    }

    @Test
    void ruleBreachInsideAnEnterpriseBeanIsUnwrapped() throws Exception {
        HttpResponse<String> response = send(get("api/probe/ejb-rules"));

        JsonObject problem = problem(response, 422);
        assertThat(problem.getJsonArray("violations")).hasSize(2);
    }

    @Test
    void declaredOversizedBodyIsRefusedBeforeReading() throws Exception {
        HttpResponse<String> response = send(post("api/probe/echo", "application/json", oversizedJson()));

        JsonObject problem = problem(response, 413);
        assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:body-too-large");
    }

    @Test
    void streamedOversizedBodyIsCutOff() throws Exception {
        byte[] body = oversizedJson().getBytes(StandardCharsets.UTF_8);
        // No Content-Length: HttpClient sends an InputStream chunked, so only the bounded read can stop it.
        HttpResponse<String> response = send(HttpRequest.newBuilder(app("api/probe/echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        JsonObject problem = problem(response, 413);
        assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:body-too-large");
    }

    @Test
    void aResourceMayAcceptLargerBodies() throws Exception {
        HttpResponse<String> accepted = send(post("api/probe/large", "application/json", oversizedJson()));
        HttpResponse<String> refused = send(post("api/probe/large", "application/json", jsonOfMoreThan(2 * 1024 * 1024)));

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(problem(refused, 413).getString("detail")).contains("2097152");
    }

    /** A body refused unread (413 before reading, 405) must not leave the connection or the server stuck. */
    @Test
    void refusingABodyLeavesTheConnectionUsable() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send(post("api/probe/echo", "application/json", oversizedJson())).statusCode()).isEqualTo(413);
            assertThat(send(post("api/v1/status", "application/json", "{\"unread\": true}")).statusCode()).isEqualTo(405);
        }
        HttpResponse<String> response = send(post("api/probe/echo", "application/json", "{\"name\": \"学会\", \"members\": 2}"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    // --- helpers

    /** Valid JSON just over the API-wide limit of 1 MiB. */
    private static String oversizedJson() {
        return jsonOfMoreThan(1024 * 1024);
    }

    private static String jsonOfMoreThan(int bytes) {
        char[] filler = new char[bytes + 1];
        Arrays.fill(filler, 'x');
        return "{\"name\": \"" + new String(filler) + "\", \"members\": 1}";
    }

    private URI app(String relative) {
        return Deployments.baseUri(base).resolve(relative);
    }

    /** Payara's own endpoints (health, OpenAPI) live at the server's root, outside the application. */
    private URI server(String path) {
        return Deployments.baseUri(base).resolve("/" + path);
    }

    private HttpRequest.Builder get(String relative) {
        return HttpRequest.newBuilder(app(relative)).header("Accept", "application/json").GET();
    }

    private HttpRequest.Builder post(String relative, String contentType, String body) {
        return HttpRequest.newBuilder(app(relative))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** Checks the answer is a problem+json of the status, and that it leaks nothing of the server. */
    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
        assertNoLeak(response.body());
        JsonObject problem = json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
        return problem;
    }

    private static void assertNoLeak(String body) {
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("at org.")
                .doesNotContain("at cn.jast")
                .doesNotContain("yasson")
                .doesNotContain("jersey")
                .doesNotContain("cn.jast.plan.web.");
    }
}
