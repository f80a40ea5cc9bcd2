package cn.jast.plan.web;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One application's whole way over REST, as each actor sees it: draft → submit → paper copy → review →
 * scores → allocation → public notice (with an anonymous objection, dismissed) → approval → ledger →
 * mid-term evaluation → final report with evidence → final assessment → funding; the audit chain holds.
 *
 * <p>Time: the deployment's clock is fixed at 2021-05-20 10:00 Beijing time (inside the submission
 * window). The steps after the paper deadline and after the notice period move the application's clock
 * through the test-only fixture {@code PUT /api/test/fixtures/clock} (an alternative Clock producer in the
 * probe package, deployed with the tests only): production code has no way to set the time.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleIT {

    private static final String OFFICE = "office-life";
    private static final String EXPERT_1 = "expert-life-1";
    private static final String EXPERT_2 = "expert-life-2";

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    @Test
    void oneApplicationFromDraftToFunding() {
        ApiClient api = new ApiClient(url);
        String code = "S-L" + ApiClient.unique();
        String society = api.societyWithAccount(code);
        api.account(OFFICE, "OFFICE", null);
        api.account(EXPERT_1, "EXPERT", null);
        api.account(EXPERT_2, "EXPERT", null);
        try {
            // the society drafts and submits on 2021-05-20
            String id = api.draft(society, ApiClient.membersHome("“会员之家”建设 2021"));
            JsonObject submitted = json(api.post("api/v1/applications/" + id + "/submit", society, null));
            String fingerprint = submitted.getJsonObject("application").getString("fingerprint");

            // the office records the stamped paper copy
            assertThat(api.post("api/v1/paper-copies", OFFICE, "{\"fingerprint\": \"" + fingerprint + "\"}")
                    .statusCode()).isEqualTo(201);
            assertThat(api.post("api/v1/plans/2021/review/start", OFFICE, null).statusCode())
                    .as("not before the paper deadline").isEqualTo(409);

            // 2021-06-01 10:00 Beijing: after the paper deadline (05-31 17:00), a working day
            api.moveClock("2021-06-01T02:00:00Z");
            HttpResponse<String> started = api.post("api/v1/plans/2021/review/start", OFFICE, null);
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            assertThat(json(started).getJsonArray("underReview").getString(0)).isEqualTo(id);
            assertThat(api.post("api/v1/plans/2021/allocation", OFFICE, null).statusCode())
                    .as("not before every application has a score").isEqualTo(409);

            for (String expert : new String[] {EXPERT_1, EXPERT_2}) {
                assertThat(api.post("api/v1/applications/" + id + "/experts", OFFICE,
                        "{\"expert\": \"" + expert + "\"}").statusCode()).isEqualTo(201);
            }
            assertThat(array(api.get("api/v1/reviews", EXPERT_1)).getJsonObject(0).getJsonObject("application")
                    .getString("id")).isEqualTo(id);
            assertThat(api.put("api/v1/reviews/" + id + "/score", EXPERT_1, "{\"score\": 101}").statusCode())
                    .isEqualTo(400);
            assertThat(api.put("api/v1/reviews/" + id + "/score", EXPERT_1, "{\"score\": -1}").statusCode())
                    .isEqualTo(400);
            assertThat(api.put("api/v1/reviews/" + id + "/score", EXPERT_1, "{\"score\": 86.5, \"comment\": \"好\"}")
                    .statusCode()).as("the 2021 plan scores by criteria").isEqualTo(400);
            HttpResponse<String> sheet1 = api.put("api/v1/reviews/" + id + "/score", EXPERT_1, "{\"criteria\": "
                    + "{\"GOALS\": 9, \"FOUNDATION\": 8, \"FEASIBILITY\": 9, \"IMPACT\": 8}, \"comment\": \"好\"}");
            assertThat(sheet1.statusCode()).as(sheet1.body()).isEqualTo(200);
            assertThat(json(sheet1).getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("85.5");
            assertThat(api.put("api/v1/reviews/" + id + "/score", EXPERT_2, "{\"criteria\": "
                    + "{\"GOALS\": 9, \"FOUNDATION\": 9, \"FEASIBILITY\": 9, \"IMPACT\": 9}}").statusCode())
                    .isEqualTo(200);
            assertThat(array(api.get("api/v1/applications/" + id + "/scores", EXPERT_1))).hasSize(1);
            assertThat(array(api.get("api/v1/applications/" + id + "/scores", OFFICE))).hasSize(2);
            // the plan asks three experts: two sheets hold allocation back until the office records why
            assertThat(api.post("api/v1/plans/2021/allocation", OFFICE, null).statusCode()).isEqualTo(409);
            assertThat(api.post("api/v1/applications/" + id + "/experts/exception", OFFICE,
                    "{\"reason\": \"第三位专家回避，无替补\"}").statusCode()).isEqualTo(201);

            HttpResponse<String> allocated = api.post("api/v1/plans/2021/allocation", OFFICE, null);
            assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
            JsonObject outcome = array(api.get("api/v1/plans/2021/allocation", OFFICE)).getJsonObject(0);
            assertThat(outcome.getString("application")).isEqualTo(id);
            assertThat(outcome.getBoolean("withinQuota")).isTrue();
            assertThat(outcome.getString("explanation")).contains("rank 1");
            assertThat(state(api, id, society)).isEqualTo("RECOMMENDED");

            // the approval list is published for five working days: 06-01 .. 06-07
            HttpResponse<String> published = api.post("api/v1/notices", OFFICE,
                    "{\"year\": 2021, \"kind\": \"APPROVAL_LIST\", \"title\": \"2021 年度提升计划立项公示\"}");
            assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
            String notice = json(published).getString("id");
            JsonObject shown = json(api.get("api/v1/notices/" + notice, null));
            assertThat(shown.getString("firstDay")).isEqualTo("2021-06-01");
            assertThat(shown.getString("lastDay")).isEqualTo("2021-06-07");
            assertThat(shown.getBoolean("running")).isTrue();
            JsonObject listed = shown.getJsonArray("applications").getJsonObject(0);
            assertThat(listed.getString("id")).isEqualTo(id);
            assertThat(listed.getString("societyName")).isEqualTo("江苏省测试学会 " + code);
            assertThat(listed.getString("category")).isEqualTo("MEMBERS_HOME");
            assertThat(state(api, id, society)).isEqualTo("IN_PUBLICITY");

            HttpResponse<String> objection = api.post("api/v1/notices/" + notice + "/objections", null,
                    "{\"applicationId\": \"" + id + "\", \"text\": \"<b>异议</b>\", \"contact\": \"a@b.cn\"}");
            assertThat(objection.statusCode()).as(objection.body()).isEqualTo(201);
            assertThat(api.get("api/v1/notices/" + notice + "/objections", null).statusCode()).isEqualTo(401);
            JsonObject lodged = array(api.get("api/v1/notices/" + notice + "/objections", OFFICE)).getJsonObject(0);
            assertThat(lodged.getString("text")).isEqualTo("<b>异议</b>");
            assertThat(api.post("api/v1/notices/" + notice + "/conclude", OFFICE, null).statusCode())
                    .as("the notice is still running").isEqualTo(409);
            assertThat(api.post("api/v1/objections/" + lodged.getString("id") + "/decision", OFFICE,
                    "{\"upheld\": false, \"note\": \"不成立\"}").statusCode()).isEqualTo(200);

            // 2021-06-08 10:00 Beijing: the notice ended at 24:00 of 06-07
            api.moveClock("2021-06-08T02:00:00Z");
            assertThat(api.post("api/v1/notices/" + notice + "/objections", null,
                    "{\"applicationId\": \"" + id + "\", \"text\": \"太晚\"}").statusCode()).isEqualTo(409);
            HttpResponse<String> concluded = api.post("api/v1/notices/" + notice + "/conclude", OFFICE, null);
            assertThat(concluded.statusCode()).as(concluded.body()).isEqualTo(200);
            assertThat(array(concluded).getJsonObject(0).getString("state")).isEqualTo("APPROVED");

            // the project books its ring-fenced money
            assertThat(api.post("api/v1/applications/" + id + "/ledger", society,
                    "{\"kind\": \"PLANNED_EXPENSE\", \"item\": \"场地\", \"amount\": 10000.00}").statusCode())
                    .isEqualTo(201);
            assertThat(api.post("api/v1/applications/" + id + "/ledger", society,
                    "{\"kind\": \"ACTUAL_EXPENSE\", \"item\": \"场地\", \"amount\": -5}").statusCode()).isEqualTo(400);
            // funds are booked only for a funded project (issue #10, item 7): not yet
            assertThat(api.post("api/v1/applications/" + id + "/ledger", OFFICE,
                    "{\"kind\": \"FUNDS_RECEIVED\", \"item\": \"拨款\", \"amount\": 4000.50}").statusCode())
                    .isEqualTo(409);
            JsonObject ledger = json(api.get("api/v1/applications/" + id + "/ledger", society));
            assertThat(ledger.getJsonNumber("planned").bigDecimalValue()).isEqualByComparingTo("10000");
            assertThat(ledger.getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("0");
            assertThat(ledger.getJsonArray("entries")).hasSize(1);

            // mid-term, final report with evidence, final assessment, funding
            assertThat(api.post("api/v1/applications/" + id + "/final-assessment", OFFICE,
                    "{\"passed\": true}").statusCode()).as("no final report yet").isEqualTo(409);
            assertThat(api.post("api/v1/applications/" + id + "/midterm", OFFICE, "{\"passed\": true, \"note\": \"良好\"}")
                    .statusCode()).isEqualTo(200);
            String evidence = json(api.sendBytes("api/v1/applications/" + id + "/attachments?kind=EVIDENCE&name=photo.jpg",
                    society, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3})).getString("id");
            HttpResponse<String> report = api.post("api/v1/applications/" + id + "/reports", society,
                    "{\"kind\": \"FINAL_SUMMARY\", \"text\": \"总结报告\", \"evidenceAttachmentIds\": [\"" + evidence + "\"]}");
            assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
            assertThat(state(api, id, society)).isEqualTo("FINAL_REPORT_FILED");
            assertThat(array(api.get("api/v1/applications/" + id + "/reports", OFFICE))).hasSize(1);

            HttpResponse<String> assessed = api.post("api/v1/applications/" + id + "/final-assessment", OFFICE,
                    "{\"passed\": true, \"note\": \"合格\"}");
            assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
            assertThat(json(assessed).getString("state")).isEqualTo("PASSED");
            assertThat(json(assessed).getString("assessedBy")).isEqualTo(OFFICE);
            assertThat(api.get("api/v1/applications/" + id + "/funding", society).statusCode())
                    .as("the result takes effect after its notice").isEqualTo(404);

            // the results notice (IV.2): five working days from 2021-06-08 (Tue) to 06-15 (06-12..06-14 holidays)
            HttpResponse<String> results = api.post("api/v1/notices", OFFICE,
                    "{\"year\": 2021, \"kind\": \"ASSESSMENT_RESULTS\", \"title\": \"考核结果公示\"}");
            assertThat(results.statusCode()).as(results.body()).isEqualTo(201);
            String resultsNotice = json(results).getString("id");
            assertThat(api.post("api/v1/notices/" + resultsNotice + "/conclude", OFFICE, null).statusCode())
                    .isEqualTo(409);
            api.moveClock("2021-06-16T02:00:00Z");
            HttpResponse<String> tookEffect = api.post("api/v1/notices/" + resultsNotice + "/conclude", OFFICE, null);
            assertThat(tookEffect.statusCode()).as(tookEffect.body()).isEqualTo(200);
            JsonObject funding = json(api.get("api/v1/applications/" + id + "/funding", society));
            assertThat(funding.getString("outcome")).isEqualTo("FUNDED_NEXT_YEAR");
            assertThat(funding.getInt("fundingYear")).isEqualTo(2022);
            assertThat(funding.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("50000");
            assertThat(funding.getString("decidedBy")).isEqualTo(OFFICE);
            assertThat(state(api, id, society)).isEqualTo("FUNDED");
            HttpResponse<String> booked = api.post("api/v1/applications/" + id + "/ledger", OFFICE,
                    "{\"kind\": \"FUNDS_RECEIVED\", \"item\": \"拨款\", \"amount\": 4000.50}");
            assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
            assertThat(json(booked).getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("4000.50");

            // every step is in the audit chain, which is intact
            JsonObject verified = json(api.get("api/v1/audit/verify", OFFICE));
            assertThat(verified.getBoolean("ok")).as(verified.toString()).isTrue();
            assertThat(array(api.get("api/v1/audit?limit=100", OFFICE)).stream()
                    .map(e -> e.asJsonObject().getString("action")))
                    .contains("application.create", "application.submit", "application.paperCopy.matched",
                            "application.startReview", "review.score", "application.recommend", "application.publish",
                            "objection.dismiss", "application.approve", "assessment.midTerm",
                            "report.file.FINAL_SUMMARY", "assessment.final.passed", "review.exception",
                            "application.resultTakesEffect", "funding.decide", "ledger.book");
            assertThat(api.get("api/v1/audit", society).statusCode()).isEqualTo(403);
        } finally {
            api.resetClock();
        }
    }

    private static String state(ApiClient api, String id, String user) {
        return json(api.get("api/v1/applications/" + id, user)).getString("state");
    }
}
