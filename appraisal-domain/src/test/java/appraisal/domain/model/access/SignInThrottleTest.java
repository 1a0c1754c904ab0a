package appraisal.domain.model.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The delay after each failure past the limit doubles from a minute and stops at 15; old failures do not count. */
class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2022-04-01T02:00:00Z");

    private static List<Instant> failuresAt(Instant at, int n) {
        List<Instant> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(at);
        }
        return out;
    }

    @Test
    void below_the_limit_nothing_is_refused() {
        assertThat(SignInThrottle.PER_ACCOUNT.refusedUntil(failuresAt(T0, 4), T0)).isEmpty();
        assertThat(SignInThrottle.PER_CLIENT.refusedUntil(failuresAt(T0, 19), T0)).isEmpty();
    }

    @Test
    void at_and_past_the_limit_the_delay_is_1_2_4_8_then_15_minutes_from_the_newest_failure() {
        List<Long> minutes = new ArrayList<>();
        for (int n = 5; n <= 11; n++) {
            Instant until = SignInThrottle.PER_ACCOUNT.refusedUntil(failuresAt(T0, n), T0).orElseThrow();
            minutes.add(Duration.between(T0, until).toMinutes());
        }

        assertThat(minutes).containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
    }

    @Test
    void failures_older_than_the_memory_do_not_count() {
        List<Instant> failures = failuresAt(T0, 5);

        assertThat(SignInThrottle.PER_CLIENT.refusedUntil(failuresAt(T0, 20), T0.plus(Duration.ofMinutes(15)).plusNanos(1))).isEmpty();
        assertThat(SignInThrottle.PER_ACCOUNT.refusedUntil(failures, T0.plusSeconds(59))).isPresent();
        assertThat(SignInThrottle.PER_ACCOUNT.refusedUntil(failures, T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void keys_ignore_case_and_blanks_and_are_cut_when_absurdly_long() {
        assertThat(SignInThrottle.PER_ACCOUNT.key(" Somchai ")).isEqualTo("account:somchai");
        assertThat(SignInThrottle.PER_CLIENT.key("2001:DB8::1")).isEqualTo("client:2001:db8::1");
        assertThat(SignInThrottle.PER_ACCOUNT.key("x".repeat(1_000))).hasSize(200);
    }
}
