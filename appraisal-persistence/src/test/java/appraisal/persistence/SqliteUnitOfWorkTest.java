package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.shared.DomainException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The unit of work on a SQLite file: one writer at a time, and the others wait for it. */
class SqliteUnitOfWorkTest extends UnitOfWorkTests {

    SqliteUnitOfWorkTest() {
        super(TestDatabase.SQLITE);
    }

    @Test
    void use_cases_writing_the_same_file_run_one_after_the_other_and_none_fails_busy() throws Exception {
        List<Optional<DomainException>> outcomes = twoUseCasesSigningTheSameAgreementAtOnce();

        // BEGIN IMMEDIATE: the second use case waits for the first to commit, then loads its result.
        assertThat(outcomes).containsOnly(Optional.empty());
        assertThat(stored().status()).isEqualTo(AgreementStatus.AGREED);
        assertThat(stored().version()).isEqualTo(3);
    }
}
