package appraisal.persistence;

import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.contract.PersonRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PersonRepository contract on the embedded PostgreSQL. */
class PostgresPersonRepositoryTest extends PersonRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Override
    protected PersonRepository repository() {
        return fresh.store().people();
    }
}
