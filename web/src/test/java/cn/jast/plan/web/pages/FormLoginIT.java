package cn.jast.plan.web.pages;

import cn.jast.plan.web.ApiClient;
import cn.jast.plan.web.Deployments;
import cn.jast.plan.web.pages.probe.FailingPage;
import cn.jast.plan.web.pages.probe.PageSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' form login and sessions on a real Payara Micro (issue #8 items 2, 3 and 7): the same
 * accounts as the REST API; a new session id at login; cookies HttpOnly and SameSite=Lax; the idle
 * timeout from configuration; logout that ends the session; the REST API never honours the session;
 * forged and cross-site posts change nothing; errors without a trace; the pages' CSP.
 */
@ExtendWith(ArquillianExtension.class)
class FormLoginIT {
    private static final String USER = "s-9101";
    private static final Pattern PROBE_USER = Pattern.compile("<p id=\"user\">([^<]*)</p>");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithPageProbes();
    }

    @BeforeEach
    void accounts() {
        new ApiClient(base).societyWithAccount("S-9101");
    }

    @Test
    void theFrontPageIsAtTheRootWithAContentSecurityPolicyWhoseNonceItsScriptsCarry() {
        PageClient visitor = new PageClient(base);
        HttpResponse<String> page = visitor.get("");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(page.body()).contains("lang=\"zh-CN\"").contains("江苏省科协学会能力提升计划申报系统");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .contains("base-uri 'self'").contains("form-action 'self'").doesNotContain("unsafe-eval");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'").matcher(csp);
        assertThat(nonce.find()).as(csp).isTrue();
        assertThat(csp.substring(csp.indexOf("script-src"))).doesNotContain("unsafe-inline");
        // every script of the page carries this answer's nonce (none would run otherwise)
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group(1)).contains("nonce=\"" + nonce.group(1) + "\"");
            count++;
        }
        assertThat(count).isPositive();
        assertThat(visitor.get("").headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a fresh nonce for every answer").isNotEqualTo(csp);
    }

    @Test
    void aLoginGetsANewSessionWithSafeCookiesTheConfiguredIdleTimeoutAndLogoutEndsIt() {
        PageClient visitor = new PageClient(base);
        HttpResponse<String> front = visitor.get("");
        String before = visitor.session();
        assertThat(before).as("the login form's session").isNotNull();
        assertThat(PageClient.setCookies(front, "JSESSIONID")).singleElement().satisfies(c ->
                assertThat(c).containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));

        HttpResponse<String> login = visitor.post("index.xhtml", PageClient.withNonce(
                PageClient.loginForm(PageClient.viewState(front.body()), USER, ApiClient.PASSWORD), front.body()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().endsWith("/society/dashboard.xhtml");
        String after = visitor.session();
        assertThat(after).as("a new session id at login").isNotEqualTo(before);
        assertThat(PageClient.setCookies(login, "JSESSIONID")).isNotEmpty().allSatisfy(c ->
                assertThat(c).containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));

        HttpResponse<String> probe = visitor.get("probe-session.xhtml");
        assertThat(probeUser(probe)).isEqualTo(USER);
        assertThat(probe.body()).contains("<p id=\"idle\">" + PageSettings.IDLE_SECONDS + "</p>");

        PageClient planted = new PageClient(base);
        planted.cookies.put("JSESSIONID", before);
        assertThat(probeUser(planted.get("probe-session.xhtml"))).as("the id from before the login is worth nothing")
                .isEqualTo("anonymous");

        // the REST API is sessionless: the page's cookie is no credential there, and it makes no session
        HttpResponse<String> api = visitor.get("api/test/whoami/society");
        assertThat(api.statusCode()).isEqualTo(401);
        // no session made or renewed; the sessions are replicated (web.xml <distributable/>), so Payara may stamp
        // the existing one's version (JSESSIONIDVERSION), which is no session and no credential
        assertThat(api.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        HttpResponse<String> home = visitor.get("");
        HttpResponse<String> logout = visitor.post("index.xhtml", PageClient.withNonce(Map.of("logoutForm", "logoutForm",
                "logoutForm:logout", "", "jakarta.faces.ViewState", PageClient.viewState(home.body())), home.body()));
        assertThat(logout.statusCode()).isEqualTo(302);
        PageClient stale = new PageClient(base);
        stale.cookies.put("JSESSIONID", after);
        assertThat(probeUser(stale.get("probe-session.xhtml"))).as("logout ended the session").isEqualTo("anonymous");
        HttpResponse<String> protectedPage = stale.get("society/dashboard.xhtml");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location")).get().asString()
                .endsWith("/index.xhtml?login=required");
    }

    @Test
    void theRestApiKeepsItsBasicLoginWithoutSessionAndAPageIgnoresBasicCredentials() {
        ApiClient api = new ApiClient(base);
        HttpResponse<String> rest = api.get("api/test/whoami/society", USER);
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(rest.headers().firstValue("Set-Cookie")).as("no session").isEmpty();

        PageClient page = new PageClient(base);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((USER + ":" + ApiClient.PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(probeUser(page.get("probe-session.xhtml", "Authorization", basic))).isEqualTo("anonymous");
        assertThat(page.get("society/dashboard.xhtml", "Authorization", basic).statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordIsRefusedOnThePageAndAnotherRoleIsNotAllowedIn() {
        PageClient visitor = new PageClient(base);
        HttpResponse<String> wrong = visitor.login(USER, "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("用户名或密码不正确").doesNotContain("Exception");
        assertThat(probeUser(visitor.get("probe-session.xhtml"))).isEqualTo("anonymous");

        PageClient unknown = new PageClient(base);
        assertThat(unknown.login("nobody-at-all", "x").body()).as("the same answer for an unknown name")
                .contains("用户名或密码不正确");

        PageClient society = new PageClient(base);
        assertThat(society.login(USER, ApiClient.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> office = society.get("office/index.xhtml");
        assertThat(office.statusCode()).isEqualTo(403);
        assertThat(office.body()).contains("无权访问").doesNotContain("Exception");
    }

    @Test
    void aForgedOrCrossSitePostChangesNothing() {
        // a view state this session never issued: the post finds no view, and nobody is logged in
        PageClient forger = new PageClient(base);
        String forgerPage = forger.get("").body();
        HttpResponse<String> forged = forger.post("index.xhtml",
                PageClient.withNonce(PageClient.loginForm("-1234:5678", USER, ApiClient.PASSWORD), forgerPage));
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).get().asString().endsWith("/error.xhtml?reason=expired");
        assertThat(probeUser(forger.get("probe-session.xhtml"))).isEqualTo("anonymous");
        HttpResponse<String> expired = forger.get("error.xhtml?reason=expired");
        assertThat(expired.body()).contains("页面已过期");

        // another visitor's view state, replayed in this session: refused alike
        PageClient other = new PageClient(base);
        String othersState = PageClient.viewState(other.get("").body());
        PageClient replay = new PageClient(base);
        String replayPage = replay.get("").body();
        replay.post("index.xhtml", PageClient.withNonce(PageClient.loginForm(othersState, USER, ApiClient.PASSWORD),
                replayPage));
        assertThat(probeUser(replay.get("probe-session.xhtml"))).isEqualTo("anonymous");

        // a real form and view state, posted from another site: 403 before Faces sees it
        PageClient victim = new PageClient(base);
        String page = victim.get("").body();
        Map<String, String> form = PageClient.withNonce(PageClient.loginForm(PageClient.viewState(page), USER,
                ApiClient.PASSWORD), page);
        HttpResponse<String> crossSite = victim.post("index.xhtml", form,
                "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(probeUser(victim.get("probe-session.xhtml"))).isEqualTo("anonymous");
        // the same post from the page itself goes through
        assertThat(victim.post("index.xhtml", form,
                "Origin", victim.base.getScheme() + "://" + victim.base.getAuthority(), "Sec-Fetch-Site", "same-origin")
                .statusCode()).isEqualTo(302);
        assertThat(probeUser(victim.get("probe-session.xhtml"))).isEqualTo(USER);
    }

    @Test
    void aFailingPageAndAMissingPageShowAFriendlyPageWithoutTrace() {
        PageClient visitor = new PageClient(base);
        HttpResponse<String> failed = visitor.get("probe-fail.xhtml");
        String page = failed.statusCode() == 302 ? visitor.get(failed.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^.*?/" + Deployments.CONTEXT_ROOT + "/", "")).body() : failed.body();
        assertThat(page).contains("出错了").containsPattern("<code id=\"incident\">[0-9a-f]{12}</code>")
                .doesNotContain(FailingPage.SECRET).doesNotContain("Exception").doesNotContain("at cn.jast");

        HttpResponse<String> missing = visitor.get("no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("页面不存在").doesNotContain("Payara");

        PageClient english = new PageClient(base);
        english.get("?lang=en");
        assertThat(english.cookies).containsEntry("jast-lang", "en");
        assertThat(english.get("no-such-page.xhtml").body()).contains("Page not found");
    }

    private static String probeUser(HttpResponse<String> probe) {
        Matcher m = PROBE_USER.matcher(probe.body());
        assertThat(m.find()).as(probe.statusCode() + " " + probe.body()).isTrue();
        return m.group(1);
    }
}
