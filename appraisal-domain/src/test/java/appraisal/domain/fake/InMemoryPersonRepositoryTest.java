package appraisal.domain.fake;

import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.contract.PersonRepositoryContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemoryPersonRepositoryTest extends PersonRepositoryContract {

    private final InMemoryPersonRepository fake = new InMemoryPersonRepository();

    @Override
    protected PersonRepository repository() {
        return fake;
    }
}
