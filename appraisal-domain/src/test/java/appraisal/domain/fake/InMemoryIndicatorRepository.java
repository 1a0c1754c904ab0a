package appraisal.domain.fake;

import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.IndicatorRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A fake of {@link IndicatorRepository}: versions are immutable once saved. */
public final class InMemoryIndicatorRepository implements IndicatorRepository {

    private final Map<IndicatorRef, Indicator> versions = new TreeMap<>(
            Comparator.comparing(IndicatorRef::code).thenComparing(IndicatorRef::version));

    @Override
    public synchronized void save(Indicator indicator) {
        Indicator existing = versions.get(indicator.ref());
        if (existing != null && !existing.equals(indicator)) {
            throw DomainException.refused("indicator.version-exists",
                    indicator.ref() + " is already stored with other content; save the change as a new version");
        }
        versions.put(indicator.ref(), indicator);
    }

    @Override
    public synchronized Optional<Indicator> find(IndicatorRef ref) {
        return Optional.ofNullable(versions.get(ref));
    }

    @Override
    public synchronized Optional<Indicator> latest(String code) {
        return versions.values().stream().filter(i -> i.ref().code().equals(code))
                .max(Comparator.comparingInt(i -> i.ref().version()));
    }

    @Override
    public synchronized List<Indicator> allLatest() {
        Map<String, Indicator> latest = new TreeMap<>();
        for (Indicator i : versions.values()) {
            latest.merge(i.ref().code(), i, (a, b) -> a.ref().version() >= b.ref().version() ? a : b);
        }
        return new ArrayList<>(latest.values());
    }

    /** Every stored version, for {@link InMemoryStoreMaintenance}'s backups. */
    public synchronized Map<IndicatorRef, Indicator> contents() {
        return Map.copyOf(versions);
    }

    /** Makes this hold exactly {@code contents}, as a restore does. */
    public synchronized void replaceContents(Map<IndicatorRef, Indicator> contents) {
        versions.clear();
        versions.putAll(contents);
    }
}
