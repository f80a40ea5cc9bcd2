import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #15: a bounded load generator for the JAST plan, JDK 17 only, run without a build:
 *
 * <pre>
 *   java load/LoadGen.java seed --base URL --societies N --out FILE [--submit] [--threads 8] [--prefix S-LD]
 *   java load/LoadGen.java run  --base URL --clients 200 --duration 60 --cap 2000000 --mix check=6,submit=2,page=2
 *                               [--warmup 10] [--timeout 10] [--check-drafts FILE] [--submit-drafts FILE]
 *                               [--acks FILE] [--office USER] [--label NAME]
 *   java load/LoadGen.java verify --base URL --acks FILE [--drafts FILE]
 * </pre>
 *
 * {@code seed} makes societies with one SOCIETY account each (the test-only fixtures, /api/test/fixtures) and
 * one complete members' home draft each, submitted with {@code --submit}; it writes "id user" per draft.
 * {@code run} starts a fixed pool of client threads, each picking a kind by the weights of {@code --mix} per
 * request, until the duration is over or the cap of requests is reached; requests that finish in the warm-up
 * are not counted. Kinds: {@code trivial} (GET /api/test/trivial), {@code ajax} (one Ajax event of the trivial
 * PrimeFaces page probe-ajax.xhtml, the client's own view), {@code check} (POST
 * /api/v1/applications/{id}/check as the draft's society), {@code submit} (POST .../submit of the next unused
 * draft; a 200 is an acknowledged submission, written with its fingerprint to {@code --acks}), {@code page}
 * (the office dashboard /office/index.xhtml in the client's own session, logged in through the login form),
 * {@code subs} (the office's submissions table /office/submissions.xhtml, likewise). With {@code --refusal-ok}
 * a submission refused by the rules (422) counts as answered (item 4 times submissions the LIMIT rules refuse).
 * Per kind it prints count, errors, time-outs, throughput and p50/p90/p99/max, and a RESULT line to grep.
 */
public final class LoadGen {

    static final String PASSWORD = "correct horse battery staple";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern FINGERPRINT = Pattern.compile("\"fingerprint\"\\s*:\\s*\"([0-9a-fA-F]+)\"");
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** PrimeFaces' CSP nonce of a page; its Ajax requests send it back as {@code primefaces.nonce}. */
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    static HttpClient http;
    static boolean REFUSAL_OK;
    static URI base;
    static Duration timeout;

    public static void main(String[] argv) throws Exception {
        if (argv.length == 0) {
            System.err.println("usage: LoadGen seed|run --base URL ...");
            System.exit(2);
        }
        Map<String, String> a = options(Arrays.copyOfRange(argv, 1, argv.length));
        base = URI.create(a.getOrDefault("base", "http://127.0.0.1:38080/"));
        timeout = Duration.ofSeconds(Long.parseLong(a.getOrDefault("timeout", "10")));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        switch (argv[0]) {
            case "seed" -> seed(a);
            case "run" -> run(a);
            case "verify" -> verify(a);
            case "warm" -> warm(a);
            default -> {
                System.err.println("unknown command " + argv[0]);
                System.exit(2);
            }
        }
        System.exit(0);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + args[i]);
            }
            String k = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                m.put(k, args[++i]);
            } else {
                m.put(k, "true");
            }
        }
        return m;
    }

    // ---- HTTP

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path).POST(json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", basic(user));
        }
        return send(b);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void fixture(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("fixture failed: " + r.statusCode() + " " + r.body());
        }
    }

    static void account(String user, String role, String society) throws Exception {
        fixture(post("api/test/fixtures/accounts?username=" + enc(user) + "&password=" + enc(PASSWORD) + "&role=" + role
                + (society == null ? "" : "&society=" + enc(society)), null, null));
    }

    // ---- seed

    static String society(String code, String name) {
        return """
                {"code": "%s", "name": "%s", "type": "PROVINCIAL_SOCIETY", "affiliatedToJast": true,
                 "capabilityEvaluationLastYear": true, "annualInspectionLastYear": "PASSED",
                 "integrityIncidents": [], "failedAssessments": [], "partyWorkingGroup": true,
                 "independentPartyBranch": true, "staff": {"fullTime": 4, "partTime": 3},
                 "professionalSecretariatStaff": true, "journals": [], "awards": []}
                """.formatted(code, name);
    }

    /** The members' home application of the web ITs' ApiClient, its whole 2021 form filled. */
    static String membersHome(String title) {
        return """
                {"category": "MEMBERS_HOME", "title": "%s", "declaredNotInKechuangJiangsu": true, "attachments": [],
                 "form": {
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
                             "indicators": [{"indicator": "开展活动", "target": "不少于4场"}]},
                "membersHome": {"premises": "南京市玄武区北京东路1号", "premisesArea": 120,
                                "facilities": "会议室、阅览室、展示区", "onlineHomes": ["WEBSITE", "OFFICIAL_ACCOUNT"],
                                "onlineDetails": "学会网站、学会公众号", "managerName": "张华",
                                "managerPhone": "025-83310002", "annualBudget": 30000.00}}}
                """.formatted(title);
    }

    static void seed(Map<String, String> a) throws Exception {
        int n = Integer.parseInt(a.getOrDefault("societies", "10"));
        boolean submit = a.containsKey("submit");
        String prefix = a.getOrDefault("prefix", "S-LD") + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Path out = Path.of(a.getOrDefault("out", "drafts.txt"));
        int threads = Integer.parseInt(a.getOrDefault("threads", "8"));
        if (a.containsKey("office")) {
            account(a.get("office"), "OFFICE", null);
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<String>> made = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = prefix + "-" + i;
            made.add(pool.submit(() -> {
                fixture(post("api/test/fixtures/societies", null, society(code, "江苏省负载测试学会 " + code)));
                String user = code.toLowerCase();
                account(user, "SOCIETY", code);
                HttpResponse<String> r = post("api/v1/applications?year=2021", user, membersHome("会员之家 " + code));
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("draft failed: " + r.statusCode() + " " + r.body());
                }
                Matcher m = ID.matcher(r.body());
                m.find();
                String id = m.group(1);
                if (submit) {
                    HttpResponse<String> s = post("api/v1/applications/" + id + "/submit", user, null);
                    if (s.statusCode() != 200) {
                        throw new IllegalStateException("submission failed: " + s.statusCode() + " " + s.body());
                    }
                }
                return id + " " + user;
            }));
        }
        List<String> lines = new ArrayList<>();
        for (Future<String> f : made) {
            lines.add(f.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();
        Files.write(out, lines);
        System.out.printf("seed: %d societies, %d drafts%s in %.1f s -> %s%n", n, lines.size(), submit ? " submitted" : "",
                (System.nanoTime() - t0) / 1e9, out);
    }

    // ---- warm

    /**
     * Logs every account of the drafts files ({@code --drafts a.txt,b.txt}) in once over REST, a few at a time, so
     * that a measured phase starts with what a deadline's users have: accounts logged in shortly before. Prints how
     * long that took and how many PBKDF2 checks the server ran for it.
     */
    static void warm(Map<String, String> a) throws Exception {
        List<String[]> all = new ArrayList<>();
        for (String f : a.getOrDefault("drafts", "").split(",")) {
            if (!f.isBlank()) {
                all.addAll(drafts(f));
            }
        }
        int threads = Integer.parseInt(a.getOrDefault("threads", "4"));
        long checks = passwordChecks();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> answers = new ArrayList<>();
        for (String[] d : all) {
            answers.add(pool.submit(() -> send(request("api/v1/applications/" + d[0]).header("Authorization", basic(d[1]))
                    .GET()).statusCode()));
        }
        int bad = 0;
        for (Future<Integer> f : answers) {
            bad += f.get(10, TimeUnit.MINUTES) == 200 ? 0 : 1;
        }
        pool.shutdown();
        System.out.printf("warm: %d accounts logged in in %.1f s, %d not 200, %d PBKDF2 checks on the server%n",
                all.size(), (System.nanoTime() - t0) / 1e9, bad, passwordChecks() - checks);
        if (bad > 0) {
            throw new IllegalStateException(bad + " logins failed");
        }
    }

    /** The server's count of PBKDF2 checks (test fixture of the load WAR). */
    static long passwordChecks() throws IOException, InterruptedException {
        HttpResponse<String> r = send(request("api/test/fixtures/password-checks").GET());
        return r.statusCode() == 200 ? Long.parseLong(r.body().trim()) : -1;
    }

    // ---- verify

    static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");

    /**
     * After a crash: every acknowledged submission ("id user fingerprint" of {@code --acks}) must be SUBMITTED
     * with that fingerprint (else lost), acknowledged once, and its society must hold exactly one submitted
     * application (else duplicated). With {@code --drafts}, also counts the drafts never acknowledged that were
     * submitted all the same (the answer lost in the crash: allowed, not acknowledged).
     */
    static void verify(Map<String, String> a) throws Exception {
        List<String[]> acks = drafts(a.get("acks"));
        Map<String, Integer> seen = new HashMap<>();
        int duplicated = 0;
        List<String[]> once = new ArrayList<>();
        for (String[] ack : acks) {
            if (seen.merge(ack[0], 1, Integer::sum) > 1) {
                duplicated++;
            } else {
                once.add(ack);
            }
        }
        // in parallel: after a restart every account's first request costs a PBKDF2 check
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(a.getOrDefault("threads", "8")));
        List<Future<String>> outcomes = new ArrayList<>();
        for (String[] ack : once) {
            outcomes.add(pool.submit(() -> {
                HttpResponse<String> r = send(request("api/v1/applications/" + ack[0]).GET().header("Authorization", basic(ack[1])));
                Matcher st = STATE.matcher(r.body());
                Matcher fp = FINGERPRINT.matcher(r.body());
                if (r.statusCode() != 200 || !st.find() || !st.group(1).equals("SUBMITTED") || !fp.find()
                        || !fp.group(1).equalsIgnoreCase(ack[2])) {
                    return "LOST " + String.join(" ", ack) + " -> " + r.statusCode() + " " + r.body();
                }
                HttpResponse<String> l = send(request("api/v1/applications?year=2021&state=SUBMITTED").GET()
                        .header("Authorization", basic(ack[1])));
                Matcher ids = ID.matcher(l.body());
                int submitted = 0;
                while (ids.find()) {
                    submitted++;
                }
                return l.statusCode() == 200 && submitted == 1 ? null
                        : "DUPLICATED " + String.join(" ", ack) + " -> " + l.statusCode() + " " + submitted + " submitted";
            }));
        }
        int lost = 0;
        for (Future<String> f : outcomes) {
            String o = f.get(10, TimeUnit.MINUTES);
            if (o != null) {
                System.out.println(o);
                if (o.startsWith("LOST")) {
                    lost++;
                } else {
                    duplicated++;
                }
            }
        }
        pool.shutdown();
        int unacknowledged = 0;
        for (String[] d : drafts(a.get("drafts"))) {
            if (!seen.containsKey(d[0])) {
                HttpResponse<String> r = send(request("api/v1/applications/" + d[0]).GET().header("Authorization", basic(d[1])));
                Matcher st = STATE.matcher(r.body());
                if (r.statusCode() == 200 && st.find() && st.group(1).equals("SUBMITTED")) {
                    unacknowledged++;
                }
            }
        }
        System.out.printf("VERIFY acknowledged=%d lost=%d duplicated=%d submitted_without_acknowledgement=%d%n", acks.size(),
                lost, duplicated, unacknowledged);
    }

    // ---- run

    static final class Stats {
        final List<Long> nanos = new ArrayList<>();
        long errors;
        long timeouts;
        final Map<String, Integer> errorKinds = new LinkedHashMap<>();

        void error(String what) {
            errors++;
            errorKinds.merge(what, 1, Integer::sum);
        }

        void add(Stats o) {
            nanos.addAll(o.nanos);
            errors += o.errors;
            timeouts += o.timeouts;
            o.errorKinds.forEach((k, v) -> errorKinds.merge(k, v, Integer::sum));
        }
    }

    /** One client: its own session cookies and page state. */
    static final class Client {
        final Map<String, String> cookies = new LinkedHashMap<>();
        String ajaxViewState;
        String ajaxNonce;
        boolean loggedIn;
        /** A submission whose answer did not come (refused connection, reset): sent again before a new one. */
        String[] pendingSubmit;

        HttpRequest.Builder withCookies(HttpRequest.Builder b) {
            if (!cookies.isEmpty()) {
                StringBuilder s = new StringBuilder();
                cookies.forEach((k, v) -> s.append(s.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                b.header("Cookie", s.toString());
            }
            return b;
        }

        HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
            HttpResponse<String> r = LoadGen.send(withCookies(b));
            for (String c : r.headers().allValues("set-cookie")) {
                String nv = c.split(";", 2)[0];
                int eq = nv.indexOf('=');
                if (eq > 0) {
                    cookies.put(nv.substring(0, eq).trim(), nv.substring(eq + 1).trim());
                }
            }
            return r;
        }
    }

    static String form(String... kv) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            s.append(s.length() == 0 ? "" : "&").append(enc(kv[i])).append('=').append(enc(kv[i + 1]));
        }
        return s.toString();
    }

    static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        return m.find() ? m.group(1).replace("&#58;", ":").replace("&amp;", "&") : null;
    }

    static String origin() {
        return base.getScheme() + "://" + base.getAuthority();
    }

    /** Logs the client into the pages as the office through the login form (index.xhtml); not timed. */
    static void login(Client c, String user) throws Exception {
        HttpResponse<String> front = c.send(request("index.xhtml").GET());
        String vs = viewState(front.body());
        if (front.statusCode() != 200 || vs == null) {
            throw new IllegalStateException("front page: " + front.statusCode());
        }
        HttpResponse<String> r = c.send(request("index.xhtml").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(form("login", "login", "login:username", user, "login:password",
                        PASSWORD, "login:submit", "", "jakarta.faces.ViewState", vs))));
        if (r.statusCode() / 100 != 3 && r.statusCode() != 200) {
            throw new IllegalStateException("login: " + r.statusCode());
        }
        c.loggedIn = true;
    }

    static void run(Map<String, String> a) throws Exception {
        int clients = Integer.parseInt(a.getOrDefault("clients", "200"));
        long durationNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(a.getOrDefault("duration", "60")));
        long warmupNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(a.getOrDefault("warmup", "0")));
        long cap = Long.parseLong(a.getOrDefault("cap", "2000000"));
        String label = a.getOrDefault("label", "run");
        String office = a.getOrDefault("office", "office-load");
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (String part : a.getOrDefault("mix", "trivial=1").split(",")) {
            String[] kv = part.split("=");
            mix.put(kv[0], kv.length > 1 ? Integer.parseInt(kv[1]) : 1);
        }
        REFUSAL_OK = a.containsKey("refusal-ok");
        List<String[]> checkDrafts = drafts(a.get("check-drafts"));
        List<String[]> submitDrafts = drafts(a.get("submit-drafts"));
        AtomicInteger nextSubmit = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        PrintWriter acks = a.containsKey("acks")
                ? new PrintWriter(Files.newBufferedWriter(Path.of(a.get("acks")), StandardCharsets.UTF_8), true) : null;
        String[] kinds = mix.keySet().toArray(String[]::new);
        int[] weights = mix.values().stream().mapToInt(Integer::intValue).toArray();
        int total = Arrays.stream(weights).sum();

        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        long checksBefore = passwordChecks();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = start + warmupNanos + durationNanos;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, Stats>>> running = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            running.add(pool.submit(() -> {
                Map<String, Stats> mine = new HashMap<>();
                Client c = new Client();
                while (System.nanoTime() < end && sent.get() < cap) {
                    int pick = ThreadLocalRandom.current().nextInt(total);
                    String kind = kinds[0];
                    for (int k = 0, acc = 0; k < kinds.length; k++) {
                        acc += weights[k];
                        if (pick < acc) {
                            kind = kinds[k];
                            break;
                        }
                    }
                    String[] draft = null;
                    if (kind.equals("submit") && c.pendingSubmit != null) {
                        draft = c.pendingSubmit;
                    } else if (kind.equals("submit")) {
                        int i = nextSubmit.getAndIncrement();
                        if (i >= submitDrafts.size()) {
                            if (kinds.length == 1) {
                                break;
                            }
                            continue;
                        }
                        draft = submitDrafts.get(i);
                    } else if (kind.equals("check")) {
                        draft = checkDrafts.get(ThreadLocalRandom.current().nextInt(checkDrafts.size()));
                    }
                    Stats s = mine.computeIfAbsent(kind, k -> new Stats());
                    sent.incrementAndGet();
                    long t0 = System.nanoTime();
                    try {
                        c.pendingSubmit = null;
                        String problem = one(kind, c, draft, office, acks);
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (problem == null) {
                                s.nanos.add(t1 - t0);
                            } else {
                                s.error(problem);
                            }
                        }
                    } catch (HttpTimeoutException e) {
                        if (kind.equals("submit")) {
                            c.pendingSubmit = draft;
                        }
                        if (t0 >= measureFrom) {
                            s.timeouts++;
                        }
                    } catch (IOException e) {
                        if (kind.equals("submit")) {
                            c.pendingSubmit = draft;
                        }
                        if (t0 >= measureFrom) {
                            s.error(e instanceof ConnectException ? "connect"
                                    : e.getMessage() != null && e.getMessage().startsWith("status")
                                    ? e.getMessage().split(" ")[0] + "-resent" : e.getClass().getSimpleName());
                        }
                        Thread.sleep(50);
                    }
                }
                return mine;
            }));
        }
        Map<String, Stats> all = new LinkedHashMap<>();
        for (String k : kinds) {
            all.put(k, new Stats());
        }
        for (Future<Map<String, Stats>> f : running) {
            f.get(durationNanos + warmupNanos + TimeUnit.MINUTES.toNanos(2), TimeUnit.NANOSECONDS)
                    .forEach((k, v) -> all.get(k).add(v));
        }
        long stop = System.nanoTime();
        pool.shutdownNow();
        if (acks != null) {
            acks.close();
        }
        double seconds = (Math.min(stop, end) - measureFrom) / 1e9;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        long checks = passwordChecks() - checksBefore;
        System.out.printf("%s: %d clients, %.1f s measured (after %d s warm-up), %d requests sent, %d PBKDF2 checks on the"
                        + " server; loadavg before %s, after %s%n",
                label, clients, seconds, warmupNanos / 1_000_000_000L, sent.get(), checks, loadBefore, loadAfter);
        System.out.printf("%-8s %8s %6s %6s %9s %8s %8s %8s %8s%n", "kind", "ok", "errors", "t/o", "req/s", "p50 ms",
                "p90 ms", "p99 ms", "max ms");
        for (Map.Entry<String, Stats> e : all.entrySet()) {
            Stats s = e.getValue();
            long[] v = s.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            double rps = v.length / seconds;
            System.out.printf("%-8s %8d %6d %6d %9.1f %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), v.length, s.errors, s.timeouts,
                    rps, pct(v, 50), pct(v, 90), pct(v, 99), pct(v, 100));
            System.out.printf("RESULT label=%s kind=%s clients=%d seconds=%.1f ok=%d errors=%d timeouts=%d rps=%.1f p50=%.1f"
                            + " p90=%.1f p99=%.1f max=%.1f errorKinds=%s load=\"%s\"%n", label, e.getKey(), clients, seconds,
                    v.length, s.errors, s.timeouts, rps, pct(v, 50), pct(v, 90), pct(v, 99), pct(v, 100),
                    s.errorKinds.toString().replace(' ', '_'), loadAfter);
        }
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static List<String[]> drafts(String file) throws IOException {
        List<String[]> l = new ArrayList<>();
        if (file != null) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (!line.isBlank()) {
                    l.add(line.trim().split(" "));
                }
            }
        }
        return l;
    }

    /** One request of a kind; answers null when it succeeded, else what was wrong. */
    static String one(String kind, Client c, String[] draft, String office, PrintWriter acks) throws Exception {
        switch (kind) {
            case "trivial": {
                HttpResponse<String> r = send(request("api/test/trivial").GET());
                return r.statusCode() == 200 ? null : "status" + r.statusCode();
            }
            case "ajax": {
                if (c.ajaxViewState == null) {
                    HttpResponse<String> p = c.send(request("probe-ajax.xhtml").GET());
                    c.ajaxViewState = viewState(p.body());
                    Matcher n = NONCE.matcher(p.body());
                    c.ajaxNonce = n.find() ? n.group(1) : "";
                    if (p.statusCode() != 200 || c.ajaxViewState == null) {
                        c.ajaxViewState = null;
                        return "page" + p.statusCode();
                    }
                }
                String text = "x".repeat(ThreadLocalRandom.current().nextInt(1, 40));
                HttpResponse<String> r = c.send(request("probe-ajax.xhtml")
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                        .header("Origin", origin())
                        .POST(HttpRequest.BodyPublishers.ofString(form("jakarta.faces.partial.ajax", "true",
                                "jakarta.faces.source", "f:text", "jakarta.faces.partial.execute", "f:text",
                                "jakarta.faces.partial.render", "f:length", "jakarta.faces.behavior.event", "keyup",
                                "jakarta.faces.partial.event", "keyup", "f", "f", "f:text", text,
                                "jakarta.faces.ViewState", c.ajaxViewState, "primefaces.nonce", c.ajaxNonce))));
                if (r.statusCode() != 200 || !r.body().contains("<partial-response") || r.body().contains("<error")) {
                    c.ajaxViewState = null;
                    return "ajax" + r.statusCode();
                }
                return r.body().contains(">" + text.length() + "<") ? null : "ajax-wrong-answer";
            }
            case "check": {
                HttpResponse<String> r = post("api/v1/applications/" + draft[0] + "/check", draft[1], null);
                return r.statusCode() == 200 ? null : "status" + r.statusCode();
            }
            case "submit": {
                HttpResponse<String> r = post("api/v1/applications/" + draft[0] + "/submit", draft[1], null);
                boolean fromTheApplication = r.headers().firstValue("Content-Type").orElse("").contains("json");
                if (r.statusCode() == 404 || r.statusCode() == 503 || r.statusCode() == 502 || r.statusCode() == 504
                        || (r.statusCode() == 500 && !fromTheApplication)) {
                    // a server started again answers before the application is deployed (404; and Payara's default
                    // module answers 500 with an HTML page for a moment while the application takes over "/"), a
                    // proxy answers 502/504 for an instance that died with the request: sent again, as a user
                    // would; a submission sent twice is refused the second time, never stored twice
                    throw new IOException("status" + r.statusCode() + " (no answer from the application)");
                }
                if (r.statusCode() == 422 && REFUSAL_OK) {
                    return null; // --refusal-ok: a refusal by the rules is the answer measured (growth, item 4)
                }
                if (r.statusCode() != 200) {
                    return "status" + r.statusCode();
                }
                Matcher m = FINGERPRINT.matcher(r.body());
                if (!m.find()) {
                    return "no-fingerprint";
                }
                if (acks != null) {
                    synchronized (acks) {
                        acks.println(draft[0] + " " + draft[1] + " " + m.group(1));
                    }
                }
                return null;
            }
            case "page":
            case "subs": {
                if (!c.loggedIn) {
                    login(c, office);
                }
                // page: the office's dashboard; subs: the office's submissions table (its first page)
                HttpResponse<String> r = c.send(request(kind.equals("page") ? "office/index.xhtml"
                        : "office/submissions.xhtml").GET());
                if (r.statusCode() != 200 || !r.body().contains("logoutForm")) {
                    c.loggedIn = false;
                    c.cookies.clear();
                    return "page" + r.statusCode();
                }
                return null;
            }
            default:
                throw new IllegalArgumentException("unknown kind " + kind);
        }
    }
}
