package cn.jast.plan.web;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Plans, societies and applications over REST up to the paper copy: drafts, the stored check, submission
 * (the 17:00 deadline, the LIMIT rules held by two concurrent submissions), withdrawal, attachments, paper
 * copies; and bad input of every kind changes nothing. Each test makes its own society.
 */
@ExtendWith(ArquillianExtension.class)
class SubmissionIT {

    private static final String OFFICE = "office-sub";

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
    void plansAreKnownAndQuotasAreForTheOffice() {
        String society = api.societyWithAccount("S-P" + ApiClient.unique());
        assertThat(array(api.get("api/v1/plans", null)).getInt(0)).isEqualTo(2021);
        JsonObject plan = json(api.get("api/v1/plans/2021", null));
        assertThat(plan.getInt("totalQuota")).isEqualTo(481);
        assertThat(plan.getJsonArray("categories")).hasSize(10);
        assertThat(plan.getJsonObject("window").getString("closes")).isEqualTo("2021-05-28T17:00:00+08:00");
        assertThat(plan.getInt("publicityWorkingDays")).isEqualTo(5);
        assertThat(api.get("api/v1/plans/1999", null).statusCode()).isEqualTo(404);

        HttpResponse<String> quotas = api.get("api/v1/plans/2021/quotas", OFFICE);
        assertThat(quotas.statusCode()).isEqualTo(200);
        assertThat(array(quotas).stream().mapToInt(v -> v.asJsonObject().getInt("quota")).sum()).isEqualTo(481);
        assertThat(api.get("api/v1/plans/2021/quotas", society).statusCode()).isEqualTo(403);
        assertThat(api.get("api/v1/plans/2021/quotas", null).statusCode()).isEqualTo(401);
    }

