package appraisal.domain.model.org;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An office as the cascade sees it: a unit together with the work groups inside it (กลุ่มงาน, at
 * any depth) and the people of all of them. Its headcount is what bracket criteria such as T5
 * read as {@code office.headcount}.
 *
 * <p><b>The head of an office</b> is the one person of the office whose supervisor is outside it
 * (or who has no supervisor): everyone else answers, directly or not, to someone inside. An
 * office with nobody like that (empty, or a supervisor loop) is refused with
 * {@code org.unit-without-head}; with several (two people reporting out of the office) with
 * {@code org.unit-with-several-heads}, naming them, because which of them signs for the office
 * is then a choice the org data must make, not the cascade.
 */
public record Office(OrgUnit unit, ImmutableList<OrgUnit> workGroups, ImmutableList<Person> people) {

    public Office {
        Require.present(unit, "unit");
        Require.present(workGroups, "workGroups");
        Require.present(people, "people");
    }

    /** The number of people of the office, work groups included. */
    public int headcount() {
        return people.size();
    }

    /** The unit ids the office is made of: the unit and its work groups. */
    public Set<OrgUnitId> unitIds() {
        Set<OrgUnitId> ids = new HashSet<>();
        ids.add(unit.id());
        workGroups.forEach(w -> ids.add(w.id()));
        return ids;
    }

    /** The head of the office, or a refusal saying why there is not exactly one. */
    public Person head() {
        List<Person> heads = reportingOutside();
        if (heads.isEmpty()) {
            throw DomainException.refused("org.unit-without-head", unit.id() + " (" + unit.name() + ") has no head: "
                    + (people.isEmpty() ? "nobody works there" : "everyone's supervisor is inside the office"));
        }
        if (heads.size() > 1) {
            throw DomainException.refused("org.unit-with-several-heads", unit.id() + " (" + unit.name() + ") has "
                    + heads.size() + " people whose supervisor is outside it, so no single head: "
                    + heads.stream().map(p -> p.id() + " " + p.name()).collect(Collectors.joining(", ")));
        }
        return heads.get(0);
    }

    /**
     * Whether {@code person} is this office's one head; false when the office has no single head
     * (where {@link #head()} refuses), so nobody heads it.
     */
    public boolean isHeadedBy(PersonId person) {
        List<Person> heads = reportingOutside();
        return heads.size() == 1 && heads.get(0).id().equals(person);
    }

    /** The people of the office whose supervisor is outside it, or who have none: the candidates for its head. */
    private List<Person> reportingOutside() {
        Set<PersonId> inside = people.stream().map(Person::id).collect(Collectors.toSet());
        return people.stream().filter(p -> p.supervisor().map(s -> !inside.contains(s)).orElse(true)).toList();
    }

    /**
     * The office a unit belongs to: the unit itself unless it is a work group, then the nearest
     * enclosing unit that is not.
     */
    public static OrgUnitId enclosing(OrgUnitId unit, Function<OrgUnitId, Optional<OrgUnit>> units) {
        OrgUnitId at = unit;
        Set<OrgUnitId> seen = new HashSet<>();
        while (seen.add(at)) {
            Optional<OrgUnit> found = units.apply(at);
            if (found.isEmpty() || found.get().kind() != OrgUnitKind.WORK_GROUP || found.get().parent().isEmpty()) {
                return at;
            }
            at = found.get().parent().get();
        }
        return at;
    }
}
