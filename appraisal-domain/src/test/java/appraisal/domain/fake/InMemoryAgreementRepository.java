package appraisal.domain.fake;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AgreementRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A fake of {@link AgreementRepository} that stores snapshots, so a loaded agreement is a copy
 * (as from a database) and optimistic locking behaves as in the real stores.
 */
public final class InMemoryAgreementRepository implements AgreementRepository {

    private final Map<AgreementId, AgreementSnapshot> stored = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));

    @Override
    public synchronized Optional<Agreement> find(AgreementId id) {
        return Optional.ofNullable(stored.get(id)).map(Agreement::restore);
    }

    @Override
    public synchronized void save(Agreement agreement) {
        saveAll(List.of(agreement));
    }

    @Override
    public synchronized void saveAll(List<Agreement> agreements) {
        Map<AgreementId, Long> seen = new HashMap<>();
        for (Agreement a : agreements) {
            AgreementSnapshot current = stored.get(a.id());
            long storedVersion = current == null ? 0 : current.version();
            if (storedVersion != a.version() || seen.containsKey(a.id())) {
                throw DomainException.conflict("agreement.stale-version", "agreement " + a.id() + " was changed by someone else (stored version "
                        + storedVersion + ", yours " + a.version() + "); reload and try again");
            }
            seen.put(a.id(), a.version() + 1);
        }
        for (Agreement a : agreements) {
            a.markSaved(seen.get(a.id()));
            stored.put(a.id(), a.snapshot());
        }
    }

    @Override
    public synchronized List<Agreement> inRound(RoundId round) {
        return select(s -> s.round().equals(round));
    }

    @Override
    public synchronized List<Agreement> ofAppraisee(RoundId round, PersonId appraisee) {
        return select(s -> s.round().equals(round) && s.appraisee().equals(appraisee));
    }

    @Override
    public synchronized List<Agreement> children(AgreementId parent) {
        return select(s -> s.parent().map(parent::equals).orElse(false));
    }

    private List<Agreement> select(Predicate<AgreementSnapshot> filter) {
        List<Agreement> out = new ArrayList<>();
        stored.values().stream().filter(filter).forEach(s -> out.add(Agreement.restore(s)));
        return out;
    }

    /** Every stored agreement as saved, for {@link InMemoryStoreMaintenance}'s backups. */
    public synchronized Map<AgreementId, AgreementSnapshot> contents() {
        return Map.copyOf(stored);
    }

    /** Makes this hold exactly {@code contents}, as a restore does. */
    public synchronized void replaceContents(Map<AgreementId, AgreementSnapshot> contents) {
        stored.clear();
        stored.putAll(contents);
    }
}
