package appraisal.domain.fake;

import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.out.RoundRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A fake of {@link RoundRepository} for use-case tests; passes the same contract suite as the real stores. */
public final class InMemoryRoundRepository implements RoundRepository {

    private final Map<RoundId, Round> rounds = new ConcurrentHashMap<>();

    @Override
    public void save(Round round) {
        rounds.put(round.id(), round);
    }

    @Override
    public Optional<Round> find(RoundId id) {
        return Optional.ofNullable(rounds.get(id));
    }

    @Override
    public List<Round> all() {
        List<Round> out = new ArrayList<>(rounds.values());
        out.sort(Comparator.comparing((Round r) -> r.fiscalYear().buddhistEra()).thenComparing(Round::number).reversed());
        return out;
    }

    /** Every stored round, for {@link InMemoryStoreMaintenance}'s backups. */
    public synchronized Map<RoundId, Round> contents() {
        return Map.copyOf(rounds);
    }

    /** Makes this hold exactly {@code contents}, as a restore does. */
    public synchronized void replaceContents(Map<RoundId, Round> contents) {
        rounds.clear();
        rounds.putAll(contents);
    }
}
