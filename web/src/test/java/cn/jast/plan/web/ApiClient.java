package cn.jast.plan.web;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/**
 * The integration tests' REST client: HTTP/1.1 (see {@link WebInfrastructureIT}), HTTP Basic as one of
 * the fixture accounts, and the fixtures themselves (societies, accounts, the clock) through the test-only
 * {@code /api/test/fixtures}.
 */
public final class ApiClient {

    public static final String PASSWORD = "correct horse battery staple";

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;

    public ApiClient(URL injected) {
        this.base = Deployments.baseUri(injected);
    }

    /** A unique suffix, so that tests sharing a deployment do not see each other's data. */
    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public HttpResponse<String> send(String method, String path, String user, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return send(b);
    }

    public HttpResponse<String> sendBytes(String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        return send(b);
    }

    public HttpResponse<byte[]> download(String path, String user) {
        try {
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).GET()
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String user) {
        return send("GET", path, user, null, null);
    }

    public HttpResponse<String> post(String path, String user, String json) {
        return send("POST", path, user, json == null ? null : "application/json", json);
    }

    public HttpResponse<String> put(String path, String user, String json) {
        return send("PUT", path, user, "application/json", json);
    }

    public static JsonObject json(HttpResponse<String> r) {
        return (JsonObject) structure(r);
    }

    public static JsonArray array(HttpResponse<String> r) {
        return (JsonArray) structure(r);
    }

