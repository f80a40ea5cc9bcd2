package cn.jast.plan.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {
    static final Set<String> PROXIES = ClientAddress.parse(" 10.0.0.5, 10.0.0.6 ,");

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("203.0.113.7"), Set.of())).isEqualTo("10.0.0.5");
    }

    @Test
    void from_a_peer_that_is_no_trusted_proxy_the_header_is_ignored() {
        assertThat(ClientAddress.resolve("198.51.100.9", List.of("203.0.113.7"), PROXIES)).isEqualTo("198.51.100.9");
    }

    @Test
    void behind_a_trusted_proxy_the_client_is_the_address_the_proxy_saw() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("203.0.113.7"), PROXIES)).isEqualTo("203.0.113.7");
        // two trusted proxies in a row
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("203.0.113.7, 10.0.0.6"), PROXIES)).isEqualTo("203.0.113.7");
    }

    @Test
    void a_client_cannot_choose_its_address_by_sending_the_header_itself() {
        // the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("1.2.3.4, 203.0.113.7"), PROXIES)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("1.2.3.4", "203.0.113.7"), PROXIES)).isEqualTo("203.0.113.7");
    }

    @Test
    void only_trusted_hops_or_none_fall_back_plainly() {
        assertThat(ClientAddress.resolve("10.0.0.5", List.of("10.0.0.6"), PROXIES)).isEqualTo("10.0.0.6");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of(" , "), PROXIES)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.resolve("10.0.0.5", List.of(), PROXIES)).isEqualTo("10.0.0.5");
    }
}
