package appraisal.domain.fake;

import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.contract.IdSourceContract;

/** The fake id source keeps the same contract as the real stores. */
class SequentialIdSourceTest extends IdSourceContract {

    private final SequentialIdSource fake = new SequentialIdSource();

    @Override
    protected IdSource ids() {
        return fake;
    }
}
