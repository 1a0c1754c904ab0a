package appraisal.persistence;

import static appraisal.persistence.Table.bool;
import static appraisal.persistence.Table.text;

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

        static final Table<PersonRow> TABLE = new Table<>("person",
                v -> new PersonRow(v.text(), v.text(), v.text(), v.text(), v.text(), v.text(), v.bool()),
                text("id", PersonRow::id), text("name", PersonRow::name), text("position_title", PersonRow::positionTitle),
                text("position_level", PersonRow::positionLevel), text("unit_id", PersonRow::unitId),
                text("supervisor_id", PersonRow::supervisorId), bool("on_probation", PersonRow::onProbation));
    }

    /** Read with plain JDBC ({@link JdbcRows}): a cascade reads every head's staff. */
    private static final String SELECT = "SELECT " + PersonRow.TABLE.columnList("") + " FROM person ";

    private final JdbiUnitOfWork transactions;

    JdbiPersonRepository(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Person person) {
        PersonRow row = PersonRow.of(person);
        transactions.writeStatement(h -> JdbcBatch.one(h, PersonRow.TABLE.upsertSql(), row, PersonRow.TABLE::bind,
                () -> "could not save person " + row.id()));
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return transactions.read(h -> JdbcRows.first(h, SELECT + "WHERE id = ?", List.of(id.value()), PersonRow.TABLE.reader())).map(PersonRow::toPerson);
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
        return transactions.read(h -> JdbcRows.list(h, sql, key == null ? List.of() : List.of(key), PersonRow.TABLE.reader())).stream()
                .map(PersonRow::toPerson).toList();
    }
}