    @Test
    void draftIsCheckedSubmittedOnceAndWithdrawn() {
        String code = "S-D" + ApiClient.unique();
        String society = api.societyWithAccount(code);
        HttpResponse<String> created = api.post("api/v1/applications?year=2021", society,
                ApiClient.membersHome("会员之家 2021"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = json(created).getString("id");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/applications/" + id);
        assertThat(json(created).getString("state")).isEqualTo("DRAFT");
        assertThat(json(created).getString("society")).isEqualTo(code);

        JsonObject check = json(api.post("api/v1/applications/" + id + "/check", society, null));
        assertThat(check.getBoolean("admissible")).as(check.toString()).isTrue();

        int version = json(created).getInt("version");
        HttpResponse<String> revised = api.send("PUT", "api/v1/applications/" + id + "?version=" + version, society,
                "application/json", ApiClient.membersHome("会员之家建设 2021"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(json(revised).getString("title")).isEqualTo("会员之家建设 2021");
        HttpResponse<String> stale = api.send("PUT", "api/v1/applications/" + id + "?version=" + version, society,
                "application/json", ApiClient.membersHome("stale"));
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> submitted = api.post("api/v1/applications/" + id + "/submit", society, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonObject app = json(submitted).getJsonObject("application");
        assertThat(app.getString("state")).isEqualTo("SUBMITTED");
        assertThat(app.getString("fingerprint")).hasSize(64);
        assertThat(app.getString("submittedAt")).startsWith("2021-05-20T02:00");

        HttpResponse<String> again = api.post("api/v1/applications/" + id + "/submit", society, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        HttpResponse<String> withdrawn = api.post("api/v1/applications/" + id + "/withdraw", society, null);
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(json(withdrawn).getString("state")).isEqualTo("WITHDRAWN");
        assertThat(array(api.get("api/v1/applications?year=2021&state=WITHDRAWN", society))).hasSize(1);
    }

    @Test
    void submissionIsRefusedFromFivePmOnTheClosingDayWithDeadline1() {
        String society = api.societyWithAccount("S-T" + ApiClient.unique());
        String late = api.draft(society, ApiClient.membersHome("迟交"));
        try {
            api.moveClock("2021-05-28T09:00:00Z"); // 17:00:00.000 in Nanjing
            HttpResponse<String> refused = api.post("api/v1/applications/" + late + "/submit", society, null);
            assertThat(refused.statusCode()).isEqualTo(422);
            JsonObject problem = json(refused);
            assertThat(problem.getString("type")).isEqualTo("urn:jast:plan:problem:rule-violation");
            assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("rule")).isEqualTo("DEADLINE-1");
            assertThat(problem.getJsonArray("violations").getJsonObject(0).getString("clause")).isEqualTo("V.2");
            assertThat(json(api.get("api/v1/applications/" + late, society)).getString("state")).isEqualTo("DRAFT");

            api.moveClock("2021-05-28T08:59:59.999Z");
            HttpResponse<String> inTime = api.post("api/v1/applications/" + late + "/submit", society, null);
            assertThat(inTime.statusCode()).as(inTime.body()).isEqualTo(200);
        } finally {
            api.resetClock();
        }
    }

    @Test
    void concurrentSubmissionsOfOneSocietyHoldTheLimits() throws Exception {
        for (String[] pair : new String[][] {{"FIRST_CLASS", "DEVELOPMENT_SUPPORT", "LIMIT-1"},
                {"MEMBERS_HOME", "MEMBERS_HOME", "LIMIT-3"}}) {
            for (int round = 0; round < 2; round++) {
                String society = api.societyWithAccount("S-C" + ApiClient.unique());
                String first = api.draft(society, ApiClient.ofCategory(pair[0], "甲"));
                String second = api.draft(society, ApiClient.ofCategory(pair[1], "乙"));
                CyclicBarrier barrier = new CyclicBarrier(2);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                    for (String id : List.of(first, second)) {
                        answers.add(pool.submit(() -> {
                            barrier.await();
                            return api.post("api/v1/applications/" + id + "/submit", society, null);
                        }));
                    }
                    List<HttpResponse<String>> done = new ArrayList<>();
                    for (Future<HttpResponse<String>> f : answers) {
                        done.add(f.get());
                    }
                    assertThat(done).as(pair[2]).filteredOn(r -> r.statusCode() == 200).hasSize(1);
                    HttpResponse<String> loser = done.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
                    assertThat(loser.statusCode()).as(loser.body()).isEqualTo(422);
                    assertThat(json(loser).getJsonArray("violations").stream()
                            .map(v -> v.asJsonObject().getString("rule"))).contains(pair[2]);
                    assertThat(array(api.get("api/v1/applications?year=2021&state=SUBMITTED", society))).hasSize(1);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    @Test
    void paperCopyIsMatchedByItsFingerprint() {
        String society = api.societyWithAccount("S-Y" + ApiClient.unique());
        String id = api.draft(society, ApiClient.membersHome("纸质版"));
        String fingerprint = json(api.post("api/v1/applications/" + id + "/submit", society, null))
                .getJsonObject("application").getString("fingerprint");

        assertThat(api.post("api/v1/paper-copies", society, "{\"fingerprint\": \"" + fingerprint + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(api.post("api/v1/paper-copies", OFFICE, "{\"fingerprint\": \"xyz\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> none = api.post("api/v1/paper-copies", OFFICE, "{\"fingerprint\": \"" + "ab".repeat(32) + "\"}");
        assertThat(none.statusCode()).isEqualTo(422);

        HttpResponse<String> recorded = api.post("api/v1/paper-copies", OFFICE,
                "{\"fingerprint\": \"" + fingerprint.toUpperCase() + "\", \"receivedAt\": \"2021-05-20T01:00:00Z\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(json(recorded).getString("application")).isEqualTo(id);
        assertThat(json(api.get("api/v1/applications/" + id, society)).getString("state")).isEqualTo("PAPER_COPY_RECORDED");

        HttpResponse<String> twice = api.post("api/v1/paper-copies", OFFICE, "{\"fingerprint\": \"" + fingerprint + "\"}");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(api.post("api/v1/applications/" + id + "/withdraw", society, null).statusCode()).isEqualTo(409);
    }

    @Test
    void attachmentsAreStoredListedAndDownloadedByTheirOwnersOnly() {
        String society = api.societyWithAccount("S-A" + ApiClient.unique());
        String other = api.societyWithAccount("S-B" + ApiClient.unique());
        String id = api.draft(society, ApiClient.membersHome("附件"));
        byte[] pdf = "%PDF-1.4 工作计划".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> stored = api.sendBytes("api/v1/applications/" + id
                + "/attachments?kind=WORK_PLAN&name=%E5%B7%A5%E4%BD%9C%E8%AE%A1%E5%88%92.pdf", society, "application/pdf", pdf);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        String attachment = json(stored).getString("id");
        assertThat(json(stored).getString("name")).isEqualTo("工作计划.pdf");
        assertThat(array(api.get("api/v1/applications/" + id + "/attachments", society))).hasSize(1);

        HttpResponse<byte[]> download = api.download("api/v1/attachments/" + attachment, society);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(api.download("api/v1/attachments/" + attachment, other).statusCode()).isEqualTo(404);
        assertThat(api.download("api/v1/attachments/" + attachment, OFFICE).statusCode()).isEqualTo(200);
        assertThat(api.get("api/v1/applications/" + id + "/attachments", other).statusCode()).isEqualTo(404);

        assertThat(api.sendBytes("api/v1/applications/" + id + "/attachments?kind=NONSENSE&name=a.pdf", society,
                "application/pdf", pdf).statusCode()).isEqualTo(400);
        byte[] huge = new byte[20 * 1024 * 1024 + 1];
        HttpResponse<String> tooLarge = api.sendBytes("api/v1/applications/" + id
                + "/attachments?kind=WORK_PLAN&name=big.pdf", society, "application/pdf", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json(tooLarge).getString("type")).isEqualTo("urn:jast:plan:problem:body-too-large");
        assertThat(array(api.get("api/v1/applications/" + id + "/attachments", society))).hasSize(1);
    }

    @Test
    void badInputChangesNothing() {
        String code = "S-X" + ApiClient.unique();
        String society = api.societyWithAccount(code);
        String id = api.draft(society, ApiClient.membersHome("原题"));
        String list = "api/v1/applications?year=2021";
        String before = api.get(list, society).body();

        HttpResponse<String> malformed = api.post(list, society, "{\"category\": \"MEMBERS_HOME\", title: }");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at cn.");
        HttpResponse<String> unknown = api.post(list, society, ApiClient.ofCategory("NO_SUCH_CATEGORY", "x"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).getJsonArray("errors").getJsonObject(0).getString("field")).contains("category");
        HttpResponse<String> negative = api.post(list, society, """
                {"category": "ACADEMIC_EXCHANGE", "subProject": "EXCHANGE_BRAND", "title": "负数",
                 "event": {"name": "年会", "startDate": "2021-10-15", "endDate": "2021-10-17", "inJiangsu": true,
                 "hostRole": "HOST", "international": false, "plannedParticipants": -300}}
                """);
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("plannedParticipants");
        HttpResponse<String> wrongSub = api.post(list, society, """
                {"category": "MEMBERS_HOME", "subProject": "EXCHANGE_BRAND", "title": "x"}""");
        assertThat(wrongSub.statusCode()).isEqualTo(400);
        String huge = ApiClient.membersHome("大".repeat(1_200_000));
        assertThat(api.post(list, society, huge).statusCode()).isEqualTo(413);
        assertThat(api.post("api/v1/applications", society, ApiClient.membersHome("无年份")).statusCode()).isEqualTo(400);
        assertThat(api.post("api/v1/applications?year=1999", society, ApiClient.membersHome("x")).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/applications?state=NONSENSE", society).statusCode()).isEqualTo(400);
        assertThat(api.send("PUT", "api/v1/applications/" + id, society, "application/json", "[1,2").statusCode())
                .isEqualTo(400);
        assertThat(api.send("PUT", "api/v1/applications/" + id, society, "application/json",
                ApiClient.ofCategory("FIRST_CLASS", "换类别")).statusCode()).isEqualTo(409);
        assertThat(api.send("PUT", "api/v1/applications/" + id, society, "application/json",
                ApiClient.membersHome("x")).statusCode()).isEqualTo(200 /* control: a good revision works */);
        api.send("PUT", "api/v1/applications/" + id, society, "application/json", ApiClient.membersHome("原题"));
        assertThat(strip(api.get(list, society).body())).isEqualTo(strip(before));

        String script = "<script>alert('x')</script> \"学会\" & </script>";
        HttpResponse<String> created = api.post(list, society, ApiClient.membersHome(script));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject shown = json(api.get("api/v1/applications/" + json(created).getString("id"), society));
        assertThat(shown.getString("title")).isEqualTo(script);
        assertThat(shown.getJsonObject("content").getString("title")).isEqualTo(script);
        assertThat(api.get("api/v1/applications/" + json(created).getString("id"), society)
                .headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");

        int societyVersion = json(api.get("api/v1/societies/" + code, society)).getInt("version");
        String withScript = ApiClient.society(code, script).replace("\"awards\": []",
                "\"awards\": [{\"name\": " + jakarta.json.Json.createValue(script) + ", \"registeredWithProvincialDept\": true}]");
        HttpResponse<String> profile = api.send("PUT", "api/v1/societies/" + code + "/profile?version=" + societyVersion,
                society, "application/json", withScript);
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        JsonObject stored = json(api.get("api/v1/societies/" + code, society)).getJsonObject("profile");
        assertThat(stored.getJsonArray("awards").getJsonObject(0).getString("name")).isEqualTo(script);
        // the name in a profile is always the society's registered one (the domain keeps its identity)
        assertThat(stored.getString("name")).isEqualTo("江苏省测试学会 " + code);
        HttpResponse<String> stale = api.send("PUT", "api/v1/societies/" + code + "/profile?version=" + societyVersion, society,
                "application/json", ApiClient.society(code, "stale"));
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> badProfile = api.send("PUT", "api/v1/societies/" + code + "/profile", society,
                "application/json", ApiClient.society(code, "x").replace("\"fullTime\": 4", "\"fullTime\": -4"));
        assertThat(badProfile.statusCode()).isEqualTo(400);
        assertThat(json(api.get("api/v1/societies/" + code, society)).getInt("version")).isEqualTo(societyVersion + 1);
    }

    /** The list without volatile members (versions change with the control revision). */
    private static String strip(String listJson) {
        return listJson.replaceAll("\"version\":\\d+,", "");
    }
}
