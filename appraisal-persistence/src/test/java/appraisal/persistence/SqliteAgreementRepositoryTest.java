package appraisal.persistence;

import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.contract.AgreementRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AgreementRepository contract on a SQLite file. */
class SqliteAgreementRepositoryTest extends AgreementRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Override
    protected AgreementRepository repository() {
        return fresh.store().agreements();
    }
}
