package appraisal.persistence;

import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.contract.IdSourceContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IdSource contract on the embedded PostgreSQL. */
class PostgresIdSourceTest extends IdSourceContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Override
    protected IdSource ids() {
        return fresh.store().ids();
    }
}
