package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.audit.DomainEvent;
import com.google.common.collect.ImmutableSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code X-Forwarded-For} is believed only from a trusted proxy, and read from its right: each
 * proxy appends the address it was called from, so the left is whatever the client wrote. The
 * address is what sign-ins are throttled by and recorded with.
 */
class ForwardedForTest {

    private static final Set<String> PROXIES = Set.of("127.0.0.1", "10.0.0.2");

    private static String client(String remote, String... headers) {
        return TrustedProxies.client(remote, Collections.enumeration(List.of(headers)), PROXIES);
    }

    @Test
    void from_a_trusted_proxy_the_right_most_hop_that_is_not_a_trusted_proxy_is_the_client() {
        assertThat(client("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(client("127.0.0.1", "1.2.3.4, 203.0.113.9")).as("the client wrote 1.2.3.4; our proxy saw 203.0.113.9")
                .isEqualTo("203.0.113.9");
        assertThat(client("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.2")).as("through two proxies of ours").isEqualTo("203.0.113.9");
        assertThat(client("127.0.0.1", "1.2.3.4", "203.0.113.9")).as("the header twice: read in order").isEqualTo("203.0.113.9");
        assertThat(client("127.0.0.1", "10.0.0.2")).as("only our proxies: the nearest one to the client").isEqualTo("10.0.0.2");
        assertThat(client("127.0.0.1", " , ")).isEqualTo("127.0.0.1");
    }

    @Test
    void from_anyone_else_the_header_is_ignored() {
        assertThat(client("198.51.100.7", "1.2.3.4")).isEqualTo("198.51.100.7");
        assertThat(client("198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void a_failed_sign_in_through_the_proxy_is_recorded_and_throttled_by_the_address_the_proxy_saw_not_the_one_the_client_wrote() {
        try (ServerFixture fixture = new ServerFixture()) {
            fixture.start(fixture.settings(ServerSettings.Timeouts.STANDARD, ImmutableSet.of("127.0.0.1")),
                    s -> new ApiServer(ServerFixture.useCases(fixture.system), s));
            ServerFixture.Answer a = fixture.send("POST", "/api/v1/session", "{\"username\":\"appraisee\",\"password\":\"guess-guess-guess\"}",
                    "Content-Type", "application/json", "X-Forwarded-For", "6.6.6.6, 203.0.113.9");
            assertThat(a.status()).isEqualTo(401);
            List<DomainEvent> failed = fixture.system.audit.all().stream().filter(e -> e.type().equals("account.sign-in-failed")).toList();
            assertThat(failed).singleElement().satisfies(e -> {
                assertThat(e.after()).containsEntry("client", "203.0.113.9");
                assertThat(e.actor().value()).isEqualTo("anonymous:203.0.113.9");
                assertThat(e.aggregateId()).isEqualTo("appraisee");
            });
        }
    }
}
