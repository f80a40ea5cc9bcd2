package cn.jast.plan.web.form;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import jakarta.json.JsonArray;
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
 * The application form over REST: its definition served from the plan year, a draft saved incomplete, its
 * check listing the missing fields beside the rules, its submission refused 422 with them, completed and
 * submitted, then frozen; bad form values refused 400 naming each field; every saved version kept and what
 * changed between two, field by field.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationFormIT {

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
    }

    @Test
    void theFormsAreServedFromThePlanYear() {
        HttpResponse<String> r = api.get("api/v1/plans/2021/forms/MEMBERS_HOME", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject form = json(r);
        assertThat(form.getString("category")).isEqualTo("MEMBERS_HOME");
        assertThat(form.getJsonArray("sections").stream().map(s -> s.asJsonObject().getString("code")))
                .containsExactly("summary", "goals", "workPlan", "contact", "team", "budget", "outcomes", "membersHome");
        JsonObject home = form.getJsonArray("sections").getJsonObject(7);
        assertThat(home.getString("clause")).isEqualTo("III.7.2");
        JsonObject online = home.getJsonArray("fields").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals("onlineHomes")).findFirst().orElseThrow();
        assertThat(online.getString("type")).isEqualTo("MULTIPLE_CHOICE");
        assertThat(online.getJsonObject("label").getString("zh")).isEqualTo("线上“会员之家”平台");
        assertThat(online.getJsonArray("choices")).hasSize(4);
        JsonObject title = form.getJsonArray("sections").getJsonObject(0).getJsonArray("fields").getJsonObject(0);
        assertThat(title.getString("binding")).isEqualTo("title");

        JsonObject economyB = json(api.get("api/v1/plans/2021/forms/ECONOMY_INTEGRATION/ECONOMY_B", null));
        assertThat(economyB.getJsonArray("sections").stream().map(s -> s.asJsonObject().getString("code")))
                .contains("industry", "newPlatform");
        JsonObject industry = economyB.getJsonArray("sections").getJsonObject(7).getJsonArray("fields").getJsonObject(1);
        assertThat(industry.getJsonArray("choices")).hasSize(19);
        assertThat(api.get("api/v1/plans/2021/forms/MARS_BASE", null).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/plans/2021/forms/MEMBERS_HOME/ECONOMY_B", null).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/plans/1999/forms/MEMBERS_HOME", null).statusCode()).isEqualTo(404);

        HttpResponse<String> schema = api.get("api/v1/plans/schema", null);
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/schema+json");
        assertThat(json(schema).getJsonObject("properties").keySet()).contains("categories", "forms", "calendar");
        HttpResponse<String> openApi = ApiClient.send(HttpRequest.newBuilder(Deployments.baseUri(url).resolve("/openapi"))
                .header("Accept", "application/json").GET());
        assertThat(json(openApi).getJsonObject("paths").keySet())
                .anyMatch(p -> p.endsWith("/api/v1/plans/{year}/forms/{category}/{subProject}"))
                .anyMatch(p -> p.endsWith("/api/v1/plans/schema"))
                .anyMatch(p -> p.endsWith("/api/v1/applications/{id}/changes"));
    }

    @Test
    void aDraftSavedIncompleteIsCheckedRefusedCompletedSubmittedAndFrozen() {
        String society = api.societyWithAccount("S-F" + ApiClient.unique());
        String id = api.draft(society, ApiClient.withoutForm("MEMBERS_HOME", "“会员之家”建设"));

        JsonObject check = json(api.post("api/v1/applications/" + id + "/check", society, null));
        assertThat(check.getBoolean("admissible")).isTrue();
        assertThat(check.getBoolean("complete")).isFalse();
        assertThat(check.getBoolean("submittable")).isFalse();
        assertThat(check.getJsonArray("violations")).isEmpty();
        JsonArray missing = check.getJsonArray("missingFields");
        assertThat(missing.stream().map(m -> m.asJsonObject().getString("field"))).contains("form.summary.abstract",
                "form.budget.amountRequested", "form.budget.lines", "form.team.members", "form.membersHome.premises",
                "form.membersHome.managerName", "form.membersHome.annualBudget");
        JsonObject premises = missing.stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("field").equals("form.membersHome.premises")).findFirst().orElseThrow();
        assertThat(premises.getString("section")).isEqualTo("membersHome");
        assertThat(premises.getString("clause")).isEqualTo("III.7.2(2)");
        assertThat(premises.getJsonObject("label").getString("zh")).isEqualTo("固定场所地址");
        assertThat(premises.getJsonObject("sectionTitle").getString("zh")).isEqualTo("“会员之家”建设");

        HttpResponse<String> refused = api.post("api/v1/applications/" + id + "/submit", society, null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(refused).getJsonArray("missingFields").stream().map(m -> m.asJsonObject().getString("field")))
                .containsExactlyElementsOf(missing.stream().map(m -> m.asJsonObject().getString("field")).toList());
        assertThat(json(api.get("api/v1/applications/" + id, society)).getString("state")).isEqualTo("DRAFT");

        HttpResponse<String> revised = api.put("api/v1/applications/" + id, society,
                ApiClient.membersHome("“会员之家”建设"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        JsonObject complete = json(api.post("api/v1/applications/" + id + "/check", society, null));
        assertThat(complete.getBoolean("complete")).isTrue();
        assertThat(complete.getBoolean("submittable")).isTrue();
        assertThat(complete.getJsonArray("missingFields")).isEmpty();

        HttpResponse<String> submitted = api.post("api/v1/applications/" + id + "/submit", society, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonObject app = json(submitted).getJsonObject("application");
        assertThat(app.getString("state")).isEqualTo("SUBMITTED");
        assertThat(app.getJsonObject("content").getJsonObject("form").getJsonObject("membersHome")
                .getString("premises")).isEqualTo("南京市玄武区北京东路1号");

        HttpResponse<String> frozen = api.put("api/v1/applications/" + id, society,
                ApiClient.membersHome("提交后再改"));
        assertThat(frozen.statusCode()).isEqualTo(409);
        assertThat(json(api.get("api/v1/applications/" + id, society)).getString("fingerprint"))
                .isEqualTo(app.getString("fingerprint"));
    }

    @Test
    void badFormValuesAreRefusedNamingEachFieldAndChangeNothing() {
        String society = api.societyWithAccount("S-B" + ApiClient.unique());
        String list = "api/v1/applications?year=2021";
        HttpResponse<String> bad = api.post(list, society, """
                {"category": "MEMBERS_HOME", "title": "会员之家", "form": {
                   "budget": {"amountRequested": "五万元", "lines": [{"kind": "PARTY", "amount": 100.005, "basis": "x"}]},
                   "membersHome": {"onlineHomes": ["WEBSITE", "WEBSITE"], "colour": "red"},
                   "journal": {"journalName": "不属于本类别"}}}
                """);
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(json(bad).getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("form.budget.amountRequested",
                        "form.budget.lines[0].kind", "form.budget.lines[0].amount",
                        "form.membersHome.onlineHomes[1]", "form.membersHome.colour",
                        "form.journal");
        assertThat(array(api.get(list, society))).isEmpty();
    }

    @Test
    void everySavedVersionIsKeptAndTheirDifferenceIsListedFieldByField() {
        String society = api.societyWithAccount("S-R" + ApiClient.unique());
        String id = api.draft(society, ApiClient.membersHome("会员之家 第一稿"));
        String second = ApiClient.membersHome("会员之家 第二稿").replace("南京市玄武区北京东路1号", "南京市鼓楼区北京西路2号")
                .replace("\"premisesArea\": 120", "\"premisesArea\": 150");
        assertThat(api.put("api/v1/applications/" + id, society, second).statusCode()).isEqualTo(200);

        JsonArray revisions = array(api.get("api/v1/applications/" + id + "/revisions", society));
        assertThat(revisions.stream().map(r -> r.asJsonObject().getInt("revision"))).containsExactly(1, 2);
        assertThat(revisions.getJsonObject(1).getString("savedBy")).isEqualTo(society);
        JsonObject first = json(api.get("api/v1/applications/" + id + "/revisions/1", society));
        assertThat(first.getJsonObject("content").getString("title")).isEqualTo("会员之家 第一稿");

        HttpResponse<String> changes = api.get("api/v1/applications/" + id + "/changes?from=1&to=2", society);
        assertThat(changes.statusCode()).as(changes.body()).isEqualTo(200);
        List<JsonObject> changed = array(changes).stream().map(JsonValue::asJsonObject).toList();
        assertThat(changed.stream().map(c -> c.getString("field"))).containsExactlyInAnyOrder("title",
                "form.membersHome.premises", "form.membersHome.premisesArea");
        JsonObject premises = changed.stream().filter(c -> c.getString("field").equals("form.membersHome.premises"))
                .findFirst().orElseThrow();
        assertThat(premises.getString("before")).isEqualTo("南京市玄武区北京东路1号");
        assertThat(premises.getString("after")).isEqualTo("南京市鼓楼区北京西路2号");
        assertThat(api.get("api/v1/applications/" + id + "/revisions/3", society).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/applications/" + id + "/changes?from=1", society).statusCode()).isEqualTo(400);
        String other = api.societyWithAccount("S-O" + ApiClient.unique());
        assertThat(api.get("api/v1/applications/" + id + "/revisions", other).statusCode()).isEqualTo(404);
    }
}
