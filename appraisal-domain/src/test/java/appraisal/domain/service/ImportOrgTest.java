package appraisal.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.org.OrgImport;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportOrgTest {

    private final InMemorySystem system = new InMemorySystem();
    private final PersonId admin = new PersonId("admin");

    private static OrgUnit unit(String id, OrgUnitKind kind, String parent) {
        return new OrgUnit(new OrgUnitId(id), "หน่วย " + id, kind, Optional.ofNullable(parent).map(OrgUnitId::new));
    }

    private static Person person(String id, String unit, String supervisor) {
        return new Person(new PersonId(id), "คน " + id, "นักพัฒนาชุมชน", PositionLevel.K1, new OrgUnitId(unit),
                Optional.ofNullable(supervisor).map(PersonId::new), false);
    }

    @Test
    void units_and_people_listed_children_first_are_stored_parents_first() {
        OrgImport result = system.org.importOrg(new ImportOrgCommand(
                ImmutableList.of(unit("D1", OrgUnitKind.DISTRICT, "P"), unit("P", OrgUnitKind.PROVINCE, "CDD"),
                        unit("CDD", OrgUnitKind.DEPARTMENT, null)),
                ImmutableList.of(person("s1", "D1", "h1"), person("h1", "D1", "boss"), person("boss", "P", null)), admin));

        assertThat(result).isEqualTo(new OrgImport(3, 0, 3, 0));
        assertThat(system.units.all()).hasSize(3);
        assertThat(system.people.subordinates(new PersonId("h1"))).extracting(p -> p.id().value()).containsExactly("s1");
    }

    @Test
    void a_supervisor_cycle_is_refused_naming_the_entry_and_nothing_is_stored() {
        assertThatThrownBy(() -> system.org.importOrg(new ImportOrgCommand(ImmutableList.of(unit("CDD", OrgUnitKind.DEPARTMENT, null)),
                ImmutableList.of(person("a", "CDD", "b"), person("b", "CDD", "c"), person("c", "CDD", "a")), admin)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("person.supervisor-cycle");
                    assertThat(e.location()).isEqualTo("people/0");
                    assertThat(e.getMessage()).contains("a → b → c → a");
                });
        assertThat(system.units.all()).isEmpty();
        assertThat(system.people.all()).isEmpty();
        assertThat(system.audit.all()).isEmpty();
    }

    @Test
    void an_unknown_parent_and_a_duplicate_code_name_their_entries() {
        assertThatThrownBy(() -> system.org.importOrg(new ImportOrgCommand(ImmutableList.of(unit("CDD", OrgUnitKind.DEPARTMENT, null),
                unit("X", OrgUnitKind.DISTRICT, "NOWHERE")), ImmutableList.of(), admin)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.unknown-parent");
                    assertThat(e.location()).isEqualTo("units/1");
                });
        assertThatThrownBy(() -> system.org.importOrg(new ImportOrgCommand(ImmutableList.of(unit("CDD", OrgUnitKind.DEPARTMENT, null),
                unit("CDD", OrgUnitKind.DEPARTMENT, null)), ImmutableList.of(), admin)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.duplicate-code");
                    assertThat(e.location()).isEqualTo("units/1");
                });
        assertThat(system.units.all()).isEmpty();
    }

    @Test
    void a_unit_tree_cycle_is_refused() {
        system.org.importOrg(new ImportOrgCommand(ImmutableList.of(unit("CDD", OrgUnitKind.DEPARTMENT, null)), ImmutableList.of(), admin));

        assertThatThrownBy(() -> system.org.importOrg(new ImportOrgCommand(ImmutableList.of(unit("A", OrgUnitKind.PROVINCE, "B"),
                unit("B", OrgUnitKind.PROVINCE, "A")), ImmutableList.of(), admin)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org.cycle"));
        assertThat(system.units.all()).hasSize(1);
    }
}
