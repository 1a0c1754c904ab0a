package appraisal.persistence;

import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.contract.RoundRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RoundRepository contract on a SQLite file. */
class SqliteRoundRepositoryTest extends RoundRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Override
    protected RoundRepository repository() {
        return fresh.store().rounds();
    }
}
