package cn.jast.plan.web;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What follows submission (issue #10), over REST as each actor sees it: three experts score each
 * application by the plan year's criteria in a blind review, an expert with a conflict of interest is
 * refused, allocation draws the quota line of 优秀论文遴选 (one place), an upheld objection rejects the first
 * and promotes the reserve to a supplementary notice of its own, a failed mid-term asks for rectification,
 * the results are announced and take effect only after their notice (an upheld objection reopening one),
 * the failure bars the same category in the next plan year through ELIG-5, and the funded project keeps its
 * ledger (funds booked by the office only, for a funded project only; a correction is a reversal).
 *
 * <p>Time moves through the test-only clock fixture, as in {@link LifecycleIT}.
 */
@ExtendWith(ArquillianExtension.class)
class AfterSubmissionIT {

    private static final String OFFICE = "office-after";
    private static final String[] EXPERTS = {"expert-after-1", "expert-after-2", "expert-after-3"};
    private static final String CONFLICTED = "expert-after-4";

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    /** An application to 优秀论文遴选 (one place in 2021), its whole 2021 form filled so that it can be submitted. */
    private static String paperSelection(String title) {
        return """
                {"category": "QUALITY_JOURNAL", "subProject": "JOURNAL_PAPER_SELECTION", "title": "%s",
                 "declaredNotInKechuangJiangsu": true, "attachments": [],
                 "form": {%s,
                   "paperSelection": {"capacity": "学会设有期刊编辑部和学术委员会，长期开展论文评审。",
                     "selectionPlan": "征集、初审、专家评审、公示四个环节。", "scope": "全省科技工作者近两年发表的论文。",
                     "eligibility": "以江苏单位为第一署名单位的公开发表论文。", "criteria": "创新性、学术价值和应用价值。",
                     "expertPanel": [{"name": "陈教授", "unit": "南京大学", "discipline": "计算机科学"}]}}}
                """.formatted(title, ApiClient.COMMON_FORM);
    }

    private static String sheet(int goals, int foundation, int feasibility, int impact) {
        return "{\"criteria\": {\"GOALS\": " + goals + ", \"FOUNDATION\": " + foundation + ", \"FEASIBILITY\": "
                + feasibility + ", \"IMPACT\": " + impact + "}}";
    }

    @Test
    void reviewReservePublicityAssessmentAndMoney() throws IOException {
        ApiClient api = new ApiClient(url);
        String u = ApiClient.unique();
        String codeA = "S-A" + u;
        String codeB = "S-B" + u;
        String codeC = "S-C" + u;
        String codeD = "S-D" + u;
        String a = api.societyWithAccount(codeA);
        String b = api.societyWithAccount(codeB);
        String c = api.societyWithAccount(codeC);
        String d = api.societyWithAccount(codeD);
        api.account(OFFICE, "OFFICE", null);
        for (String e : EXPERTS) {
            api.account(e, "EXPERT", null);
        }
        api.account(CONFLICTED, "EXPERT", null);
        try {
            // 2021-05-20: A and B apply for the one place of 优秀论文遴选, C for a members' home
            String idA = api.draft(a, paperSelection("优秀论文遴选 A"));
            String idB = api.draft(b, paperSelection("优秀论文遴选 B"));
            String idC = api.draft(c, ApiClient.membersHome("会员之家 C"));
            // and D for a brand academic exchange whose event ends 2021-10-17 (its review report is due a month on)
            String idD = api.draft(d, ApiClient.academicExchange("学术年会 D"));
            for (String[] s : new String[][] {{idA, a}, {idB, b}, {idC, c}, {idD, d}}) {
                HttpResponse<String> submitted = api.post("api/v1/applications/" + s[0] + "/submit", s[1], null);
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
                String print = json(submitted).getJsonObject("application").getString("fingerprint");
                assertThat(api.post("api/v1/paper-copies", OFFICE, "{\"fingerprint\": \"" + print + "\"}")
                        .statusCode()).isEqualTo(201);
            }

            // 2021-06-01 10:00: review
            api.moveClock("2021-06-01T02:00:00Z");
            assertThat(api.post("api/v1/plans/2021/review/start", OFFICE, null).statusCode()).isEqualTo(200);

            // conflicts of interest: the office records that the fourth expert belongs to A
            HttpResponse<String> profile = api.put("api/v1/experts/" + CONFLICTED + "/profile", OFFICE,
                    "{\"societies\": [\"" + codeA + "\"], \"workUnit\": \"南京大学\"}");
            assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
            HttpResponse<String> refused = api.post("api/v1/applications/" + idA + "/experts", OFFICE,
                    "{\"expert\": \"" + CONFLICTED + "\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getJsonArray("violations").getJsonObject(0).getString("rule"))
                    .isEqualTo("REVIEW-COI-1");
            for (String id : List.of(idA, idB, idC, idD)) {
                for (String e : EXPERTS) {
                    assertThat(api.post("api/v1/applications/" + id + "/experts", OFFICE,
                            "{\"expert\": \"" + e + "\"}").statusCode()).isEqualTo(201);
                }
            }
            // the third expert declares a conflict with C and is replaced by the fourth
            assertThat(api.post("api/v1/reviews/" + idC + "/decline", EXPERTS[2],
                    "{\"reason\": \"曾为该学会理事\"}").statusCode()).isEqualTo(204);
            assertThat(api.post("api/v1/applications/" + idC + "/experts", OFFICE,
                    "{\"expert\": \"" + EXPERTS[2] + "\"}").statusCode()).as("already assigned, declined").isEqualTo(409);
            assertThat(api.post("api/v1/applications/" + idC + "/experts", OFFICE,
                    "{\"expert\": \"" + CONFLICTED + "\"}").statusCode()).isEqualTo(201);

            // a blind review: the expert does not see who applies
            JsonObject seen = array(api.get("api/v1/reviews", EXPERTS[0])).stream().map(JsonValue::asJsonObject)
                    .filter(x -> x.getJsonObject("application").getString("id").equals(idA)).findFirst().orElseThrow()
                    .getJsonObject("application");
            assertThat(seen.containsKey("society") && !seen.isNull("society")).isFalse();
            JsonObject got = json(api.get("api/v1/applications/" + idA, EXPERTS[0]));
            assertThat(got.containsKey("society") && !got.isNull("society")).isFalse();
            // nor who saved its versions (a society's account names the applicant); the office does
            JsonObject revision = array(api.get("api/v1/applications/" + idA + "/revisions", EXPERTS[0])).getJsonObject(0);
            assertThat(revision.containsKey("savedBy") && !revision.isNull("savedBy")).as(revision.toString()).isFalse();
            assertThat(json(api.get("api/v1/applications/" + idA + "/revisions/1", EXPERTS[0])).containsKey("savedBy"))
                    .isFalse();
            assertThat(array(api.get("api/v1/applications/" + idA + "/revisions", OFFICE)).getJsonObject(0)
                    .getString("savedBy")).isEqualTo(a);

            // every bad criterion is named
            HttpResponse<String> bad = api.put("api/v1/reviews/" + idA + "/score", EXPERTS[0],
                    "{\"criteria\": {\"GOALS\": 11, \"IMPACT\": 5}}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(json(bad).getJsonArray("errors").stream().map(x -> x.asJsonObject().getString("field")))
                    .contains("criteria.GOALS", "criteria.FOUNDATION", "criteria.FEASIBILITY");
            assertThat(api.post("api/v1/plans/2021/allocation", OFFICE, null).statusCode())
                    .as("no sheet yet").isEqualTo(409);

            // 72 h before the scores are due (review.scoresDueBy, 2021-06-25 17:00): each expert is reminded of
            // the applications not yet scored, once, however often the run goes; the declined one is not counted
            String beforeScores = "api/v1/notifications/reminders?at=" + java.net.URLEncoder.encode(
                    "2021-06-22T17:00:00+08:00", java.nio.charset.StandardCharsets.UTF_8);
            assertThat(api.post(beforeScores, OFFICE, null).statusCode()).isEqualTo(200);
            assertThat(json(api.post(beforeScores, OFFICE, null)).getInt("queued")).as("run again").isZero();
            assertThat(notifications(api, EXPERTS[0], "REMINDER_SCORES")).singleElement().asString()
                    .contains("尚有 4 份").contains("2021-06-25 17:00");
            assertThat(notifications(api, EXPERTS[2], "REMINDER_SCORES")).singleElement().asString().contains("尚有 3 份");
            for (String e : EXPERTS) {
                assertThat(api.put("api/v1/reviews/" + idA + "/score", e, sheet(10, 9, 9, 9)).statusCode()).isEqualTo(200);
                assertThat(api.put("api/v1/reviews/" + idB + "/score", e, sheet(8, 8, 8, 8)).statusCode()).isEqualTo(200);
                assertThat(api.put("api/v1/reviews/" + idD + "/score", e, sheet(9, 8, 8, 8)).statusCode()).isEqualTo(200);
            }
            assertThat(api.post("api/v1/plans/2021/allocation", OFFICE, null).statusCode())
                    .as("C has no sheets yet").isEqualTo(409);
            for (String e : new String[] {EXPERTS[0], EXPERTS[1], CONFLICTED}) {
                assertThat(api.put("api/v1/reviews/" + idC + "/score", e, sheet(9, 9, 8, 8)).statusCode()).isEqualTo(200);
            }
            assertThat(api.put("api/v1/reviews/" + idC + "/score", EXPERTS[2], sheet(1, 1, 1, 1)).statusCode())
                    .as("declined: cannot score").isEqualTo(404);
            JsonObject scoreOfA = array(api.get("api/v1/applications/" + idA + "/scores", OFFICE)).getJsonObject(0);
            assertThat(scoreOfA.getJsonNumber("score").bigDecimalValue()).isEqualByComparingTo("93");
            assertThat(scoreOfA.getJsonObject("criteria").getInt("GOALS")).isEqualTo(10);

            HttpResponse<String> allocated = api.post("api/v1/plans/2021/allocation", OFFICE, null);
            assertThat(allocated.statusCode()).as(allocated.body()).isEqualTo(200);
            assertThat(state(api, idA, a)).isEqualTo("RECOMMENDED");
            assertThat(state(api, idB, b)).isEqualTo("NOT_RECOMMENDED");
            assertThat(state(api, idC, c)).isEqualTo("RECOMMENDED");
            assertThat(state(api, idD, d)).isEqualTo("RECOMMENDED");

            // the approval list 06-01..06-07; an objection to A is upheld: B goes up from the reserve list
            HttpResponse<String> list = api.post("api/v1/notices", OFFICE,
                    "{\"year\": 2021, \"kind\": \"APPROVAL_LIST\", \"title\": \"立项公示\"}");
            assertThat(list.statusCode()).as(list.body()).isEqualTo(201);
            String approvalList = json(list).getString("id");
            // IV.2: each society listed hears of the notice and its period; B, not listed, does not
            assertThat(notifications(api, a, "NOTICE")).singleElement().asString()
                    .contains("立项公示").contains("优秀论文遴选 A").contains("2021-06-01 至 2021-06-07（5 个工作日");
            assertThat(notifications(api, b, "NOTICE")).isEmpty();
            HttpResponse<String> objection = api.post("api/v1/notices/" + approvalList + "/objections", null,
                    "{\"applicationId\": \"" + idA + "\", \"text\": \"申报材料与实际不符\"}");
            assertThat(objection.statusCode()).as(objection.body()).isEqualTo(201);
            String objectionId = json(objection).getString("id");
            assertThat(api.post("api/v1/objections/" + objectionId + "/decision", OFFICE,
                    "{\"upheld\": true, \"note\": \"经核实，异议成立\"}").statusCode()).isEqualTo(200);
            assertThat(state(api, idA, a)).isEqualTo("REJECTED");
            assertThat(state(api, idB, b)).isEqualTo("RECOMMENDED");

            // 06-02: B's supplementary notice of its own, 06-02..06-08
            api.moveClock("2021-06-02T02:00:00Z");
            HttpResponse<String> supplementary = api.post("api/v1/notices", OFFICE,
                    "{\"year\": 2021, \"kind\": \"SUPPLEMENTARY_APPROVAL_LIST\", \"title\": \"递补立项公示\"}");
            assertThat(supplementary.statusCode()).as(supplementary.body()).isEqualTo(201);
            JsonObject supp = json(supplementary);
            assertThat(supp.getString("lastDay")).isEqualTo("2021-06-08");
            String supplementaryId = supp.getString("id");
            assertThat(json(api.get("api/v1/notices/" + supplementaryId, null)).getJsonArray("applications"))
                    .extracting(x -> x.asJsonObject().getString("id")).containsExactly(idB);

            // 06-09: both notices are over; never more approved than the quota of one
            api.moveClock("2021-06-09T02:00:00Z");
            assertThat(api.post("api/v1/notices/" + approvalList + "/conclude", OFFICE, null).statusCode()).isEqualTo(200);
            assertThat(api.post("api/v1/notices/" + supplementaryId + "/conclude", OFFICE, null).statusCode())
                    .isEqualTo(200);
            assertThat(state(api, idB, b)).isEqualTo("APPROVED");
            assertThat(state(api, idC, c)).isEqualTo("APPROVED");
            assertThat(state(api, idD, d)).isEqualTo("APPROVED");

            // ASSESS-EVENT_REPORT (III.3.2(8)): D's event ends 10-17, its review report is due by 11-18 00:00; D is
            // reminded 168 h and 24 h before (thresholds.eventReportRemindHoursBefore), each once
            for (String at : List.of("2021-11-10T23:59:00+08:00", "2021-11-11T00:00:00+08:00", "2021-11-11T09:00:00+08:00",
                    "2021-11-17T00:00:00+08:00", "2021-11-17T23:00:00+08:00", "2021-11-18T00:00:00+08:00")) {
                HttpResponse<String> run = api.post("api/v1/notifications/reminders?at="
                        + java.net.URLEncoder.encode(at, java.nio.charset.StandardCharsets.UTF_8), OFFICE, null);
                assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
                int expected = at.startsWith("2021-11-10") ? 0 : at.startsWith("2021-11-11") ? 1 : 2;
                assertThat(notifications(api, d, "REMINDER_EVENT_REPORT")).as(at).hasSize(expected);
            }
            assertThat(notifications(api, d, "REMINDER_EVENT_REPORT").get(0)).contains("学术年会 D")
                    .contains("2021-11-18 00:00");
            assertThat(notifications(api, c, "REMINDER_EVENT_REPORT")).as("C has no event").isEmpty();
            assertThat(array(api.get("api/v1/plans/2021/quotas", OFFICE)).stream().map(JsonValue::asJsonObject)
                    .filter(q -> q.getString("key").equals("JOURNAL_PAPER_SELECTION")).findFirst().orElseThrow()
                    .getInt("approved")).isEqualTo(1);

            // money before funding (issue #10, item 7): the society books expenses only, funds wait for funding
            assertThat(api.post("api/v1/applications/" + idC + "/ledger", c,
                    "{\"kind\": \"PLANNED_EXPENSE\", \"item\": \"场地\", \"amount\": 10000}").statusCode()).isEqualTo(201);
            HttpResponse<String> wrong = api.post("api/v1/applications/" + idC + "/ledger", c,
                    "{\"kind\": \"ACTUAL_EXPENSE\", \"item\": \"场地\", \"amount\": 9000}");
            assertThat(wrong.statusCode()).isEqualTo(201);
            String wrongEntry = json(wrong).getJsonArray("entries").stream().map(JsonValue::asJsonObject)
                    .filter(x -> x.getString("kind").equals("ACTUAL_EXPENSE")).findFirst().orElseThrow().getString("id");
            HttpResponse<String> bySociety = api.post("api/v1/applications/" + idC + "/ledger", c,
                    "{\"kind\": \"FUNDS_RECEIVED\", \"item\": \"拨款\", \"amount\": 50000}");
            assertThat(bySociety.statusCode()).as(bySociety.body()).isEqualTo(403);
            assertThat(json(bySociety).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("kind");
            assertThat(api.post("api/v1/applications/" + idC + "/ledger", OFFICE,
                    "{\"kind\": \"FUNDS_RECEIVED\", \"item\": \"拨款\", \"amount\": 50000}").statusCode())
                    .as("not funded yet").isEqualTo(409);
            assertThat(api.post("api/v1/applications/" + idC + "/ledger", OFFICE,
                    "{\"kind\": \"ACTUAL_EXPENSE\", \"item\": \"场地\", \"amount\": 1}").statusCode())
                    .as("expenses are the society's").isEqualTo(403);

            // mid-term: B fails and owes a rectification report before its final report; C passes
            assertThat(api.post("api/v1/applications/" + idB + "/midterm", OFFICE,
                    "{\"passed\": false, \"note\": \"进度滞后\"}").statusCode()).isEqualTo(200);
            assertThat(state(api, idB, b)).isEqualTo("RECTIFICATION_REQUIRED");
            assertThat(notifications(api, b, "MIDTERM_RESULT")).singleElement().asString()
                    .contains("未通过").contains("进度滞后").contains("请先提交整改报告");
            assertThat(api.download("api/v1/applications/" + idB + "/pdf", b).statusCode())
                    .as("the printed 申报书 names the new state").isEqualTo(200);
            assertThat(api.post("api/v1/applications/" + idB + "/reports", b,
                    "{\"kind\": \"FINAL_SUMMARY\", \"text\": \"总结\"}").statusCode()).isEqualTo(409);
            assertThat(api.post("api/v1/applications/" + idB + "/reports", b,
                    "{\"kind\": \"RECTIFICATION\", \"text\": \"整改报告\"}").statusCode()).isEqualTo(201);
            assertThat(api.post("api/v1/applications/" + idB + "/reports", b,
                    "{\"kind\": \"FINAL_SUMMARY\", \"text\": \"总结\"}").statusCode()).isEqualTo(201);
            assertThat(api.post("api/v1/applications/" + idC + "/midterm", OFFICE,
                    "{\"passed\": true}").statusCode()).isEqualTo(200);
            assertThat(api.post("api/v1/applications/" + idC + "/reports", c,
                    "{\"kind\": \"FINAL_SUMMARY\", \"text\": \"总结\"}").statusCode()).isEqualTo(201);

            // the fund-use inspection (专项检查) of C finds a remark, no misconduct
            HttpResponse<String> inspected = api.post("api/v1/applications/" + idC + "/inspections", OFFICE,
                    "{\"kind\": \"FUND_USE\", \"findings\": [{\"text\": \"台账科目不够细\"}]}");
            assertThat(inspected.statusCode()).as(inspected.body()).isEqualTo(201);
            assertThat(array(api.get("api/v1/applications/" + idC + "/inspections", c))).hasSize(1);
            assertThat(api.post("api/v1/applications/" + idC + "/inspections", OFFICE,
                    "{\"kind\": \"FUND_USE\", \"findings\": [{\"text\": \"台账\"}], \"terminate\": true}").statusCode())
                    .as("termination needs a finding of misconduct").isEqualTo(400);

            // final assessment: C passes (its rules are met), B fails; nothing takes effect yet
            HttpResponse<String> check = api.post("api/v1/applications/" + idC + "/final-assessment/check", OFFICE, "{}");
            assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
            assertThat(json(check).getBoolean("admissible")).isTrue();
            assertThat(api.post("api/v1/applications/" + idC + "/final-assessment", OFFICE,
                    "{\"passed\": true, \"note\": \"合格\"}").statusCode()).isEqualTo(200);
            assertThat(api.post("api/v1/applications/" + idB + "/final-assessment", OFFICE,
                    "{\"passed\": false, \"note\": \"主要目标未完成\"}").statusCode()).isEqualTo(200);
            assertThat(json(api.get("api/v1/societies/" + codeB, OFFICE)).toString()).doesNotContain("QUALITY_JOURNAL");

            // the results notice 06-09..06-16 (06-12..06-14 are holidays); B's society objects, upheld: reopened
            HttpResponse<String> results = api.post("api/v1/notices", OFFICE,
                    "{\"year\": 2021, \"kind\": \"ASSESSMENT_RESULTS\", \"title\": \"考核结果公示\"}");
            assertThat(results.statusCode()).as(results.body()).isEqualTo(201);
            JsonObject resultsNotice = json(results);
            assertThat(notifications(api, c, "NOTICE_RESULT")).singleElement().asString()
                    .contains("考核结果公示").contains("结果为：通过");
            assertThat(notifications(api, b, "NOTICE_RESULT")).singleElement().asString().contains("结果为：未通过");
            assertThat(resultsNotice.getString("lastDay")).isEqualTo("2021-06-16");
            String resultsId = resultsNotice.getString("id");
            HttpResponse<String> appeal = api.post("api/v1/notices/" + resultsId + "/objections", b,
                    "{\"applicationId\": \"" + idB + "\", \"text\": \"整改后目标已完成，请复核\"}");
            assertThat(appeal.statusCode()).as(appeal.body()).isEqualTo(201);
            assertThat(api.post("api/v1/objections/" + json(appeal).getString("id") + "/decision", OFFICE,
                    "{\"upheld\": true, \"note\": \"重新考核\"}").statusCode()).isEqualTo(200);
            assertThat(state(api, idB, b)).isEqualTo("FINAL_REPORT_FILED");

            // 06-10: B is assessed again, failed again, and goes to a results notice of its own (06-10..06-17)
            api.moveClock("2021-06-10T02:00:00Z");
            assertThat(api.post("api/v1/applications/" + idB + "/final-assessment", OFFICE,
                    "{\"passed\": false, \"note\": \"复核仍不合格\"}").statusCode()).isEqualTo(200);
            HttpResponse<String> results2 = api.post("api/v1/notices", OFFICE,
                    "{\"year\": 2021, \"kind\": \"ASSESSMENT_RESULTS\", \"title\": \"考核结果公示（复核）\"}");
            assertThat(results2.statusCode()).as(results2.body()).isEqualTo(201);
            String results2Id = json(results2).getString("id");
            assertThat(json(api.get("api/v1/notices/" + results2Id, null)).getJsonArray("applications"))
                    .extracting(x -> x.asJsonObject().getString("id")).containsExactly(idB);

            // 06-16 10:00: the first notice is still running
            api.moveClock("2021-06-16T02:00:00Z");
            assertThat(api.post("api/v1/notices/" + resultsId + "/conclude", OFFICE, null).statusCode()).isEqualTo(409);
            // 06-18 10:00: both are over; the results take effect
            api.moveClock("2021-06-18T02:00:00Z");
            HttpResponse<String> effect = api.post("api/v1/notices/" + resultsId + "/conclude", OFFICE, null);
            assertThat(effect.statusCode()).as(effect.body()).isEqualTo(200);
            assertThat(array(effect)).extracting(x -> x.asJsonObject().getString("id")).containsExactly(idC);
            assertThat(api.post("api/v1/notices/" + results2Id + "/conclude", OFFICE, null).statusCode()).isEqualTo(200);
            assertThat(state(api, idB, b)).isEqualTo("FUNDING_CANCELLED");
            assertThat(state(api, idC, c)).isEqualTo("FUNDED");
            JsonObject funding = json(api.get("api/v1/applications/" + idC + "/funding", c));
            assertThat(funding.getString("outcome")).isEqualTo("FUNDED_NEXT_YEAR");
            assertThat(funding.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("50000");

            // the funded project's ledger: the office books the funds, up to the amount; a correction is a reversal
            assertThat(api.post("api/v1/applications/" + idC + "/ledger", OFFICE,
                    "{\"kind\": \"FUNDS_RECEIVED\", \"item\": \"省科协资助经费\", \"amount\": 50000}").statusCode())
                    .isEqualTo(201);
            assertThat(api.post("api/v1/applications/" + idC + "/ledger", OFFICE,
                    "{\"kind\": \"FUNDS_RECEIVED\", \"item\": \"省科协资助经费\", \"amount\": 0.01}").statusCode())
                    .as("more than the plan year grants").isEqualTo(409);
            assertThat(api.post("api/v1/applications/" + idC + "/ledger", c,
                    "{\"kind\": \"FUNDS_RECEIVED\", \"item\": \"拨款\", \"amount\": 1}").statusCode()).isEqualTo(403);
            HttpResponse<String> reversed = api.post("api/v1/applications/" + idC + "/ledger/" + wrongEntry
                    + "/reversal", c, "{\"reason\": \"金额录入错误\"}");
            assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(201);
            assertThat(api.post("api/v1/applications/" + idC + "/ledger/" + wrongEntry + "/reversal", c,
                    "{\"reason\": \"再次\"}").statusCode()).isEqualTo(409);
            assertThat(api.post("api/v1/applications/" + idC + "/ledger", c,
                    "{\"kind\": \"ACTUAL_EXPENSE\", \"item\": \"场地\", \"amount\": 9500}").statusCode()).isEqualTo(201);
            JsonObject ledger = json(api.get("api/v1/applications/" + idC + "/ledger", OFFICE));
            assertThat(ledger.getJsonNumber("received").bigDecimalValue()).isEqualByComparingTo("50000");
            assertThat(ledger.getJsonNumber("spent").bigDecimalValue()).isEqualByComparingTo("9500");
            assertThat(ledger.getJsonNumber("balance").bigDecimalValue()).isEqualByComparingTo("40500");
            assertThat(ledger.getJsonArray("entries")).hasSize(5);
            JsonObject line = ledger.getJsonArray("lines").getJsonObject(0);
            assertThat(line.getString("item")).isEqualTo("场地");
            assertThat(line.getJsonNumber("planned").bigDecimalValue()).isEqualByComparingTo("10000");
            assertThat(line.getJsonNumber("actual").bigDecimalValue()).isEqualByComparingTo("9500");
            assertThat(line.getJsonNumber("variance").bigDecimalValue()).isEqualByComparingTo("-500");

            // ELIG-5: B's failure bars QUALITY_JOURNAL in the 2022 plan year, and no other category
            api.plan(plan2022());
            String next = json(api.post("api/v1/applications?year=2022", b, paperSelection("2022 优秀论文遴选")))
                    .getString("id");
            JsonObject barred = json(api.post("api/v1/applications/" + next + "/check", b, null));
            assertThat(barred.getJsonArray("violations").stream().map(x -> x.asJsonObject().getString("rule")))
                    .contains("ELIG-5");
            String other = json(api.post("api/v1/applications?year=2022", b, ApiClient.membersHome("2022 会员之家")))
                    .getString("id");
            JsonObject free = json(api.post("api/v1/applications/" + other + "/check", b, null));
            assertThat(free.getJsonArray("violations").stream().map(x -> x.asJsonObject().getString("rule")))
                    .doesNotContain("ELIG-5");
            String aNext = json(api.post("api/v1/applications?year=2022", a, paperSelection("2022 A"))).getString("id");
            assertThat(json(api.post("api/v1/applications/" + aNext + "/check", a, null)).getJsonArray("violations")
                    .stream().map(x -> x.asJsonObject().getString("rule")))
                    .as("A was rejected on an objection, never failed an assessment").doesNotContain("ELIG-5");

            // routine supervision (日常督查) finds misuse of C's funds: an integrity incident, ELIG-3 from 2022 on
            HttpResponse<String> misuse = api.post("api/v1/applications/" + idC + "/inspections", OFFICE,
                    "{\"kind\": \"ROUTINE_SUPERVISION\", \"findings\": [{\"text\": \"挪用专项经费\", "
                            + "\"misconduct\": \"FUND_MISUSE\"}]}");
            assertThat(misuse.statusCode()).as(misuse.body()).isEqualTo(201);
            JsonObject incident = json(api.get("api/v1/societies/" + codeC + "/recorded-facts", c)).getJsonArray("facts")
                    .stream().map(JsonValue::asJsonObject).filter(f -> f.getString("field").equals("integrityIncidents"))
                    .findFirst().orElseThrow();
            assertThat(incident.getJsonObject("source").getString("kind")).as(incident.toString()).isEqualTo("INSPECTION");
            assertThat(incident.getJsonObject("source").getString("by")).isEqualTo(OFFICE);
            String cNext = json(api.post("api/v1/applications?year=2022", c, ApiClient.membersHome("2022 会员之家 C")))
                    .getString("id");
            assertThat(json(api.post("api/v1/applications/" + cNext + "/check", c, null)).getJsonArray("violations")
                    .stream().map(x -> x.asJsonObject().getString("rule"))).contains("ELIG-3");

            // every step is audited, and the chain holds
            JsonObject verified = json(api.get("api/v1/audit/verify", OFFICE));
            assertThat(verified.getBoolean("ok")).as(verified.toString()).isTrue();
            assertThat(array(api.get("api/v1/audit?limit=500", OFFICE)).stream()
                    .map(x -> x.asJsonObject().getString("action")))
                    .contains("reviewer.profile", "review.assign", "review.decline", "review.score",
                            "application.rejectOnObjection", "application.recommendFromReserve",
                            "assessment.midTerm.failed", "report.file.RECTIFICATION", "inspection.FUND_USE",
                            "inspection.ROUTINE_SUPERVISION", "society.integrityIncident",
                            "assessment.final.failed", "application.reopenAssessment",
                            "application.resultTakesEffect", "society.failedAssessment", "funding.decide",
                            "ledger.book", "ledger.reverse");
        } finally {
            api.resetClock();
        }
    }

    /** The 2021 plan moved one year on: what a 2022 plan year looks like to ELIG-5. */
    private static String plan2022() throws IOException {
        try (InputStream in = AfterSubmissionIT.class.getResourceAsStream("/plans/plan-2021.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("\"year\": 2021", "\"year\": 2022")
                    .replace("\"opens\": \"2021-", "\"opens\": \"2022-")
                    .replace("\"closes\": \"2021-", "\"closes\": \"2022-")
                    .replace("\"paperCopyBy\": \"2021-", "\"paperCopyBy\": \"2022-")
                    .replace("\"eventsCompletedBy\": \"2021-12-31\"", "\"eventsCompletedBy\": \"2022-12-31\"");
        }
    }

    /** The subjects and bodies of the user's notifications of a kind (#14: what the pages list and mail sends). */
    private static List<String> notifications(ApiClient api, String user, String kind) {
        HttpResponse<String> mine = api.get("api/v1/notifications", user);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        return array(mine).stream().map(JsonValue::asJsonObject).filter(n -> n.getString("kind").equals(kind))
                .map(n -> n.getString("subject") + "\n" + n.getString("body")).toList();
    }

    private static String state(ApiClient api, String id, String user) {
        return json(api.get("api/v1/applications/" + id, user)).getString("state");
    }
}
