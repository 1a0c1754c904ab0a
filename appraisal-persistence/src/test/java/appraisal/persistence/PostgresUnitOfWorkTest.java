package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.shared.DomainException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The unit of work on the embedded PostgreSQL: READ COMMITTED and the version check decide. */
class PostgresUnitOfWorkTest extends UnitOfWorkTests {

    PostgresUnitOfWorkTest() {
        super(TestDatabase.POSTGRESQL);
    }

    @Test
    void of_two_use_cases_that_loaded_the_same_version_exactly_one_saves() throws Exception {
        List<Optional<DomainException>> outcomes = twoUseCasesSigningTheSameAgreementAtOnce();

        assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1)
                .allSatisfy(o -> assertThat(o.orElseThrow().code()).isEqualTo("agreement.stale-version"));
        assertThat(stored().version()).isEqualTo(2);
        assertThat(stored().signatures()).hasSize(1);
    }
}
