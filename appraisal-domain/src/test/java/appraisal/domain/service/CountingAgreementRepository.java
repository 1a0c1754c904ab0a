package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.out.AgreementRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Passes everything to another repository, counting saves: a cascade must save in bulk. */
final class CountingAgreementRepository implements AgreementRepository {

    final List<Integer> saveAllSizes = new ArrayList<>();
    int singleSaves;
    private final AgreementRepository delegate;

    CountingAgreementRepository(AgreementRepository delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Agreement> find(AgreementId id) {
        return delegate.find(id);
    }

    @Override
    public void save(Agreement agreement) {
        singleSaves++;
        delegate.save(agreement);
    }

    @Override
    public void saveAll(List<Agreement> agreements) {
        saveAllSizes.add(agreements.size());
        delegate.saveAll(agreements);
    }

    @Override
    public List<Agreement> inRound(RoundId round) {
        return delegate.inRound(round);
    }

    @Override
    public List<Agreement> ofAppraisee(RoundId round, PersonId appraisee) {
        return delegate.ofAppraisee(round, appraisee);
    }

    @Override
    public List<Agreement> children(AgreementId parent) {
        return delegate.children(parent);
    }

    @Override
    public void remove(Agreement agreement) {
        delegate.remove(agreement);
    }

    @Override
    public appraisal.domain.model.store.StoreEpoch epoch() {
        return delegate.epoch();
    }
}
