package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.port.out.SignInAttempts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link SignInAttempts} does: failures per key since a time, oldest first; cleared per key; forgotten by age. */
public abstract class SignInAttemptsContract {

    /** The store under test, empty at the start of each test. */
    protected abstract SignInAttempts attempts();

    private static final Instant T0 = Instant.parse("2022-04-01T02:03:04.123456789Z");

    @Test
    void a_key_without_failures_has_none() {
        assertThat(attempts().failures("account:somchai", T0.minusSeconds(3600))).isEmpty();
    }

    @Test
    void failures_list_oldest_first_from_the_time_asked_for_and_only_of_the_key() {
        attempts().recordFailure("account:somchai", T0.plusSeconds(20));
        attempts().recordFailure("account:somchai", T0);
        attempts().recordFailure("account:somchai", T0);
        attempts().recordFailure("account:somchai", T0.minusNanos(1));
        attempts().recordFailure("client:10.0.0.7", T0.plusSeconds(5));

        assertThat(attempts().failures("account:somchai", T0)).containsExactly(T0, T0, T0.plusSeconds(20));
        assertThat(attempts().failures("client:10.0.0.7", T0)).containsExactly(T0.plusSeconds(5));
    }

    @Test
    void clearing_a_key_forgets_only_its_failures() {
        attempts().recordFailure("account:somchai", T0);
        attempts().recordFailure("client:10.0.0.7", T0);

        attempts().clear("account:somchai");

        assertThat(attempts().failures("account:somchai", T0.minusSeconds(1))).isEmpty();
        assertThat(attempts().failures("client:10.0.0.7", T0.minusSeconds(1))).containsExactly(T0);
    }

    @Test
    void forgetting_by_age_removes_every_key_s_older_failures_and_counts_them() {
        attempts().recordFailure("account:somchai", T0.minusSeconds(100));
        attempts().recordFailure("client:10.0.0.7", T0.minusSeconds(50));
        attempts().recordFailure("account:somchai", T0);

        assertThat(attempts().forgetBefore(T0)).isEqualTo(2);

        assertThat(attempts().failures("account:somchai", T0.minusSeconds(1000))).containsExactly(T0);
        assertThat(attempts().failures("client:10.0.0.7", T0.minusSeconds(1000))).isEmpty();
    }
}
