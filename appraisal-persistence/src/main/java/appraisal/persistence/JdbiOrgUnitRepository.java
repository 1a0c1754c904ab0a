package appraisal.persistence;

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
    }

    /** The columns of {@link #SELECT} by position, read with plain JDBC ({@link JdbcRows}): a cascade reads every office. */
    private static final JdbcRows.RowReader<OrgUnitRow> ROW = rs ->
            new OrgUnitRow(Columns.text(rs, 1), Columns.text(rs, 2), Columns.text(rs, 3), Columns.text(rs, 4));

    private static final String SELECT = "SELECT id, name, kind, parent_id FROM org_unit ";

    private final JdbiUnitOfWork transactions;

    JdbiOrgUnitRepository(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(OrgUnit unit) {
        OrgUnitRow row = OrgUnitRow.of(unit);
        transactions.writeStatement(h -> h.createUpdate("""
                        INSERT INTO org_unit (id, name, kind, parent_id) VALUES (:id, :name, :kind, :parentId)
                        ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, parent_id = excluded.parent_id""")
                .bind("id", row.id()).bind("name", row.name()).bind("kind", row.kind()).bind("parentId", row.parentId())
                .execute());
    }

    @Override
    public Optional<OrgUnit> find(OrgUnitId id) {
        return transactions.read(h -> JdbcRows.first(h, SELECT + "WHERE id = ?", List.of(id.value()), ROW)).map(OrgUnitRow::toUnit);
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
        return transactions.read(h -> JdbcRows.list(h, sql, parent == null ? List.of() : List.of(parent), ROW)).stream()
                .map(OrgUnitRow::toUnit).toList();
    }
}
