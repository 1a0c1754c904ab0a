package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.cli.demo.NationalDepartment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The national demo: the generated department has the size and shape asked for, the same seed
 * gives the same department and round, and a small department's round goes through the use cases
 * from cascade to evaluations.
 */
class NationalDemoTest {

    private static final String[] SMALL = {"demo", "--scale", "national", "--provinces", "2", "--districts", "7", "--people", "80"};

    private static String[] small(String... more) {
        String[] args = new String[SMALL.length + more.length];
        System.arraycopy(SMALL, 0, args, 0, SMALL.length);
        System.arraycopy(more, 0, args, SMALL.length, more.length);
        return args;
    }

    @Test
    void the_national_department_has_76_provinces_878_districts_and_10000_people_each_office_with_one_head() {
        NationalDepartment department = new NationalDepartment(NationalDepartment.Size.NATIONAL, 2565);

        assertThat(department.provinces()).hasSize(76);
        assertThat(department.districtCount()).isEqualTo(878);
        assertThat(department.people()).hasSize(10_000);
        IntSummaryStatistics districtsPerProvince = department.provinces().stream().mapToInt(p -> p.districts().size()).summaryStatistics();
        assertThat(districtsPerProvince.getMin()).isGreaterThanOrEqualTo(3);
        assertThat(districtsPerProvince.getMax()).isBetween(18, 40);
        Map<OrgUnitId, OrgUnit> units = new HashMap<>();
        department.units().forEach(u -> units.put(u.id(), u));
        Map<OrgUnitId, List<Person>> byOffice = department.people().stream()
                .collect(Collectors.groupingBy(p -> Office.enclosing(p.unit(), id -> Optional.ofNullable(units.get(id)))));
        for (NationalDepartment.Province province : department.provinces()) {
            assertThat(headOf(province.office(), byOffice, units)).isEqualTo(province.office().head());
            for (NationalDepartment.Office district : province.districts()) {
                assertThat(headOf(district, byOffice, units)).isEqualTo(district.head());
                assertThat(district.staff()).isNotEmpty();
            }
        }
    }

    /** The head as the cascade decides it: the one person of the office reporting outside it. */
    private static Object headOf(NationalDepartment.Office office, Map<OrgUnitId, List<Person>> byOffice, Map<OrgUnitId, OrgUnit> units) {
        List<OrgUnit> workGroups = units.values().stream().filter(u -> u.kind() == OrgUnitKind.WORK_GROUP
                && u.parent().equals(Optional.of(office.unit()))).toList();
        return new Office(units.get(office.unit()), ImmutableList.copyOf(workGroups), ImmutableList.copyOf(byOffice.get(office.unit())))
                .head().id();
    }

    @Test
    void the_same_seed_gives_the_same_department_and_another_seed_another() {
        NationalDepartment a = new NationalDepartment(new NationalDepartment.Size(2, 7, 80), 7);
        NationalDepartment b = new NationalDepartment(new NationalDepartment.Size(2, 7, 80), 7);
        NationalDepartment c = new NationalDepartment(new NationalDepartment.Size(2, 7, 80), 8);

        assertThat(a.units()).isEqualTo(b.units()).hasSize(1 + 2 * 5 + 7);
        assertThat(a.people()).isEqualTo(b.people()).hasSize(80);
        assertThat(a.provinces()).isEqualTo(b.provinces());
        assertThat(c.people()).extracting(Person::name).isNotEqualTo(a.people().stream().map(Person::name).toList());
        assertThat(a.provinces().stream().mapToInt(p -> p.districts().size()).sum()).isEqualTo(7);
    }

    @Test
    void a_small_department_s_round_runs_through_the_use_cases_the_same_way_twice() {
        InMemoryCli first = new InMemoryCli();
        InMemoryCli second = new InMemoryCli();

        InMemoryCli.Run run = first.run(small("--seed", "7", "--format", "csv"));
        InMemoryCli.Run again = second.run(small("--seed", "7", "--format", "csv"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        // Everyone but the director-general has an agreement: 79 of 80.
        assertThat(run.out().lines()).first().isEqualTo("provinces,districts,people,agreements,signed,self_assessed,evaluated");
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("2,7,80,79,");
        assertThat(again.out()).isEqualTo(run.out());
        for (String[] query : new String[][] {{"org", "tree"}, {"agreement", "list"}, {"score"}, {"round", "compliance", "--by-office"}}) {
            String[] csv = append(query, "--format", "csv");
            List<String> a = Scenario.ok(first, csv).lines().limit(6).toList();
            assertThat(Scenario.ok(second, csv).lines().limit(6).toList()).as(String.join(" ", query)).isEqualTo(a).hasSize(6);
        }
    }

    @Test
    void the_cascade_reaches_every_staff_member_with_twelve_items_linked_to_their_head_s() throws Exception {
        InMemoryCli cli = new InMemoryCli();
        Scenario.ok(cli, small("--seed", "7"));

        List<String> agreements = Scenario.ok(cli, "agreement", "list", "--format", "csv").lines().skip(1).toList();
        // The first province head's agreement (AG-1) is the parent of its districts' and its work groups' agreements.
        String report = Scenario.ok(cli, "cascade", "report", "AG-1", "--format", "json");
        String staffAgreement = Scenario.ok(cli, "agreement", "list", "--appraisee", "P01-D01-02", "--format", "csv").lines()
                .skip(1).findFirst().orElseThrow().split(",")[0];
        JsonNode staff = new ObjectMapper().readTree(Scenario.ok(cli, "agreement", "show", staffAgreement, "--format", "json"));
        JsonNode districtHead = new ObjectMapper().readTree(Scenario.ok(cli, "agreement", "show", staff.get("parent").asText(),
                "--format", "json"));

        assertThat(agreements).hasSize(79);
        assertThat(report).contains("\"uncovered\" : [ ]").contains("\"without_agreement\" : [ ]");
        assertThat(staff.get("items")).hasSize(12);
        assertThat(staff.get("evaluator").asText()).isEqualTo("P01-D01-01");
        assertThat(districtHead.get("appraisee").asText()).isEqualTo("P01-D01-01");
        assertThat(districtHead.get("parent").asText()).isEqualTo("AG-1");
        assertThat(districtHead.get("items")).hasSize(12);
    }

    private static String[] append(String[] head, String... tail) {
        String[] out = new String[head.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    @Test
    void a_department_too_small_for_its_shape_is_a_usage_error() {
        InMemoryCli.Run run = new InMemoryCli().run("demo", "--scale", "national", "--provinces", "2", "--districts", "7", "--people", "30");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("need at least 41 people");
    }
}
