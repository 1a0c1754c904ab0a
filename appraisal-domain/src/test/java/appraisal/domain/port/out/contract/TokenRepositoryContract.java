package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.TokenRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TokenRepository} does: tokens read back as issued, are found by id and by the
 * digest of their secret, list per account oldest first, and keep the first time they were revoked.
 */
public abstract class TokenRepositoryContract {

    /** The repository under test, empty at the start of each test. */
    protected abstract TokenRepository repository();

    /** The accounts of the same store (tokens belong to accounts). */
    protected abstract AccountRepository accounts();

    private static final Instant ISSUED = Instant.parse("2022-04-01T02:03:04.123456789Z");

    private static TokenInfo token(String id, String username, Instant created) {
        return new TokenInfo(id, username, "ส่งออกผลทุกคืน nightly export", created, created.plus(Duration.ofDays(30)), Optional.empty());
    }

    @BeforeEach
    void twoAccounts() {
        accounts().save(AccountRepositoryContract.account("Somchai", "P-1", false));
        accounts().save(AccountRepositoryContract.account("mali", "P-2", false));
    }

    @Test
    void a_token_never_added_is_not_found() {
        assertThat(repository().find("TK-1")).isEmpty();
        assertThat(repository().findByDigest("ab12")).isEmpty();
        assertThat(repository().of("Somchai")).isEmpty();
    }

    @Test
    void a_token_reads_back_by_id_and_by_digest_with_thai_label_and_nanosecond_times() {
        TokenInfo token = token("TK-1", "Somchai", ISSUED);

        repository().add(token, "digest-1");

        assertThat(repository().find("TK-1")).contains(token);
        assertThat(repository().findByDigest("digest-1")).contains(token);
        assertThat(repository().findByDigest("digest-2")).isEmpty();
    }

    @Test
    void an_account_s_tokens_list_oldest_first_in_any_case_of_the_name_and_only_theirs() {
        repository().add(token("TK-2", "Somchai", ISSUED.plusSeconds(60)), "d2");
        repository().add(token("TK-1", "Somchai", ISSUED), "d1");
        repository().add(token("TK-3", "mali", ISSUED), "d3");

        assertThat(repository().of("somchai")).extracting(TokenInfo::id).containsExactly("TK-1", "TK-2");
        assertThat(repository().of("MALI")).extracting(TokenInfo::id).containsExactly("TK-3");
    }

    @Test
    void revoking_records_the_time_once() {
        repository().add(token("TK-1", "Somchai", ISSUED), "d1");
        Instant first = ISSUED.plus(Duration.ofDays(2)).plusNanos(7);

        repository().revoke("TK-1", first);
        repository().revoke("TK-1", first.plus(Duration.ofDays(1)));

        assertThat(repository().find("TK-1").orElseThrow().revoked()).contains(first);
        assertThat(repository().findByDigest("d1").orElseThrow().usableAt(ISSUED.plusSeconds(1))).isFalse();
    }

    @Test
    void revoking_a_token_that_does_not_exist_changes_nothing() {
        repository().revoke("TK-9", ISSUED);

        assertThat(repository().find("TK-9")).isEmpty();
    }

    @Test
    void a_second_token_with_the_same_digest_is_refused() {
        repository().add(token("TK-1", "Somchai", ISSUED), "same");

        assertThatThrownBy(() -> repository().add(token("TK-2", "mali", ISSUED), "same")).isInstanceOf(RuntimeException.class);

        assertThat(repository().find("TK-2")).isEmpty();
    }
}
