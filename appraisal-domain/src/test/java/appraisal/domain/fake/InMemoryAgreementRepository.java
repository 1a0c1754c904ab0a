package appraisal.domain.fake;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.agreement.OneAgreementPerRound;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.StoreEpoch;
import appraisal.domain.port.out.AgreementRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A fake of {@link AgreementRepository} that stores snapshots, so a loaded agreement is a copy
 * (as from a database), optimistic locking behaves as in the real stores, and so does the rule of
 * one agreement per person per round (which {@link #replaceContents}, like a restore of an old
 * backup, does not apply: it may bring in a store made before the rule).
 */
public final class InMemoryAgreementRepository implements AgreementRepository {

    private int epochs = 1;
    private final Map<AgreementId, AgreementSnapshot> stored = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    /** The ids of each appraisee's agreements in a round: one, or several in a store restored from before the rule. */
    private final Map<Key, Set<AgreementId>> byAppraisee = new HashMap<>();

    private record Key(RoundId round, PersonId appraisee) {
    }

    private void index(AgreementSnapshot s) {
        byAppraisee.computeIfAbsent(new Key(s.round(), s.appraisee()), k -> new TreeSet<>((a, b) -> a.value().compareTo(b.value())))
                .add(s.id());
    }

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
        Map<Key, Agreement> drafted = new HashMap<>();
        for (Agreement a : agreements) {
            if (a.version() == 0) {
                Key key = new Key(a.round(), a.appraisee());
                Set<AgreementId> theirs = byAppraisee.getOrDefault(key, Set.of());
                Agreement earlier = theirs.isEmpty() ? drafted.get(key) : Agreement.restore(stored.get(theirs.iterator().next()));
                if (earlier != null) {
                    throw OneAgreementPerRound.alreadyExists(a.round(), a.appraisee(), earlier);
                }
                drafted.put(key, a);
            }
        }
        for (Agreement a : agreements) {
            a.markSaved(seen.get(a.id()));
            stored.put(a.id(), a.snapshot());
            index(a.snapshot());
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

    @Override
    public synchronized void remove(Agreement agreement) {
        AgreementSnapshot current = stored.get(agreement.id());
        if (current == null) {
            throw DomainException.notFound("agreement.not-found", "agreement " + agreement.id() + " does not exist");
        }
        if (current.version() != agreement.version()) {
            throw DomainException.conflict("agreement.stale-version", "agreement " + agreement.id() + " was changed by someone else "
                    + "(stored version " + current.version() + ", yours " + agreement.version() + "); reload and try again");
        }
        stored.remove(agreement.id());
        Key key = new Key(current.round(), current.appraisee());
        byAppraisee.get(key).remove(agreement.id());
        if (byAppraisee.get(key).isEmpty()) {
            byAppraisee.remove(key);
        }
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

    @Override
    public synchronized StoreEpoch epoch() {
        return new StoreEpoch("e" + epochs);
    }

    /** Makes this hold exactly {@code contents}, as a restore does: in a new store epoch. */
    public synchronized void replaceContents(Map<AgreementId, AgreementSnapshot> contents) {
        epochs++;
        stored.clear();
        stored.putAll(contents);
        byAppraisee.clear();
        stored.values().forEach(this::index);
    }
}
