package appraisal.persistence;

import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.contract.IndicatorRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IndicatorRepository contract on a SQLite file. */
class SqliteIndicatorRepositoryTest extends IndicatorRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Override
    protected IndicatorRepository repository() {
        return fresh.store().indicators();
    }
}
