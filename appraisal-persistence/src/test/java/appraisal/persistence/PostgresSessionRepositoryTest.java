package appraisal.persistence;

import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.contract.SessionRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SessionRepository contract on the embedded PostgreSQL. */
class PostgresSessionRepositoryTest extends SessionRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Override
    protected SessionRepository repository() {
        return fresh.store().sessions();
    }

    @Override
    protected AccountRepository accounts() {
        return fresh.store().accounts();
    }
}
