package appraisal.persistence;

import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.contract.OrgUnitRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OrgUnitRepository contract on the embedded PostgreSQL. */
class PostgresOrgUnitRepositoryTest extends OrgUnitRepositoryContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Override
    protected OrgUnitRepository repository() {
        return fresh.store().orgUnits();
    }
}
