package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.AgreementChange;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/** A change at any version ({@code If-Match: *}) is run again when it meets another write; one at an explicit version is not. */
class AgreementChangeRetryTest {

    private static final AgreementId AGREEMENT = new AgreementId("AG-1");
    private static final PersonId ACTOR = new PersonId("P-1");

    /** A use case that meets a concurrent save the first {@code stale} times it runs, then saves version 8. */
    private static ToLongFunction<AgreementChange> meetingWrites(int stale, AtomicInteger runs) {
        return change -> {
            if (runs.incrementAndGet() <= stale) {
                throw DomainException.conflict("agreement.stale-version", "agreement AG-1 was changed by someone else");
            }
            return 8;
        };
    }

    @Test
    void a_change_at_any_version_is_run_again_on_the_fresh_version_when_it_meets_another_write() {
        AtomicInteger runs = new AtomicInteger();
        long version = AgreementResource.apply(AgreementChange.of(AGREEMENT, ACTOR), meetingWrites(2, runs));
        assertThat(version).isEqualTo(8);
        assertThat(runs).hasValue(3);
    }

    @Test
    void a_change_at_any_version_gives_up_with_the_conflict_after_the_last_attempt() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> AgreementResource.apply(AgreementChange.of(AGREEMENT, ACTOR), meetingWrites(100, runs)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.stale-version"));
        assertThat(runs).hasValue(AgreementResource.ANY_VERSION_ATTEMPTS);
    }

    @Test
    void a_change_at_an_explicit_version_is_refused_at_once_when_someone_saved_in_between() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> AgreementResource.apply(AgreementChange.at(AGREEMENT, ACTOR, 7), meetingWrites(1, runs)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.stale-version"));
        assertThat(runs).hasValue(1);
    }

    @Test
    void other_refusals_of_a_change_at_any_version_are_not_tried_again() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> AgreementResource.apply(AgreementChange.of(AGREEMENT, ACTOR), change -> {
            runs.incrementAndGet();
            throw DomainException.conflict("agreement.not-draft", "agreement AG-1 is signed");
        })).isInstanceOf(DomainException.class);
        assertThat(runs).hasValue(1);
    }
}
