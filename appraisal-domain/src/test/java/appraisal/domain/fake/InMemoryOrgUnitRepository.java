package appraisal.domain.fake;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.port.out.OrgUnitRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A fake of {@link OrgUnitRepository}; lists are ordered by unit id. */
public final class InMemoryOrgUnitRepository implements OrgUnitRepository {

    private final Map<OrgUnitId, OrgUnit> units = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public void save(OrgUnit unit) {
        changes.incrementAndGet();
        units.put(unit.id(), unit);
    }

    @Override
    public Optional<OrgUnit> find(OrgUnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public List<OrgUnit> children(OrgUnitId parent) {
        return sorted(units.values().stream().filter(u -> u.parent().map(parent::equals).orElse(false)).toList());
    }

    @Override
    public List<OrgUnit> all() {
        return sorted(units.values());
    }

    private static List<OrgUnit> sorted(java.util.Collection<OrgUnit> in) {
        List<OrgUnit> out = new ArrayList<>(in);
        out.sort(Comparator.comparing(u -> u.id().value()));
        return out;
    }

    /** Every stored unit, for {@link InMemoryStoreMaintenance}'s backups. */
    public synchronized Map<OrgUnitId, OrgUnit> contents() {
        return Map.copyOf(units);
    }

    /** Makes this hold exactly {@code contents}, as a restore does. */
    public synchronized void replaceContents(Map<OrgUnitId, OrgUnit> contents) {
        changes.incrementAndGet();
        units.clear();
        units.putAll(contents);
    }

    /** How many times this was changed: the fake's part of the org count of {@link appraisal.domain.port.out.StoreChanges}. */
    public long changes() {
        return changes.get();
    }
}
