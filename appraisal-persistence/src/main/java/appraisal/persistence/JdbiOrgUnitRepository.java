package appraisal.persistence;

import static appraisal.persistence.Table.text;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.port.out.OrgUnitRepository;
import java.util.List;
import java.util.Optional;

/** Org units in table {@code org_unit}, one row each. */
final class JdbiOrgUnitRepository implements OrgUnitRepository {

    /** One row of {@code org_unit}. */
    record OrgUnitRow(String id, String name, String kind, String parentId) {

        static OrgUnitRow of(OrgUnit unit) {
            return new OrgUnitRow(unit.id().value(), unit.name(), unit.kind().name(), unit.parent().map(OrgUnitId::value).orElse(null));
        }

        OrgUnit toUnit() {
            return new OrgUnit(new OrgUnitId(id), name, OrgUnitKind.valueOf(kind), Optional.ofNullable(parentId).map(OrgUnitId::new));
        }

        static final Table<OrgUnitRow> TABLE = new Table<>("org_unit", v -> new OrgUnitRow(v.text(), v.text(), v.text(), v.text()),
                text("id", OrgUnitRow::id), text("name", OrgUnitRow::name), text("kind", OrgUnitRow::kind),
                text("parent_id", OrgUnitRow::parentId));
    }

    /** Read with plain JDBC ({@link JdbcRows}): a cascade reads every office. */
    private static final String SELECT = "SELECT " + OrgUnitRow.TABLE.columnList("") + " FROM org_unit ";

    private final JdbiUnitOfWork transactions;

    JdbiOrgUnitRepository(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(OrgUnit unit) {
        OrgUnitRow row = OrgUnitRow.of(unit);
        transactions.writeStatement(h -> JdbcBatch.one(h, OrgUnitRow.TABLE.upsertSql(), row, OrgUnitRow.TABLE::bind,
                () -> "could not save org unit " + row.id()));
    }

    @Override
    public Optional<OrgUnit> find(OrgUnitId id) {
        return transactions.read(h -> JdbcRows.first(h, SELECT + "WHERE id = ?", List.of(id.value()), OrgUnitRow.TABLE.reader())).map(OrgUnitRow::toUnit);
    }

    @Override
    public List<OrgUnit> children(OrgUnitId parent) {
        return units(SELECT + "WHERE parent_id = ? ORDER BY id", parent.value());
    }

    @Override
    public List<OrgUnit> all() {
        return units(SELECT + "ORDER BY id", null);
    }

    private List<OrgUnit> units(String sql, String parent) {
        return transactions.read(h -> JdbcRows.list(h, sql, parent == null ? List.of() : List.of(parent), OrgUnitRow.TABLE.reader())).stream()
                .map(OrgUnitRow::toUnit).toList();
    }
}
