package appraisal.persistence;

import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.contract.AccountRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AccountRepository contract on a SQLite file. */
class SqliteAccountRepositoryTest extends AccountRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Override
    protected AccountRepository repository() {
        return fresh.store().accounts();
    }
}
