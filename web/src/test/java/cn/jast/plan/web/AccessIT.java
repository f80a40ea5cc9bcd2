package cn.jast.plan.web;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who sees what: a society only its own data (another's application is a 404, not a 403, so existence
 * is not revealed), an expert only what is assigned to them and never another expert's score, anonymous
 * callers only the public parts; the wrong role for a step is a 403.
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    @Test
    void aSocietySeesOnlyItsOwnData() {
        ApiClient api = new ApiClient(url);
        String codeA = "S-A" + ApiClient.unique();
        String a = api.societyWithAccount(codeA);
        String b = api.societyWithAccount("S-B" + ApiClient.unique());
        api.account("office-acc", "OFFICE", null);
        String id = api.draft(a, ApiClient.membersHome("甲会的申报书"));

        assertThat(api.get("api/v1/applications/" + id, a).statusCode()).isEqualTo(200);
        assertThat(api.get("api/v1/applications/" + id, b).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/applications/no-such-id", b).statusCode()).isEqualTo(404);
        assertThat(api.put("api/v1/applications/" + id, b, ApiClient.membersHome("改")).statusCode()).isEqualTo(404);
        assertThat(api.post("api/v1/applications/" + id + "/submit", b, null).statusCode()).isEqualTo(404);
        assertThat(api.post("api/v1/applications/" + id + "/withdraw", b, null).statusCode()).isEqualTo(404);
        assertThat(api.post("api/v1/applications/" + id + "/check", b, null).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/applications/" + id + "/ledger", b).statusCode()).isEqualTo(404);
        assertThat(array(api.get("api/v1/applications", b))).isEmpty();
        assertThat(array(api.get("api/v1/applications", a))).hasSize(1);
        assertThat(api.get("api/v1/societies/" + codeA, b).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/societies/" + codeA, a).statusCode()).isEqualTo(200);
        assertThat(api.get("api/v1/societies", b).statusCode()).isEqualTo(403);
        assertThat(api.get("api/v1/societies", "office-acc").statusCode()).isEqualTo(200);
        assertThat(api.put("api/v1/societies/" + codeA + "/profile", b, ApiClient.society(codeA, "篡改")).statusCode())
                .isEqualTo(404);
        assertThat(json(api.get("api/v1/applications/" + id, a)).getString("state")).isEqualTo("DRAFT");

        // the wrong role for a step
        assertThat(api.post("api/v1/applications?year=2021", "office-acc", ApiClient.membersHome("x")).statusCode())
                .isEqualTo(403);
        assertThat(api.post("api/v1/paper-copies", a, "{\"fingerprint\": \"" + "a".repeat(64) + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(api.post("api/v1/plans/2021/allocation", a, null).statusCode()).isEqualTo(403);
        assertThat(api.get("api/v1/applications/" + id + "/scores", a).statusCode()).isEqualTo(403);
    }

    @Test
    void anExpertSeesOnlyWhatIsAssignedAndOnlyTheirOwnScore() {
        ApiClient api = new ApiClient(url);
        String society = api.societyWithAccount("S-E" + ApiClient.unique());
        api.account("office-acc", "OFFICE", null);
        api.account("expert-acc-1", "EXPERT", null);
        api.account("expert-acc-2", "EXPERT", null);
        api.account("expert-acc-3", "EXPERT", null);
        String id = api.draft(society, ApiClient.membersHome("专家隔离"));
        String fingerprint = json(api.post("api/v1/applications/" + id + "/submit", society, null))
                .getJsonObject("application").getString("fingerprint");
        api.post("api/v1/paper-copies", "office-acc", "{\"fingerprint\": \"" + fingerprint + "\"}");
        try {
            api.moveClock("2021-06-01T02:00:00Z");
            assertThat(api.post("api/v1/plans/2021/review/start", "office-acc", null).statusCode()).isEqualTo(200);
            assertThat(api.get("api/v1/applications/" + id, "expert-acc-1").statusCode()).isEqualTo(404);
            assertThat(api.post("api/v1/applications/" + id + "/experts", "office-acc",
                    "{\"expert\": \"" + society + "\"}").statusCode()).as("not an expert").isEqualTo(400);
            for (String e : new String[] {"expert-acc-1", "expert-acc-2"}) {
                assertThat(api.post("api/v1/applications/" + id + "/experts", "office-acc",
                        "{\"expert\": \"" + e + "\"}").statusCode()).isEqualTo(201);
            }
            assertThat(api.get("api/v1/applications/" + id, "expert-acc-1").statusCode()).isEqualTo(200);
            assertThat(api.get("api/v1/applications/" + id, "expert-acc-3").statusCode()).isEqualTo(404);
            assertThat(array(api.get("api/v1/reviews", "expert-acc-3"))).isEmpty();
            assertThat(api.put("api/v1/reviews/" + id + "/score", "expert-acc-3", "{\"score\": 50}").statusCode())
                    .isEqualTo(404);
            assertThat(api.get("api/v1/applications/" + id + "/scores", "expert-acc-3").statusCode()).isEqualTo(404);
            assertThat(api.get("api/v1/applications/" + id + "/attachments", "expert-acc-3").statusCode()).isEqualTo(404);

            // the 2021 plan scores by criteria (goals 30, foundation 25, feasibility 25, impact 20; each 0-10)
            assertThat(api.put("api/v1/reviews/" + id + "/score", "expert-acc-1", "{\"criteria\": {\"GOALS\": 7, "
                    + "\"FOUNDATION\": 7, \"FEASIBILITY\": 7, \"IMPACT\": 7}}").statusCode()).isEqualTo(200);
            assertThat(api.put("api/v1/reviews/" + id + "/score", "expert-acc-2", "{\"criteria\": {\"GOALS\": 9.75, "
                    + "\"FOUNDATION\": 10, \"FEASIBILITY\": 10, \"IMPACT\": 8}}").statusCode()).isEqualTo(200);
            var own = array(api.get("api/v1/applications/" + id + "/scores", "expert-acc-1"));
            assertThat(own).hasSize(1);
            assertThat(own.getJsonObject(0).getString("expert")).isEqualTo("expert-acc-1");
            assertThat(array(api.get("api/v1/reviews", "expert-acc-2")).getJsonObject(0).getJsonObject("ownScore")
                    .getJsonNumber("score").doubleValue()).isEqualTo(95.25);
            assertThat(array(api.get("api/v1/applications/" + id + "/scores", "office-acc"))).hasSize(2);
            assertThat(api.get("api/v1/applications/" + id + "/ledger", "expert-acc-1").statusCode()).isEqualTo(403);

            assertThat(api.post("api/v1/reviews/" + id + "/decline", "expert-acc-1",
                    "{\"reason\": \"本人为该学会理事\"}").statusCode()).isEqualTo(204);
            assertThat(api.get("api/v1/applications/" + id, "expert-acc-1").statusCode()).isEqualTo(404);
            assertThat(array(api.get("api/v1/reviews", "expert-acc-1"))).isEmpty();
        } finally {
            api.resetClock();
        }
    }

    @Test
    void anonymousCallersSeeOnlyThePublicParts() {
        ApiClient api = new ApiClient(url);
        for (String path : new String[] {"api/v1/applications", "api/v1/societies", "api/v1/audit",
                "api/v1/audit/verify", "api/v1/reviews", "api/v1/plans/2021/quotas", "api/v1/plans/2021/allocation"}) {
            HttpResponse<String> r = api.get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
        }
        assertThat(api.post("api/v1/applications?year=2021", null, ApiClient.membersHome("x")).statusCode()).isEqualTo(401);
        assertThat(api.post("api/v1/paper-copies", null, "{\"fingerprint\": \"" + "a".repeat(64) + "\"}").statusCode())
                .isEqualTo(401);
        assertThat(api.get("api/v1/plans", null).statusCode()).isEqualTo(200);
        assertThat(api.get("api/v1/notices", null).statusCode()).isEqualTo(200);
        assertThat(api.post("api/v1/plans/2021/check", null, "{\"application\": {\"category\": \"MEMBERS_HOME\"}}")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> wrongPassword = ApiClient.send(HttpRequest.newBuilder(Deployments.baseUri(url)
                        .resolve("api/v1/applications")).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "office-acc:wrong".getBytes(StandardCharsets.UTF_8))));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }
}
