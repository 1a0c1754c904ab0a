package appraisal.persistence;

import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.contract.IndicatorRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IndicatorRepository contract on the embedded PostgreSQL. */
class PostgresIndicatorRepositoryTest extends IndicatorRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Override
    protected IndicatorRepository repository() {
        return fresh.store().indicators();
    }
}
