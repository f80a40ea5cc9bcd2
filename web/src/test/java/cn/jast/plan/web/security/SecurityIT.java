package cn.jast.plan.web.security;

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

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authentication and roles on a real Payara Micro: HTTP Basic against the stored PBKDF2 accounts,
 * no session, 401 with a challenge for anonymous callers of protected resources, 403 for the wrong
 * role, and 429 for an account locked after repeated failures, even with the right password.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProbes();
    }

    /** The accounts the tests log in with (the fixtures are idempotent). */
    @BeforeEach
    void accounts() {
        ApiClient api = new ApiClient(base);
        api.account("probe-office", "OFFICE", null);
        api.account("probe-expert", "EXPERT", null);
        api.account("probe-locked", "OFFICE", null);
        api.societyWithAccount("S-9001");
    }

    @Test
    void anAnonymousCallerReachesOpenResourcesAndIsChallengedElsewhere() throws Exception {
        HttpResponse<String> open = get("anyone", null, null);
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(json(open).getBoolean("anonymous")).isTrue();

        HttpResponse<String> closed = get("office", null, null);
        assertThat(closed.statusCode()).isEqualTo(401);
        assertThat(closed.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        assertThat(closed.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(closed.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theRightRoleGetsInAndTheWrongOneIsRefused() throws Exception {
        HttpResponse<String> office = get("office", "probe-office", ApiClient.PASSWORD);
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(json(office).getString("name")).isEqualTo("probe-office");
        assertThat(json(office).getBoolean("office")).isTrue();
        assertThat(office.headers().firstValue("Set-Cookie")).as("no session").isEmpty();

        HttpResponse<String> society = get("society", "s-9001", ApiClient.PASSWORD);
        assertThat(society.statusCode()).isEqualTo(200);
        assertThat(json(society).getString("society")).isEqualTo("S-9001");

        assertThat(get("office", "s-9001", ApiClient.PASSWORD).statusCode()).isEqualTo(403);
        assertThat(get("society", "probe-expert", ApiClient.PASSWORD).statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordOrUnknownUserIs401() throws Exception {
        HttpResponse<String> wrong = get("anyone", "probe-expert", "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("wrong").doesNotContain("Exception");
        assertThat(get("anyone", "nobody-here", "x").statusCode()).isEqualTo(401);
    }

    @Test
    void repeatedFailuresLockTheAccount() throws Exception {
        for (int i = 0; i < 5; i++) {
            get("office", "probe-locked", "guess-" + i);
        }
        HttpResponse<String> locked = get("office", "probe-locked", ApiClient.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpResponse<String> get(String which, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(Deployments.baseUri(base).resolve("api/test/whoami/" + which)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }
}
