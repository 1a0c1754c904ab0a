package appraisal.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees whom, on an organisation shaped like the demo's: the department (its deputy
 * director-general at the top), the Buriram province office with a work group and two districts,
 * and another province. Each test states everyone a principal sees, so a person wrongly seen
 * shows up as much as one wrongly hidden.
 */
class VisibilityTest {

    private static final PersonId ADMIN_ACTOR = new PersonId("user:admin");

    private final InMemorySystem system = new InMemorySystem();

    @BeforeEach
    void organisation() {
        unit("CDD", OrgUnitKind.DEPARTMENT, null);
        unit("BRM", OrgUnitKind.PROVINCE, "CDD");
        unit("BRM-COORD", OrgUnitKind.WORK_GROUP, "BRM");
        unit("BRM-LPM", OrgUnitKind.DISTRICT, "BRM");
        unit("BRM-LPM-WG", OrgUnitKind.WORK_GROUP, "BRM-LPM");
        unit("BRM-NRG", OrgUnitKind.DISTRICT, "BRM");
        unit("SRN", OrgUnitKind.PROVINCE, "CDD");
        unit("SRN-X", OrgUnitKind.DISTRICT, "SRN");
        person("CDD-0001", "CDD", null);
        person("BRM-0001", "BRM", "CDD-0001");
        person("BRM-COORD-01", "BRM-COORD", "BRM-0001");
        person("BRM-LPM-01", "BRM-LPM", "BRM-0001");
        person("BRM-LPM-02", "BRM-LPM", "BRM-LPM-01");
        person("BRM-LPM-03", "BRM-LPM-WG", "BRM-LPM-01");
        person("BRM-LPM-04", "BRM-LPM", "BRM-LPM-02");
        person("BRM-NRG-01", "BRM-NRG", "BRM-0001");
        person("BRM-NRG-02", "BRM-NRG", "BRM-NRG-01");
        person("SRN-0001", "SRN", "CDD-0001");
        person("SRN-X-01", "SRN-X", "SRN-0001");
        person("SRN-X-02", "SRN-X", "SRN-X-01");
    }

