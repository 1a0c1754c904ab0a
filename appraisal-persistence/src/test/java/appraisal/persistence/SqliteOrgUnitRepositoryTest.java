package appraisal.persistence;

import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.contract.OrgUnitRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OrgUnitRepository contract on a SQLite file. */
class SqliteOrgUnitRepositoryTest extends OrgUnitRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Override
    protected OrgUnitRepository repository() {
        return fresh.store().orgUnits();
    }
}
