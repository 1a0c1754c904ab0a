package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.access.SessionRecord;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.SessionRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionRepository} does: sessions read back as opened, are touched, removed
 * one by one, per account and when they have ended.
 */
public abstract class SessionRepositoryContract {

    /** The repository under test, empty at the start of each test. */
    protected abstract SessionRepository repository();

    /** The accounts of the same store (sessions belong to accounts). */
    protected abstract AccountRepository accounts();

    private static final Instant OPENED = Instant.parse("2022-04-01T02:03:04.123456789Z");

    private static SessionRecord session(String digest, String username, Instant opened) {
        return new SessionRecord(digest, username, "csrf-" + digest, opened, opened);
    }

    @BeforeEach
    void twoAccounts() {
        accounts().save(AccountRepositoryContract.account("Somchai", "P-1", false));
        accounts().save(AccountRepositoryContract.account("mali", "P-2", false));
    }

    @Test
    void a_session_never_added_is_not_found() {
        assertThat(repository().find("d1")).isEmpty();
    }

    @Test
    void a_session_reads_back_as_opened_to_the_nanosecond() {
        SessionRecord session = session("d1", "Somchai", OPENED);

        repository().add(session);

        assertThat(repository().find("d1")).contains(session);
    }

    @Test
    void touching_moves_the_last_use_only() {
        repository().add(session("d1", "Somchai", OPENED));
        Instant later = OPENED.plus(Duration.ofMinutes(5)).plusNanos(1);

        repository().touch("d1", later);
        repository().touch("d-none", later);

        assertThat(repository().find("d1")).contains(session("d1", "Somchai", OPENED).touchedAt(later));
        assertThat(repository().find("d-none")).isEmpty();
    }

    @Test
    void removing_ends_one_session() {
        repository().add(session("d1", "Somchai", OPENED));
        repository().add(session("d2", "Somchai", OPENED));

        repository().remove("d1");
        repository().remove("d-none");

        assertThat(repository().find("d1")).isEmpty();
        assertThat(repository().find("d2")).isPresent();
    }

    @Test
    void removing_an_account_s_sessions_in_any_case_of_the_name_leaves_the_others() {
        repository().add(session("d1", "Somchai", OPENED));
        repository().add(session("d2", "Somchai", OPENED));
        repository().add(session("d3", "mali", OPENED));

        assertThat(repository().removeOf("SOMCHAI")).isEqualTo(2);

        assertThat(repository().find("d1")).isEmpty();
        assertThat(repository().find("d2")).isEmpty();
        assertThat(repository().find("d3")).isPresent();
    }

    @Test
    void removing_ended_sessions_takes_those_idle_too_long_or_open_too_long() {
        repository().add(session("idle", "Somchai", OPENED));
        repository().add(session("old", "mali", OPENED.minus(Duration.ofHours(13))).touchedAt(OPENED.plusSeconds(30)));
        repository().add(session("live", "mali", OPENED).touchedAt(OPENED.plusSeconds(30)));

        int removed = repository().removeEnded(OPENED.plusSeconds(10), OPENED.minus(Duration.ofHours(12)));

        assertThat(removed).isEqualTo(2);
        assertThat(repository().find("live")).isPresent();
        assertThat(repository().find("idle")).isEmpty();
        assertThat(repository().find("old")).isEmpty();
    }
}
