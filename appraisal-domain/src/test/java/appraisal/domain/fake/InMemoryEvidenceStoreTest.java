package appraisal.domain.fake;

import appraisal.domain.port.out.EvidenceStore;
import appraisal.domain.port.out.contract.EvidenceStoreContract;

/** The in-memory fake keeps the same contract as the files beside a real store. */
class InMemoryEvidenceStoreTest extends EvidenceStoreContract {

    private final InMemoryEvidenceStore fake = new InMemoryEvidenceStore();

    @Override
    protected EvidenceStore store() {
        return fake;
    }
}
