package cn.jast.plan.web;

import static cn.jast.plan.web.ApiClient.array;
import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The 科创江苏 cross-check (LIMIT-5, II.3.5, issue #10 item 8) over REST: the office imports the list as CSV (with
 * a BOM and a quoted comma) and as an Excel workbook built here with POI; the applications whose society and title
 * (written with other punctuation and spacing) are on it are flagged; assigning an expert and scoring are refused
 * naming LIMIT-5, allocation waits; a bad file changes nothing; the office clears one match with a reason and the
 * review goes on, and decides the other is the same project, which refuses the application; every step is audited.
 */
@ExtendWith(ArquillianExtension.class)
class KechuangCrossCheckIT {

    private static final String OFFICE = "office-kechuang";
    private static final String EXPERT = "expert-kechuang";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    @Test
    void flaggedApplicationsWaitForTheOfficesDecision() throws IOException {
        ApiClient api = new ApiClient(url);
        String u = ApiClient.unique();
        String codeA = "S-KA" + u;
        String codeB = "S-KB" + u;
        String codeC = "S-KC" + u;
        String a = api.societyWithAccount(codeA);
        String b = api.societyWithAccount(codeB);
        String c = api.societyWithAccount(codeC);
        api.account(OFFICE, "OFFICE", null);
        api.account(EXPERT, "EXPERT", null);
        try {
            // 2021-05-20: three members' homes, submitted, their paper copies recorded
            String idA = api.draft(a, ApiClient.membersHome("2021 江苏省“智能制造”服务平台建设"));
            String idB = api.draft(b, ApiClient.membersHome("绿色化工科普行（2021）"));
            String idC = api.draft(c, ApiClient.membersHome("会员之家 C"));
            for (String[] s : new String[][] {{idA, a}, {idB, b}, {idC, c}}) {
                HttpResponse<String> submitted = api.post("api/v1/applications/" + s[0] + "/submit", s[1], null);
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
                String print = json(submitted).getJsonObject("application").getString("fingerprint");
                assertThat(api.post("api/v1/paper-copies", OFFICE, "{\"fingerprint\": \"" + print + "\"}")
                        .statusCode()).isEqualTo(201);
            }
            api.moveClock("2021-06-01T02:00:00Z");
            assertThat(api.post("api/v1/plans/2021/review/start", OFFICE, null).statusCode()).isEqualTo(200);
            // B's expert is assigned before anything is known
            assertThat(api.post("api/v1/applications/" + idB + "/experts", OFFICE,
                    "{\"expert\": \"" + EXPERT + "\"}").statusCode()).isEqualTo(201);

            // the CSV, with a BOM: A's project by the society's name, its title with other punctuation and spaces
            String csv = "\uFEFF序号,学会名称,项目名称,备注\r\n"
                    + "1,江苏省测试学会 " + codeA + ",《2021江苏省 智能制造 服务平台》建设。,\r\n"
                    + "2,江苏省测试学会 " + codeC + ",\"科普进社区, 二期\",\"名称含逗号\"\r\n";
            HttpResponse<String> imported = api.sendBytes("api/v1/plans/2021/kechuang-list", OFFICE,
                    "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            JsonObject importedJson = json(imported);
            assertThat(importedJson.getInt("entries")).isEqualTo(2);
            assertThat(importedJson.getJsonArray("flagged")).hasSize(1);
            JsonObject flagA = importedJson.getJsonArray("flagged").getJsonObject(0);
            assertThat(flagA.getString("application")).isEqualTo(idA);
            assertThat(flagA.getString("rule")).isEqualTo("LIMIT-5");
            assertThat(flagA.getString("clause")).isEqualTo("II.3.5");
            assertThat(flagA.getString("matchedBy")).isEqualTo("SOCIETY_NAME");
            assertThat(flagA.getString("state")).isEqualTo("OPEN");
            assertThat(flagA.getJsonObject("listed").getInt("row")).isEqualTo(2);
            assertThat(array(api.get("api/v1/plans/2021/kechuang-list", OFFICE)).getJsonObject(1).getString("title"))
                    .isEqualTo("科普进社区, 二期");

            // A's review waits: no expert, and allocation names it
            HttpResponse<String> refused = api.post("api/v1/applications/" + idA + "/experts", OFFICE,
                    "{\"expert\": \"" + EXPERT + "\"}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonObject violation = json(refused).getJsonArray("violations").getJsonObject(0);
            assertThat(violation.getString("rule")).isEqualTo("LIMIT-5");
            assertThat(violation.getString("clause")).isEqualTo("II.3.5");
            HttpResponse<String> allocation = api.post("api/v1/plans/2021/allocation", OFFICE, null);
            assertThat(allocation.statusCode()).isEqualTo(409);
            assertThat(allocation.body()).contains(idA + " matches the Kechuang Jiangsu list (LIMIT-5, II.3.5)");

            // a bad file is refused naming row and column, and changes nothing; a file of another type is 415
            HttpResponse<String> bad = api.sendBytes("api/v1/plans/2021/kechuang-list", OFFICE, "text/csv",
                    "学会名称,项目名称\n江苏省测试学会 X,\n".getBytes(StandardCharsets.UTF_8));
            assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
            assertThat(json(bad).getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("row 2, column 2 (项目名称)");
            HttpResponse<String> noTitle = api.sendBytes("api/v1/plans/2021/kechuang-list", OFFICE, "text/csv",
                    "学会名称,备注\nX,Y\n".getBytes(StandardCharsets.UTF_8));
            assertThat(noTitle.statusCode()).isEqualTo(400);
            assertThat(noTitle.body()).contains("no column for the project title");
            assertThat(api.sendBytes("api/v1/plans/2021/kechuang-list", OFFICE, "text/plain",
                    csv.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(415);
            assertThat(api.sendBytes("api/v1/plans/2021/kechuang-list", OFFICE, XLSX,
                    "not a workbook".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
            assertThat(api.sendBytes("api/v1/plans/2021/kechuang-list", a, "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)).statusCode()).as("office only").isEqualTo(403);
            assertThat(array(api.get("api/v1/plans/2021/kechuang-list", OFFICE))).hasSize(2);
            assertThat(array(api.get("api/v1/plans/2021/kechuang-flags", OFFICE))).hasSize(1);

            // the office clears A with a reason; then A is reviewed
            String flagIdA = flagA.getString("id");
            assertThat(api.post("api/v1/kechuang-flags/" + flagIdA + "/decision", OFFICE,
                    "{\"decision\": \"NOT_THE_SAME_PROJECT\"}").statusCode()).as("a reason is required").isEqualTo(400);
            HttpResponse<String> cleared = api.post("api/v1/kechuang-flags/" + flagIdA + "/decision", OFFICE,
                    "{\"decision\": \"NOT_THE_SAME_PROJECT\", \"reason\": \"科创江苏项目为平台硬件建设，内容不同\"}");
            assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
            assertThat(json(cleared).getString("state")).isEqualTo("CLEARED");
            assertThat(json(cleared).getString("applicationState")).isEqualTo("UNDER_REVIEW");
            assertThat(api.post("api/v1/kechuang-flags/" + flagIdA + "/decision", OFFICE,
                    "{\"decision\": \"THE_SAME_PROJECT\", \"reason\": \"再议\"}").statusCode()).as("once").isEqualTo(409);
            HttpResponse<String> assigned = api.post("api/v1/applications/" + idA + "/experts", OFFICE,
                    "{\"expert\": \"" + EXPERT + "\"}");
            assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(201);

            // the Excel list replaces the CSV one: B by its code, with half-width brackets and a space
            HttpResponse<String> fromExcel = api.sendBytes("api/v1/plans/2021/kechuang-list", OFFICE, XLSX,
                    workbook(List.of(List.of("学会代码", "Project Title", "申报单位"),
                            List.of(codeB, "绿色化工 科普行(2021)", ""),
                            List.of("", "《2021江苏省 智能制造 服务平台》建设", "江苏省测试学会 " + codeA))));
            assertThat(fromExcel.statusCode()).as(fromExcel.body()).isEqualTo(200);
            assertThat(json(fromExcel).getJsonArray("flagged")).as("A's match is decided already").hasSize(1);
            JsonObject flagB = json(fromExcel).getJsonArray("flagged").getJsonObject(0);
            assertThat(flagB.getString("application")).isEqualTo(idB);
            assertThat(flagB.getString("matchedBy")).isEqualTo("SOCIETY_CODE");

            // B's expert may not score it now
            HttpResponse<String> score = api.put("api/v1/reviews/" + idB + "/score", EXPERT,
                    "{\"criteria\": {\"GOALS\": 8, \"FOUNDATION\": 8, \"FEASIBILITY\": 8, \"IMPACT\": 8}}");
            assertThat(score.statusCode()).as(score.body()).isEqualTo(422);
            assertThat(json(score).getJsonArray("violations").getJsonObject(0).getString("rule")).isEqualTo("LIMIT-5");

            // the same project: B is refused
            HttpResponse<String> same = api.post("api/v1/kechuang-flags/" + flagB.getString("id") + "/decision", OFFICE,
                    "{\"decision\": \"THE_SAME_PROJECT\", \"reason\": \"与科创江苏申报项目为同一项目，重复申报\"}");
            assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
            assertThat(json(same).getString("state")).isEqualTo("CONFIRMED");
            assertThat(json(same).getString("applicationState")).isEqualTo("REJECTED");
            assertThat(json(api.get("api/v1/applications/" + idB, b)).getString("state")).isEqualTo("REJECTED");
            assertThat(json(api.get("api/v1/applications/" + idC, c)).getString("state")).isEqualTo("UNDER_REVIEW");

            Map<String, String> states = array(api.get("api/v1/plans/2021/kechuang-flags", OFFICE)).stream()
                    .map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(f -> f.getString("application"), f -> f.getString("state")));
            assertThat(states).containsExactlyInAnyOrderEntriesOf(Map.of(idA, "CLEARED", idB, "CONFIRMED"));

            // every step is audited, and the chain holds
            JsonObject verified = json(api.get("api/v1/audit/verify", OFFICE));
            assertThat(verified.getBoolean("ok")).as(verified.toString()).isTrue();
            List<String> actions = array(api.get("api/v1/audit?limit=500", OFFICE)).stream()
                    .map(x -> x.asJsonObject().getString("action")).toList();
            assertThat(actions.stream().filter("kechuang.import"::equals)).hasSize(2);
            assertThat(actions.stream().filter("kechuang.flag"::equals)).hasSize(2);
            assertThat(actions.stream().filter("kechuang.decide"::equals)).hasSize(2);
            assertThat(actions).contains("application.rejectAsAlsoInKechuangJiangsu", "review.assign");
        } finally {
            api.resetClock();
        }
    }

    /** An Excel workbook of one sheet with these rows. */
    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("科创江苏");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            sheet.createRow(rows.size() + 2).createCell(0).setCellValue(" ");
            wb.write(out);
            return out.toByteArray();
        }
    }
}
