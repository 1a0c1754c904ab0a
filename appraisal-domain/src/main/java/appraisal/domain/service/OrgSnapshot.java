package appraisal.domain.service;

import appraisal.domain.model.access.OrgScope;
import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multimaps;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole organisation as read at one change count: every unit and every person, indexed for
 * the questions the org scope asks (a person, a unit, a unit's children, a unit's people). Read
 * in two queries and shared between requests until the store's count moves on; immutable.
 */
final class OrgSnapshot {

    /** How many people's scopes one snapshot keeps (those signed in lately). */
    static final int SCOPES_KEPT = 1_000;

    private final long count;
    private final ImmutableMap<OrgUnitId, OrgUnit> units;
    private final ImmutableMap<PersonId, Person> people;
    private final ImmutableListMultimap<OrgUnitId, OrgUnit> children;
    private final ImmutableListMultimap<OrgUnitId, Person> members;
    private final OfficeDirectory offices;
    /** Each person's scope, worked out once per snapshot: its answers depend on nothing else, and it remembers them. */
    private final Cache<PersonId, OrgScope> scopes = CacheBuilder.newBuilder().maximumSize(SCOPES_KEPT).build();

    private OrgSnapshot(long count, List<OrgUnit> units, List<Person> people) {
        this.count = count;
        this.units = ImmutableMap.copyOf(index(units, OrgUnit::id));
        this.people = ImmutableMap.copyOf(index(people, Person::id));
        // Same order as the repositories answer: children by id.
        this.children = units.stream().filter(u -> u.parent().isPresent()).sorted(Comparator.comparing(u -> u.id().value()))
                .collect(ImmutableListMultimap.toImmutableListMultimap(u -> u.parent().orElseThrow(), u -> u));
        this.members = Multimaps.index(people, Person::unit);
        this.offices = new OfficeDirectory(this::unit, this::children, this::members);
    }

    /** The org as {@code units} and {@code people} hold it, read after the store's change count was {@code count}. */
    static OrgSnapshot of(long count, List<OrgUnit> units, List<Person> people) {
        return new OrgSnapshot(count, units, people);
    }

    private static <K, V> ImmutableMap<K, V> index(List<V> values, Function<V, K> key) {
        ImmutableMap.Builder<K, V> map = ImmutableMap.builderWithExpectedSize(values.size());
        values.forEach(v -> map.put(key.apply(v), v));
        return map.buildKeepingLast();
    }

    long count() {
        return count;
    }

    Optional<OrgUnit> unit(OrgUnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    Optional<Person> person(PersonId id) {
        return Optional.ofNullable(people.get(id));
    }

    private ImmutableList<OrgUnit> children(OrgUnitId parent) {
        return children.get(parent);
    }

    private ImmutableList<Person> members(OrgUnitId unit) {
        return members.get(unit);
    }

    /** What {@code person} may see in this org (see {@link OrgScope}), shared by their requests until the org changes. */
    OrgScope scopeOf(PersonId person) {
        OrgScope known = scopes.getIfPresent(person);
        if (known != null) {
            return known;
        }
        OrgScope scope = OrgScope.of(person, officeOf(person), this::person, this::unit);
        scopes.put(person, scope);
        return scope;
    }

    /** The office {@code person} works in, if they and their unit are known. */
    Optional<Office> officeOf(PersonId person) {
        return person(person).flatMap(p -> unit(Office.enclosing(p.unit(), this::unit))).map(offices::office);
    }
}
