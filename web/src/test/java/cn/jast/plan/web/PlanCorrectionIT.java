package cn.jast.plan.web;

import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The office corrects a plan year over REST ({@code PUT /api/v1/plans/{year}}): the strict reader names
 * what is wrong in a bad file, a correction that would change what the rules answered for a submitted
 * application is refused once the window is open, and a stored correction changes what the public check,
 * the draft check and a submission answer, all alike. The clock stands at 2021-05-20 10:00 Beijing time.
 */
@ExtendWith(ArquillianExtension.class)
class PlanCorrectionIT {

    private static final String OFFICE = "office-plan";
    private static final String CLOSES = "\"closes\": \"2021-05-28T17:00\"";
    /** Half an hour before the tests' clock: a submission now is late. */
    private static final String CLOSES_EARLY = "\"closes\": \"2021-05-20T09:30\"";

    @ArquillianResource
    URL url;

    ApiClient api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(url);
        api.account(OFFICE, "OFFICE", null);
    }

    @Test
    void aCorrectedPlanYearChangesWhatTheCheckAndASubmissionAnswerAlike() {
        String plan = bundled();
        String corrected = plan.replace(CLOSES, CLOSES_EARLY);
        assertThat(corrected).isNotEqualTo(plan);
        String society = api.societyWithAccount("S-K" + ApiClient.unique());
        String submitted = api.draft(society, ApiClient.membersHome("会员之家 已提交"));
        assertThat(api.post("api/v1/applications/" + submitted + "/submit", society, null).statusCode()).isEqualTo(200);
        String draft = api.draft(society, ApiClient.membersHome("会员之家 草稿"));
        assertThat(rules(api.post("api/v1/plans/2021/check", null, example()))).containsExactly("ELIG-3", "ELIG-5");
        assertThat(rules(api.post("api/v1/applications/" + draft + "/check", society, null))).doesNotContain("DEADLINE-1");

        // The window is open and an application was submitted at 10:00: closing at 09:30 would make it late.
        HttpResponse<String> refused = api.put("api/v1/plans/2021", OFFICE, corrected);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(json(refused).getString("detail")).contains(submitted).contains("DEADLINE-1");
        assertThat(json(api.get("api/v1/plans/2021", null)).getJsonObject("window").getString("closes"))
                .isEqualTo("2021-05-28T17:00:00+08:00");

        assertThat(api.post("api/v1/applications/" + submitted + "/withdraw", society, null).statusCode()).isEqualTo(200);
        try {
            HttpResponse<String> stored = api.put("api/v1/plans/2021", OFFICE, corrected);
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
            JsonObject answer = json(stored);
            assertThat(answer.getInt("year")).isEqualTo(2021);
            assertThat(answer.getJsonNumber("version").longValue()).isPositive();
            assertThat(answer.getJsonArray("changes")).singleElement().satisfies(c -> {
                assertThat(c.asJsonObject().getString("what")).isEqualTo("window");
                assertThat(c.asJsonObject().getString("key")).isEqualTo("closes");
                assertThat(c.asJsonObject().getString("before")).isEqualTo("2021-05-28T17:00");
                assertThat(c.asJsonObject().getString("after")).isEqualTo("2021-05-20T09:30");
            });

            assertThat(json(api.get("api/v1/plans/2021", null)).getJsonObject("window").getString("closes"))
                    .isEqualTo("2021-05-20T09:30:00+08:00");
            assertThat(rules(api.post("api/v1/plans/2021/check", null, example())))
                    .containsExactlyInAnyOrder("ELIG-3", "ELIG-5", "DEADLINE-1");
            assertThat(rules(api.post("api/v1/applications/" + draft + "/check", society, null))).contains("DEADLINE-1");
            HttpResponse<String> late = api.post("api/v1/applications/" + draft + "/submit", society, null);
            assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
            assertThat(rules(late)).contains("DEADLINE-1");
        } finally {
            HttpResponse<String> restored = api.put("api/v1/plans/2021", OFFICE, plan);
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
        assertThat(rules(api.post("api/v1/plans/2021/check", null, example()))).containsExactly("ELIG-3", "ELIG-5");
        assertThat(api.post("api/v1/applications/" + draft + "/submit", society, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aFileTheReaderRefusesIs400NamingLineColumnAndFieldAndChangesNothing() {
        String broken = bundled().replace("\"firstClassMinStaff\": 5", "\"firstClassMinStaff\": \"five\"");

        HttpResponse<String> refused = api.put("api/v1/plans/2021", OFFICE, broken);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonObject problem = json(refused);
        assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:invalid-input");
        JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).contains("firstClassMinStaff");
        assertThat(error.getString("message")).containsPattern("line \\d+, column \\d+");
        assertThat(api.put("api/v1/plans/2021", OFFICE, "{").statusCode()).isEqualTo(400);
        assertThat(api.put("api/v1/plans/2022", OFFICE, bundled()).statusCode()).isEqualTo(400);
        assertThat(json(api.get("api/v1/plans/2021", null)).getJsonObject("window").getString("closes"))
                .isEqualTo("2021-05-28T17:00:00+08:00");
    }

    @Test
    void onlyTheOfficeCorrectsAPlanYear() {
        String society = api.societyWithAccount("S-L" + ApiClient.unique());

        assertThat(api.put("api/v1/plans/2021", society, bundled()).statusCode()).isEqualTo(403);
        assertThat(api.put("api/v1/plans/2021", null, bundled()).statusCode()).isEqualTo(401);
    }

    private static List<String> rules(HttpResponse<String> answer) {
        JsonObject body = json(answer);
        assertThat(body.containsKey("violations")).as(answer.body()).isTrue();
        return body.getJsonArray("violations").stream().map(JsonValue::asJsonObject).map(v -> v.getString("rule"))
                .toList();
    }

    private static String bundled() {
        return resource("/plans/plan-2021.json");
    }

    private static String example() {
        return resource("/check/api-example.json");
    }

    private static String resource(String name) {
        try (InputStream in = PlanCorrectionIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("no resource " + name, e));
        }
    }
}
