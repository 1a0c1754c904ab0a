package appraisal.domain.model.org;

import appraisal.domain.model.shared.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * A civil servant: name, position title, position level, unit and supervisor. The supervisor
 * chain decides who evaluates (the supervisor) and who reviews (the supervisor's supervisor).
 */
public record Person(PersonId id, String name, String position, PositionLevel level, OrgUnitId unit,
                     Optional<PersonId> supervisor, boolean onProbation) {

    public Person {
        Require.present(id, "id");
        name = Require.text(name, "name");
        position = Require.text(position, "position");
        Require.present(level, "level");
        Require.present(unit, "unit");
        Objects.requireNonNull(supervisor, "supervisor");
        Require.that(supervisor.map(s -> !s.equals(id)).orElse(true), "person.self-supervisor",
                name + " cannot supervise themself", "supervisor");
    }
}
