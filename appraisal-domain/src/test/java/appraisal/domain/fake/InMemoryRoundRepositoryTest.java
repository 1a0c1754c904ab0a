package appraisal.domain.fake;

import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.contract.RoundRepositoryContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemoryRoundRepositoryTest extends RoundRepositoryContract {

    private final InMemoryRoundRepository fake = new InMemoryRoundRepository();

    @Override
    protected RoundRepository repository() {
        return fake;
    }
}
