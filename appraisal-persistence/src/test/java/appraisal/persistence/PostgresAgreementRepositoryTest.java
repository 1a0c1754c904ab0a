package appraisal.persistence;

import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.contract.AgreementRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AgreementRepository contract on the embedded PostgreSQL. */
class PostgresAgreementRepositoryTest extends AgreementRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Override
    protected AgreementRepository repository() {
        return fresh.store().agreements();
    }
}
