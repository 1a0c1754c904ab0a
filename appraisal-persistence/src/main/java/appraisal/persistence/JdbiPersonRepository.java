package appraisal.persistence;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.out.PersonRepository;
import java.util.List;
import java.util.Optional;

/** People in table {@code person}, one row each. */
final class JdbiPersonRepository implements PersonRepository {

    /** One row of {@code person}. */
    record PersonRow(String id, String name, String positionTitle, String positionLevel, String unitId, String supervisorId,
                     boolean onProbation) {

        static PersonRow of(Person p) {
            return new PersonRow(p.id().value(), p.name(), p.position(), p.level().name(), p.unit().value(),
                    p.supervisor().map(PersonId::value).orElse(null), p.onProbation());
        }

        Person toPerson() {
            return new Person(new PersonId(id), name, positionTitle, PositionLevel.valueOf(positionLevel), new OrgUnitId(unitId),
                    Optional.ofNullable(supervisorId).map(PersonId::new), onProbation);
        }
    }

    /** The columns of {@link #SELECT} by position, read with plain JDBC ({@link JdbcRows}): a cascade reads every head's staff. */
    private static final JdbcRows.RowReader<PersonRow> ROW = rs -> new PersonRow(Columns.text(rs, 1), Columns.text(rs, 2),
            Columns.text(rs, 3), Columns.text(rs, 4), Columns.text(rs, 5), Columns.text(rs, 6), rs.getBoolean(7));

    private static final String SELECT =
            "SELECT id, name, position_title, position_level, unit_id, supervisor_id, on_probation FROM person ";

    private final JdbiUnitOfWork transactions;

    JdbiPersonRepository(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Person person) {
        PersonRow row = PersonRow.of(person);
        transactions.writeStatement(h -> h.createUpdate("""
                        INSERT INTO person (id, name, position_title, position_level, unit_id, supervisor_id, on_probation)
                        VALUES (:id, :name, :positionTitle, :positionLevel, :unitId, :supervisorId, :onProbation)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, position_title = excluded.position_title,
                            position_level = excluded.position_level, unit_id = excluded.unit_id,
                            supervisor_id = excluded.supervisor_id, on_probation = excluded.on_probation""")
                .bind("id", row.id()).bind("name", row.name()).bind("positionTitle", row.positionTitle())
                .bind("positionLevel", row.positionLevel()).bind("unitId", row.unitId()).bind("supervisorId", row.supervisorId())
                .bind("onProbation", row.onProbation())
                .execute());
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return transactions.read(h -> JdbcRows.first(h, SELECT + "WHERE id = ?", List.of(id.value()), ROW)).map(PersonRow::toPerson);
    }

    @Override
    public List<Person> inUnit(OrgUnitId unit) {
        return people(SELECT + "WHERE unit_id = ? ORDER BY id", unit.value());
    }

    @Override
    public List<Person> subordinates(PersonId supervisor) {
        return people(SELECT + "WHERE supervisor_id = ? ORDER BY id", supervisor.value());
    }

    @Override
    public List<Person> all() {
        return people(SELECT + "ORDER BY id", null);
    }

    private List<Person> people(String sql, String key) {
        return transactions.read(h -> JdbcRows.list(h, sql, key == null ? List.of() : List.of(key), ROW)).stream()
                .map(PersonRow::toPerson).toList();
    }
}