    private void unit(String id, OrgUnitKind kind, String parent) {
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId(id), id, kind, Optional.ofNullable(parent).map(OrgUnitId::new)),
                ADMIN_ACTOR));
    }

    private void person(String id, String unit, String supervisor) {
        system.org.register(new RegisterPersonCommand(new Person(new PersonId(id), "คน " + id, "นักวิชาการพัฒนาชุมชน", PositionLevel.K2,
                new OrgUnitId(unit), Optional.ofNullable(supervisor).map(PersonId::new), false), ADMIN_ACTOR));
    }

    private Visibility of(String person) {
        return system.visibility.visibility(new Principal("u-" + person, Optional.of(new PersonId(person)), false));
    }

    private TreeSet<String> seenBy(String person) {
        Visibility v = of(person);
        return system.people.all().stream().map(Person::id).filter(v::sees).map(PersonId::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private TreeSet<String> unitsSeenBy(String person) {
        Visibility v = of(person);
        return system.units.all().stream().map(OrgUnit::id).filter(v::seesUnit).map(OrgUnitId::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void an_administrator_sees_everyone_and_every_unit() {
        Visibility admin = system.visibility.visibility(new Principal("admin", Optional.empty(), true));

        assertThat(admin.all()).isTrue();
        assertThat(system.people.all()).allMatch(p -> admin.sees(p.id()));
        assertThat(system.units.all()).allMatch(u -> admin.seesUnit(u.id()));
        assertThat(admin.sees(new PersonId("not-stored"))).isTrue();
    }

    @Test
    void the_province_head_sees_the_province_office_its_work_groups_and_all_its_districts_staff_but_not_another_province() {
        assertThat(seenBy("BRM-0001")).containsExactly("BRM-0001", "BRM-COORD-01", "BRM-LPM-01", "BRM-LPM-02", "BRM-LPM-03",
                "BRM-LPM-04", "BRM-NRG-01", "BRM-NRG-02");
        assertThat(unitsSeenBy("BRM-0001")).containsExactly("BRM", "BRM-COORD", "BRM-LPM", "BRM-LPM-WG", "BRM-NRG");
        assertThat(of("BRM-0001").all()).isFalse();
    }

    @Test
    void a_district_head_sees_their_own_office_and_its_work_group_only() {
        assertThat(seenBy("BRM-LPM-01")).containsExactly("BRM-LPM-01", "BRM-LPM-02", "BRM-LPM-03", "BRM-LPM-04");
        assertThat(unitsSeenBy("BRM-LPM-01")).containsExactly("BRM-LPM", "BRM-LPM-WG");
    }

    @Test
    void staff_see_only_themselves() {
        assertThat(seenBy("BRM-LPM-03")).containsExactly("BRM-LPM-03");
        assertThat(unitsSeenBy("BRM-LPM-03")).isEmpty();
        assertThat(seenBy("BRM-COORD-01")).containsExactly("BRM-COORD-01");
    }

    @Test
    void an_evaluator_who_heads_nothing_sees_those_they_supervise_and_no_unit() {
        assertThat(seenBy("BRM-LPM-02")).containsExactly("BRM-LPM-02", "BRM-LPM-04");
        assertThat(unitsSeenBy("BRM-LPM-02")).isEmpty();
    }

    @Test
    void the_department_head_sees_every_province_through_the_units_they_head() {
        assertThat(seenBy("CDD-0001")).hasSize(system.people.all().size());
        assertThat(unitsSeenBy("CDD-0001")).hasSize(system.units.all().size());
    }

    @Test
    void in_an_office_with_two_people_reporting_outside_nobody_heads_it_and_only_the_supervisor_chain_counts() {
        person("BRM-NRG-03", "BRM-NRG", "BRM-0001");
        person("BRM-NRG-04", "BRM-NRG", "BRM-NRG-03");

        assertThat(seenBy("BRM-NRG-01")).containsExactly("BRM-NRG-01", "BRM-NRG-02");
        assertThat(unitsSeenBy("BRM-NRG-01")).isEmpty();
        assertThat(seenBy("BRM-0001")).contains("BRM-NRG-03", "BRM-NRG-04");
    }

    @Test
    void visibility_follows_the_org_as_it_is_now() {
        person("BRM-LPM-02", "BRM-NRG", "BRM-NRG-01");

        assertThat(seenBy("BRM-LPM-01")).containsExactly("BRM-LPM-01", "BRM-LPM-03");
        assertThat(seenBy("BRM-NRG-01")).containsExactly("BRM-LPM-02", "BRM-LPM-04", "BRM-NRG-01", "BRM-NRG-02");
    }

    @Test
    void someone_unknown_or_a_person_without_a_stored_record_sees_only_themself() {
        Visibility ghost = of("NOBODY-1");

        assertThat(ghost.sees(new PersonId("NOBODY-1"))).isTrue();
        assertThat(system.people.all()).noneMatch(p -> ghost.sees(p.id()));
        assertThat(List.of(ghost.seesUnit(new OrgUnitId("BRM")))).containsExactly(false);
    }

    @Test
    void a_change_to_the_org_is_seen_by_the_next_question_though_the_org_was_read_before() {
        assertThat(seenBy("BRM-LPM-02")).containsExactly("BRM-LPM-02", "BRM-LPM-04");
        // BRM-NRG-02 moves to Lam Plai Mat under BRM-LPM-02; a new work group appears under Nang Rong.
        person("BRM-NRG-02", "BRM-LPM", "BRM-LPM-02");
        unit("BRM-NRG-WG", OrgUnitKind.WORK_GROUP, "BRM-NRG");
        person("BRM-NRG-03", "BRM-NRG-WG", "BRM-NRG-01");

        assertThat(seenBy("BRM-LPM-02")).containsExactly("BRM-LPM-02", "BRM-LPM-04", "BRM-NRG-02");
        assertThat(seenBy("BRM-NRG-01")).containsExactly("BRM-NRG-01", "BRM-NRG-03");
        assertThat(unitsSeenBy("BRM-NRG-01")).containsExactly("BRM-NRG", "BRM-NRG-WG");
    }
}
