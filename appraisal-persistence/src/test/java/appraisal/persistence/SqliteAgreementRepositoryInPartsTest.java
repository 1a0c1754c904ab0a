package appraisal.persistence;

import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.contract.AgreementRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AgreementRepository contract on a SQLite file, with every round of two agreements or more loaded in parts (up to three). */
class SqliteAgreementRepositoryInPartsTest extends AgreementRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE, new LoadInParts(3, 1));

    @Override
    protected AgreementRepository repository() {
        return fresh.store().agreements();
    }
}
