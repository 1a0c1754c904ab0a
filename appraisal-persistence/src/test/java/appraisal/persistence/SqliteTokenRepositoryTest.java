package appraisal.persistence;

import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.TokenRepository;
import appraisal.domain.port.out.contract.TokenRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TokenRepository contract on a SQLite file. */
class SqliteTokenRepositoryTest extends TokenRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Override
    protected TokenRepository repository() {
        return fresh.store().tokens();
    }

    @Override
    protected AccountRepository accounts() {
        return fresh.store().accounts();
    }
}
