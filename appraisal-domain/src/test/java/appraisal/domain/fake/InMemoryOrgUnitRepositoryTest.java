package appraisal.domain.fake;

import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.contract.OrgUnitRepositoryContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemoryOrgUnitRepositoryTest extends OrgUnitRepositoryContract {

    private final InMemoryOrgUnitRepository fake = new InMemoryOrgUnitRepository();

    @Override
    protected OrgUnitRepository repository() {
        return fake;
    }
}
