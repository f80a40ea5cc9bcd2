package cn.jast.plan.web.application.print;

import static cn.jast.plan.web.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The printed 申报书 over REST, on the application as it ships: a society submits an academic exchange and
 * downloads its PDF; poppler extracts the Chinese title, the society and the fingerprint, finds the CJK
 * font embedded, and renders page 1 with no system font at all, where the Chinese is drawn (ink where the
 * title is written) and the QR code reads back as the fingerprint. A draft's PDF is marked on every page
 * and carries no fingerprint. Only the society and the office get it. PDFs and pages stay under
 * target/pdf-it/.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationPdfIT {

    private static final String OFFICE = "office-pdf";
    private static final String TITLE = "2021 江苏省示例学术年会";

    @ArquillianResource
    URL url;

    ApiClient api;

    private final PdfTools tools = new PdfTools(Path.of("target", "pdf-it"));

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
    void theSubmittedApplicationPrintsItsChineseItsFingerprintAndAQrCodeOfIt() {
        String code = "S-PDF" + ApiClient.unique();
        // 喆 is in GBK but not in GB2312; 䶮 (CJK extension A) is in no font the application ships.
        String user = society(code, "江苏省喆䶮学会");
        String id = api.draft(user, ApiClient.academicExchange(TITLE));
        HttpResponse<String> submitted = api.post("api/v1/applications/" + id + "/submit", user, null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        String fingerprint = json(submitted).getJsonObject("application").getString("fingerprint");

        HttpResponse<byte[]> r = api.download("api/v1/applications/" + id + "/pdf", user);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"application-2021-" + code + "-" + id + ".pdf\"")
                .contains("filename*=UTF-8''%E7%94%B3%E6%8A%A5%E4%B9%A6-2021-" + code + "-" + id + ".pdf");
        Path pdf = tools.save("submitted.pdf", r.body());

        String text = tools.text(pdf);
        assertThat(text).contains("申报书", TITLE, "三、学术交流建设", "品牌学术交流", fingerprint,
                "江苏省喆〓学会", "U+4DAE", code, id, "2021年5月20日 10:00:00", "UTC+08:00", "学术活动", "2021年10月15日",
                "主办", "申报学会（盖章）", "盖章处").doesNotContain("草稿");
        String fonts = tools.fontTable(pdf);
        List<String[]> rows = tools.fonts(pdf);
        assertThat(rows).as(fonts).isNotEmpty().allSatisfy(f -> assertThat(String.join(" ", f)).as(fonts)
                .contains("CID TrueType").contains("Identity-H yes yes"));
        assertThat(fonts).contains("WenQuanYiMicroHei");

        BufferedImage page = tools.render(pdf, 1);
        for (String chinese : List.of("江苏省示例学术年会", "学术交流建设", "江苏省喆")) {
            List<Rectangle> boxes = tools.boxesOf(pdf, 1, chinese);
            assertThat(boxes).as("where %s is written", chinese).isNotEmpty();
            boxes.forEach(box -> assertThat(PdfTools.inkIn(page, box)).as("ink where %s is written, %s", chinese, box)
                    .isGreaterThan(0.04));
        }
        String scanned = PdfTools.readQr(page);
        assertThat(scanned).isEqualTo(fingerprint);

        HttpResponse<byte[]> office = api.download("api/v1/applications/" + id + "/pdf", OFFICE);
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(tools.text(tools.save("submitted-office.pdf", office.body()))).contains(fingerprint);

        // The office scans the stamped copy's QR code into the paper-copy record, and it matches.
        HttpResponse<String> paper = api.post("api/v1/paper-copies", OFFICE,
                Json.createObjectBuilder().add("fingerprint", scanned).build().toString());
        assertThat(paper.statusCode()).as(paper.body()).isEqualTo(201);
        assertThat(json(paper).getString("application")).isEqualTo(id);
        assertThat(json(paper).getBoolean("matched")).isTrue();
    }

    @Test
    void aDraftIsMarkedOnEveryPageAndCarriesNoFingerprint() {
        String code = "S-PDD" + ApiClient.unique();
        String user = society(code, "江苏省草稿测试学会");
        String id = api.draft(user, ApiClient.academicExchange("2021 草稿学术年会"));

        HttpResponse<byte[]> r = api.download("api/v1/applications/" + id + "/pdf", user);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"application-2021-" + code + "-" + id + "-draft.pdf\"");
        Path pdf = tools.save("draft.pdf", r.body());
        int pages = tools.pages(pdf);
        assertThat(pages).isPositive();
        for (int p = 1; p <= pages; p++) {
            assertThat(tools.pageText(pdf, p)).as("page %d", p).contains("草稿：尚未提交的申报书，不能盖章报送");
        }
        assertThat(tools.text(pdf)).contains("2021 草稿学术年会", "尚未提交", "还没有内容指纹");
        BufferedImage page = tools.render(pdf, 1);
        tools.boxesOf(pdf, 1, "草稿：尚未提交的申报书").forEach(box ->
                assertThat(PdfTools.inkIn(page, box)).as("ink of the draft's mark at %s", box).isGreaterThan(0.04));
        assertThat(tools.boxesOf(pdf, 1, "草稿：尚未提交的申报书")).isNotEmpty();
        assertThatThrownBy(() -> PdfTools.readQr(page)).isInstanceOf(AssertionError.class);
    }

    @Test
    void onlyTheSocietyAndTheOfficeGetThePdf() {
        String owner = society("S-PDA" + ApiClient.unique(), "江苏省甲学会");
        String other = society("S-PDB" + ApiClient.unique(), "江苏省乙学会");
        String id = api.draft(owner, ApiClient.academicExchange("2021 访问测试"));
        api.account("expert-pdf", "EXPERT", null);

        assertThat(api.download("api/v1/applications/" + id + "/pdf", OFFICE).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = api.get("api/v1/applications/" + id + "/pdf", other);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.get("api/v1/applications/" + id, other).statusCode()).isEqualTo(404);
        assertThat(api.get("api/v1/applications/" + id + "/pdf", "expert-pdf").statusCode()).isEqualTo(403);
        assertThat(api.get("api/v1/applications/" + id + "/pdf", null).statusCode()).isEqualTo(401);
        assertThat(api.get("api/v1/applications/no-such-application/pdf", owner).statusCode()).isEqualTo(404);
    }

    /** A society of this name and its account (named like the code, lower case). */
    private String society(String code, String name) {
        HttpResponse<String> r = api.send("POST", "api/test/fixtures/societies", null, "application/json",
                ApiClient.society(code, name + " " + code));
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        String user = code.toLowerCase();
        api.account(user, "SOCIETY", code);
        return user;
    }
}
