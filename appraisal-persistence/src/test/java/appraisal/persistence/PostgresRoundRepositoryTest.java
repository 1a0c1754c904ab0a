package appraisal.persistence;

import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.contract.RoundRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RoundRepository contract on the embedded PostgreSQL. */
class PostgresRoundRepositoryTest extends RoundRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Override
    protected RoundRepository repository() {
        return fresh.store().rounds();
    }
}