    private static JsonStructure structure(HttpResponse<String> r) {
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.read();
        }
    }

    // ---- fixtures

    /** An eligible provincial society, API.md shape. */
    public static String society(String code, String name) {
        return """
                {"code": "%s", "name": %s, "type": "PROVINCIAL_SOCIETY", "affiliatedToJast": true,
                 "capabilityEvaluationLastYear": true, "annualInspectionLastYear": "PASSED",
                 "integrityIncidents": [], "failedAssessments": [], "partyWorkingGroup": true,
                 "independentPartyBranch": true, "staff": {"fullTime": 4, "partTime": 3},
                 "professionalSecretariatStaff": true, "journals": [], "awards": []}
                """.formatted(code, Json.createValue(name).toString());
    }

    /** Creates a society and its SOCIETY account (named like the code, lower case). */
    public String societyWithAccount(String code) {
        check(send("POST", "api/test/fixtures/societies", null, "application/json", society(code, "江苏省测试学会 " + code)));
        String user = code.toLowerCase();
        account(user, "SOCIETY", code);
        return user;
    }

    public void account(String user, String role, String society) {
        check(send("POST", "api/test/fixtures/accounts?username=" + enc(user) + "&password=" + enc(PASSWORD)
                + "&role=" + role + (society == null ? "" : "&society=" + enc(society)), null, null, null));
    }

    /** Stores a plan year (test fixture), e.g. a later year to check ELIG-5 against. */
    public void plan(String planJson) {
        check(send("POST", "api/test/fixtures/plans", null, "application/json", planJson));
    }

    public void moveClock(String instant) {
        check(send("PUT", "api/test/fixtures/clock?at=" + enc(instant), null, null, null));
    }

    /** Sets the application's clock to an instant from which it runs on in real time. */
    public void runClockFrom(String instant) {
        check(send("PUT", "api/test/fixtures/clock?running=true&at=" + enc(instant), null, null, null));
    }

    public void resetClock() {
        check(send("DELETE", "api/test/fixtures/clock", null, null, null));
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("fixture failed: " + r.statusCode() + " " + r.body());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- applications

    /**
     * A members' home application (category 7: no sub-project, no conditions beyond eligibility), its whole
     * 2021 form filled, so that it can be submitted.
     */
    public static String membersHome(String title) {
        return ofCategory("MEMBERS_HOME", title);
    }

    /** An application to a category without sub-projects (FIRST_CLASS, MEMBERS_HOME, DEVELOPMENT_SUPPORT), its form complete. */
    public static String ofCategory(String category, String title) {
        return """
                {"category": "%s", "title": %s, "declaredNotInKechuangJiangsu": true, "attachments": [],
                 "form": {%s%s}}
                """.formatted(category, Json.createValue(title).toString(), COMMON_FORM, categoryPart(category));
    }

    /** The same application with nothing in its form: saved as a draft, but not complete. */
    public static String withoutForm(String category, String title) {
        return """
                {"category": "%s", "title": %s, "declaredNotInKechuangJiangsu": true, "attachments": []}
                """.formatted(category, Json.createValue(title).toString());
    }

    /**
     * A featured-society application (category 2) under {@code subProject} (FEATURED_ACADEMIC or
     * FEATURED_THINK_TANK), its form complete: the category's section and the sub-project's.
     */
    public static String featured(String subProject, String title) {
        String part = switch (subProject) {
            case "FEATURED_ACADEMIC" -> """
                    , "academicFeature": {"brandEvents": [{"name": "江苏青年学术论坛", "date": "2021-10-20", "participants": 200}]}""";
            case "FEATURED_THINK_TANK" -> """
                    , "thinkTankFeature": {"researchTopics": "长三角科技创新协同发展研究。", "plannedProposals": 5}""";
            default -> throw new IllegalArgumentException(subProject);
        };
        return """
                {"category": "FEATURED", "subProject": "%s", "title": %s, "declaredNotInKechuangJiangsu": true,
                 "attachments": [], "form": {%s, "featured": {"featureGoals": "形成学会特色工作品牌。",
                 "brandWork": "以品牌活动带动会员参与。"}%s}}
                """.formatted(subProject, Json.createValue(title).toString(), COMMON_FORM, part);
    }

    /** The whole 2021 form of an academic exchange (its facts are the application's {@code event}), as a JSON object. */
    public static String academicExchangeForm() {
        return "{" + COMMON_FORM + ", \"event\": {\"topic\": \"人工智能与数字经济融合发展\", "
                + "\"venue\": \"南京国际博览会议中心\", \"format\": \"ONLINE_AND_OFFLINE\"}}";
    }

    /** An academic exchange (品牌学术交流) whose event runs 2021-10-15..10-17 in Jiangsu, its form complete. */
    public static String academicExchange(String title) {
        JsonObject event = Json.createObjectBuilder().add("name", title).add("startDate", "2021-10-15")
                .add("endDate", "2021-10-17").add("inJiangsu", true).add("hostRole", "HOST").add("international", false)
                .add("plannedParticipants", 300).add("plannedForeignParticipants", 0).add("plannedForeignCountries", 0)
                .build();
        return Json.createObjectBuilder().add("category", "ACADEMIC_EXCHANGE").add("subProject", "EXCHANGE_BRAND")
                .add("title", title).add("declaredNotInKechuangJiangsu", true).add("event", event)
                .add("attachments", Json.createArrayBuilder())
                .add("form", Json.createReader(new java.io.StringReader(academicExchangeForm())).readObject())
                .build().toString();
    }

    /** The part of the 2021 form common to every application, filled as a society would. */
    public static final String COMMON_FORM = """
            "summary": {"abstract": "围绕会员需求开展学术交流、科技服务和科普活动，提升学会服务能力。",
                        "period": {"from": "2021-06-01", "to": "2021-12-31"}},
            "goals": {"objectives": "建成服务会员、凝聚会员的工作平台。", "tasks": "完善制度，开展活动，做好宣传。"},
            "workPlan": {"plan": "6月启动，9月中期检查，12月总结。",
                         "milestones": [{"due": "2021-09-30", "milestone": "完成中期检查", "deliverable": "中期报告"},
                                        {"due": "2021-12-31", "milestone": "项目总结", "deliverable": "总结报告"}]},
            "contact": {"leaderName": "王建国", "leaderPost": "秘书长", "leaderPhone": "025-83310001",
                        "contactName": "李敏", "contactPhone": "13905140001", "contactEmail": "limin@example.org.cn"},
            "team": {"members": [{"name": "王建国", "unit": "江苏省测试学会", "title": "研究员", "role": "项目总负责"},
                                 {"name": "李敏", "unit": "江苏省测试学会", "title": "工程师", "role": "组织实施"}]},
            "budget": {"amountRequested": 50000.00, "selfFunding": 10000.00,
                       "lines": [{"kind": "MEETING", "amount": 30000.00, "basis": "2次活动，每次15000元"},
                                 {"kind": "PRINTING", "amount": 20000.00, "basis": "资料印制2000册"}]},
            "outcomes": {"outcomes": "形成年度工作报告，会员满意度提升。",
                         "indicators": [{"indicator": "开展活动", "target": "不少于4场"}]}""";

    private static String categoryPart(String category) {
        return switch (category) {
            case "MEMBERS_HOME" -> """
                    , "membersHome": {"premises": "南京市玄武区北京东路1号", "premisesArea": 120,
                                    "facilities": "会议室、阅览室、展示区", "onlineHomes": ["WEBSITE", "OFFICIAL_ACCOUNT"],
                                    "onlineDetails": "学会网站、学会公众号", "managerName": "张华",
                                    "managerPhone": "025-83310002", "annualBudget": 30000.00}""";
            case "FIRST_CLASS" -> """
                    , "firstClass": {"capabilities": ["ACADEMIC_LEADERSHIP", "SOCIAL_INFLUENCE"],
                                   "directions": ["ACADEMIC_BRAND", "JOURNAL"],
                                   "capabilityGoals": "提升学术引领力和社会影响力。",
                                   "directionTasks": "打造品牌学术年会，建设一流期刊。",
                                   "benchmarking": "对标全国一流学会，补齐期刊短板。"}""";
            case "DEVELOPMENT_SUPPORT" -> """
                    , "developmentSupport": {"problems": "专职人员不足，经费来源单一。", "organisation": "健全理事会和秘书处。",
                                           "mechanisms": "完善财务和会员管理制度。", "business": "拓展继续教育业务。",
                                           "targets": "年内发展会员200人，责任到人。"}""";
            default -> "";
        };
    }

    /** Creates a draft and answers its id. */
    public String draft(String user, String applicationJson) {
        HttpResponse<String> r = post("api/v1/applications?year=2021", user, applicationJson);
        if (r.statusCode() != 201) {
            throw new IllegalStateException("draft failed: " + r.statusCode() + " " + r.body());
        }
        return json(r).getString("id");
    }
}
