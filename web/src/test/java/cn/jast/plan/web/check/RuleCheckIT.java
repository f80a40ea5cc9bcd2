package cn.jast.plan.web.check;

import cn.jast.plan.web.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public rule check of API.md on a real Payara Micro, case by case: the example's answer, the
 * deadline to the millisecond whatever the server's zone, warnings, and every kind of bad input as
 * a 400 naming the field (404 for an unknown year), never a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
class RuleCheckIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String EXAMPLE = example();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theExampleOfApiMdBreaksExactlyElig3AndElig5() throws Exception {
        HttpResponse<String> r = check("2021", EXAMPLE);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject answer = json(r.body());
        assertThat(answer.getBoolean("admissible")).isFalse();
        assertThat(rules(answer.getJsonArray("violations"))).containsExactly("ELIG-3", "ELIG-5");
        assertThat(answer.getJsonArray("warnings")).isEmpty();
        JsonObject elig3 = answer.getJsonArray("violations").getJsonObject(0);
        assertThat(elig3.getString("clause")).isEqualTo("II.2.3");
        assertThat(elig3.getJsonObject("message").getString("zh"))
                .isEqualTo("诚信记录良好，往年实施“提升计划”项目过程中无弄虚作假、违规使用项目资金等不良行为");
        assertThat(elig3.getJsonObject("message").getString("en")).isNotBlank();
        assertThat(answer.getJsonArray("violations").getJsonObject(1).getString("clause")).isEqualTo("IV.2");
    }

    @Test
    void aCleanSocietyIsAdmissible() throws Exception {
        JsonObject answer = json(check("2021", clean()).body());
        assertThat(answer.getBoolean("admissible")).isTrue();
        assertThat(answer.getJsonArray("violations")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> admissible {1}")
    @CsvSource({
            "2021-05-28T16:59:59.999+08:00, true",
            "2021-05-28T17:00:00.000+08:00, false",
            "2021-05-28T08:59:59.999Z, true",
            "2021-05-28T09:00:00Z, false",
            "2021-05-10T00:00:00+08:00, true",
            "2021-05-09T23:59:59.999+08:00, false",
    })
    void theDeadlineIsSeventeenHundredInShanghai(String at, boolean admissible) throws Exception {
        JsonObject answer = json(check("2021", clean().replace("2021-05-20T10:00:00+08:00", at)).body());
        assertThat(answer.getBoolean("admissible")).isEqualTo(admissible);
        assertThat(rules(answer.getJsonArray("violations"))).isEqualTo(admissible ? List.of() : List.of("DEADLINE-1"));
    }

    @Test
    void fewCountriesAtAnInternationalConferenceOnlyWarn() throws Exception {
        String international = clean().replace("\"international\": false", "\"international\": true")
                .replace("\"plannedForeignParticipants\": 0", "\"plannedForeignParticipants\": 15")
                .replace("\"plannedForeignCountries\": 0", "\"plannedForeignCountries\": 4");
        JsonObject answer = json(check("2021", international).body());
        assertThat(answer.getBoolean("admissible")).isTrue();
        assertThat(rules(answer.getJsonArray("warnings"))).containsExactly("COND-ACADEMIC_EXCHANGE-4");
        JsonObject fewForeign = json(check("2021", international.replace("\"plannedForeignParticipants\": 15",
                "\"plannedForeignParticipants\": 14")).body());
        assertThat(rules(fewForeign.getJsonArray("violations"))).containsExactly("COND-ACADEMIC_EXCHANGE-3");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "\"category\": \"ACADEMIC_EXCHANGE\", | \"category\": \"ACADEMIC\", | application.category",
            "\"subProject\": \"EXCHANGE_BRAND\" | \"subProject\": \"POP_RESOURCES\" | application.subProject",
            "\"type\": \"PROVINCIAL_SOCIETY\" | \"type\": \"SOCIETY\" | society.type",
            "\"startDate\": \"2021-10-15\" | \"startDate\": \"2021-10-32\" | application.event.startDate",
            "\"fullTime\": 4 | \"fullTime\": -4 | society.staff.fullTime",
            "\"at\": \"2021-05-20T10:00:00+08:00\" | \"at\": \"yesterday\" | at",
    })
    void badInputIsA400NamingTheField(String target, String replacement, String field) throws Exception {
        HttpResponse<String> r = check("2021", EXAMPLE.replace(target, replacement));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        JsonObject problem = json(r.body());
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly(field);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at cn.");
    }

    @Test
    void textThatIsNotJsonIsA400() throws Exception {
        HttpResponse<String> r = check("2021", "{\"society\": ");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r.body()).getString("detail")).contains("not valid JSON");
    }

    @Test
    void anUnknownYearIsA404() throws Exception {
        assertThat(check("2019", EXAMPLE).statusCode()).isEqualTo(404);
        assertThat(check("twenty", EXAMPLE).statusCode()).isEqualTo(404);
    }

    private static String clean() {
        return EXAMPLE.replace("\"integrityIncidents\": [ { \"year\": 2019, \"kind\": \"FUND_MISUSE\" } ]",
                        "\"integrityIncidents\": []")
                .replace("\"failedAssessments\": [ { \"year\": 2020, \"category\": \"ACADEMIC_EXCHANGE\" } ]",
                        "\"failedAssessments\": []");
    }

    private HttpResponse<String> check(String year, String body) throws IOException, InterruptedException {
        URI uri = Deployments.baseUri(base).resolve("api/v1/plans/" + year + "/check");
        return HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static List<String> rules(JsonArray list) {
        return list.getValuesAs(JsonObject.class).stream().map(v -> v.getString("rule")).toList();
    }

    private static String example() {
        try (InputStream in = RuleCheckIT.class.getResourceAsStream("/check/api-example.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains("\"integrityIncidents\": [ { \"year\": 2019, \"kind\": \"FUND_MISUSE\" } ]")) {
                throw new IllegalStateException("the example is not the one of API.md");
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
