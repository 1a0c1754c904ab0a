package appraisal.domain.model.org;

import appraisal.domain.model.shared.Require;
import java.util.Objects;
import java.util.Optional;

/** A unit of the organisation tree; only the department has no parent. */
public record OrgUnit(OrgUnitId id, String name, OrgUnitKind kind, Optional<OrgUnitId> parent) {

    public OrgUnit {
        Require.present(id, "id");
        name = Require.text(name, "name");
        Require.present(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        Require.that((kind == OrgUnitKind.DEPARTMENT) == parent.isEmpty(), "org.bad-parent",
                kind == OrgUnitKind.DEPARTMENT ? "the department has no parent unit" : name + " needs a parent unit", "parent");
        Require.that(parent.map(p -> !p.equals(id)).orElse(true), "org.self-parent", name + " cannot be its own parent", "parent");
    }
}
