package cn.jast.plan.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, as the login throttle and the objection limit count by. Behind a
 * reverse proxy or load balancer every request comes from the proxy, so one guesser would slow every
 * user down, and the throttle would count all of them as one. When the direct peer is one of the
 * proxies named in {@value #TRUSTED_PROXIES} (comma-separated addresses, as {@code getRemoteAddr()}
 * gives them), the client is the right-most address of {@code X-Forwarded-For} that is not itself a
 * trusted proxy: the one the first trusted proxy saw, which a client cannot forge (it can only add
 * addresses to the left). From any other peer the header is ignored, so that nobody can choose their
 * own address by sending it. Unset: the direct peer, always.
 */
@ApplicationScoped
public class ClientAddress {
    /** The configuration property (MicroProfile Config: system property or {@code JAST_LOGIN_TRUSTED_PROXIES}). */
    public static final String TRUSTED_PROXIES = "jast.login.trusted-proxies";

    private Set<String> trusted = Set.of();

    @PostConstruct
    void configure() {
        trusted = parse(ConfigProvider.getConfig().getOptionalValue(TRUSTED_PROXIES, String.class).orElse(""));
    }

    /** The client's address of the request; {@code "unknown"} outside a request. */
    public String of(HttpServletRequest request) {
        try {
            var headers = request.getHeaders("X-Forwarded-For");
            return resolve(request.getRemoteAddr(), headers == null ? List.of() : java.util.Collections.list(headers),
                    trusted);
        } catch (RuntimeException noRequest) {
            return "unknown";
        }
    }

    static Set<String> parse(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The client's address from the direct peer and the {@code X-Forwarded-For} headers (in the order
     * received; each a comma-separated list, oldest hop first).
     */
    static String resolve(String peer, List<String> forwardedFor, Set<String> trusted) {
        if (peer == null || !trusted.contains(peer) || forwardedFor.isEmpty()) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::strip)
                .filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!trusted.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }
}
