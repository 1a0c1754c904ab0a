package appraisal.domain.model.org;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The head of an office is the one person whose supervisor is outside it. */
class OfficeTest {

    private static final OrgUnit PROVINCE = new OrgUnit(new OrgUnitId("BRM"), "บุรีรัมย์", OrgUnitKind.PROVINCE,
            Optional.of(new OrgUnitId("CDD")));
    private static final OrgUnit GROUP = new OrgUnit(new OrgUnitId("BRM-STR"), "กลุ่มงานยุทธศาสตร์", OrgUnitKind.WORK_GROUP,
            Optional.of(PROVINCE.id()));

    private static Person person(String id, OrgUnit unit, String supervisor) {
        return new Person(new PersonId(id), "คน " + id, "นักพัฒนาชุมชน", PositionLevel.K2, unit.id(),
                Optional.ofNullable(supervisor).map(PersonId::new), false);
    }

    @Test
    void the_head_is_the_one_person_reporting_outside_the_office_work_groups_included() {
        Office office = new Office(PROVINCE, ImmutableList.of(GROUP), ImmutableList.of(
                person("P1", PROVINCE, "DIRECTOR"), person("P2", GROUP, "P1"), person("P3", GROUP, "P2")));

        assertThat(office.head().id()).isEqualTo(new PersonId("P1"));
        assertThat(office.headcount()).isEqualTo(3);
        assertThat(office.unitIds()).containsExactlyInAnyOrder(PROVINCE.id(), GROUP.id());
    }

    @Test
    void someone_with_no_supervisor_at_all_heads_their_office() {
        Office office = new Office(PROVINCE, ImmutableList.of(), ImmutableList.of(person("P1", PROVINCE, null), person("P2", PROVINCE, "P1")));

        assertThat(office.head().id()).isEqualTo(new PersonId("P1"));
    }

    @Test
    void two_people_reporting_outside_make_no_single_head_and_both_are_named() {
        Office office = new Office(PROVINCE, ImmutableList.of(), ImmutableList.of(
                person("P1", PROVINCE, "DIRECTOR"), person("P2", PROVINCE, "GOVERNOR"), person("P3", PROVINCE, "P1")));

        var refusal = refusalOf(office::head);

        assertThat(refusal.code()).isEqualTo("org.unit-with-several-heads");
        assertThat(refusal.getMessage()).contains("P1").contains("P2").doesNotContain("P3 ");
    }

    @Test
    void an_empty_office_and_a_supervisor_loop_have_no_head() {
        assertThat(refusalOf(() -> new Office(PROVINCE, ImmutableList.of(), ImmutableList.of()).head()).code())
                .isEqualTo("org.unit-without-head");
        Office loop = new Office(PROVINCE, ImmutableList.of(), ImmutableList.of(person("P1", PROVINCE, "P2"), person("P2", PROVINCE, "P1")));
        var refusal = refusalOf(loop::head);
        assertThat(refusal.code()).isEqualTo("org.unit-without-head");
        assertThat(refusal.getMessage()).contains("everyone's supervisor is inside");
    }

    @Test
    void a_work_group_belongs_to_the_office_that_encloses_it() {
        OrgUnit subGroup = new OrgUnit(new OrgUnitId("BRM-STR-1"), "งานแผน", OrgUnitKind.WORK_GROUP, Optional.of(GROUP.id()));
        Map<OrgUnitId, OrgUnit> units = Map.of(PROVINCE.id(), PROVINCE, GROUP.id(), GROUP, subGroup.id(), subGroup);

        assertThat(Office.enclosing(subGroup.id(), id -> Optional.ofNullable(units.get(id)))).isEqualTo(PROVINCE.id());
        assertThat(Office.enclosing(PROVINCE.id(), id -> Optional.ofNullable(units.get(id)))).isEqualTo(PROVINCE.id());
    }
}
