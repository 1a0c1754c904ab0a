package appraisal.domain.fake;

import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.contract.IndicatorRepositoryContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemoryIndicatorRepositoryTest extends IndicatorRepositoryContract {

    private final InMemoryIndicatorRepository fake = new InMemoryIndicatorRepository();

    @Override
    protected IndicatorRepository repository() {
        return fake;
    }
}
