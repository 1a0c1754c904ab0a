package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.out.PersonRepository;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link PersonRepository} does: people read back as saved, and the unit and supervisor queries. */
public abstract class PersonRepositoryContract {

    /** The repository under test, empty at the start of each test. */
    protected abstract PersonRepository repository();

    private static final Person HEAD = new Person(new PersonId("p-100"), "นายสมชาย ใจดี", "พัฒนาการจังหวัดบุรีรัมย์", PositionLevel.D1,
            new OrgUnitId("BRM"), Optional.empty(), false);

    private void saveAnOffice() {
        repository().save(HEAD);
        repository().save(PortExamples.person("p-210", "นางสาวมาลี ศรีสุข", PositionLevel.K2, "BRM-LPM", "p-200"));
        repository().save(PortExamples.person("p-200", "นายประเสริฐ พัฒนา", PositionLevel.K3, "BRM-LPM", "p-100"));
        repository().save(PortExamples.person("p-201", "นางวันดี มีสุข", PositionLevel.K3, "BRM-KKS", "p-100"));
        repository().save(new Person(new PersonId("p-211"), "นายทดลอง งานใหม่", "นักวิชาการพัฒนาชุมชน", PositionLevel.K1,
                new OrgUnitId("BRM-LPM"), Optional.of(new PersonId("p-200")), true));
    }

    @Test
    void a_person_never_saved_is_not_found() {
        assertThat(repository().find(new PersonId("p-100"))).isEmpty();
        assertThat(repository().all()).isEmpty();
    }

    @Test
    void people_read_back_with_thai_names_position_level_unit_supervisor_and_probation() {
        saveAnOffice();

        assertThat(repository().find(HEAD.id())).contains(HEAD);
        Person onProbation = repository().find(new PersonId("p-211")).orElseThrow();
        assertThat(onProbation.onProbation()).isTrue();
        assertThat(onProbation.supervisor()).contains(new PersonId("p-200"));
        assertThat(onProbation.name()).isEqualTo("นายทดลอง งานใหม่");
    }

    @Test
    void saving_a_person_again_replaces_them() {
        saveAnOffice();
        Person promoted = new Person(new PersonId("p-210"), "นางสาวมาลี ศรีสุข", "นักวิชาการพัฒนาชุมชนชำนาญการ", PositionLevel.K2,
                new OrgUnitId("BRM-KKS"), Optional.empty(), false);

        repository().save(promoted);

        assertThat(repository().find(promoted.id())).contains(promoted);
        assertThat(repository().subordinates(new PersonId("p-200"))).extracting(p -> p.id().value()).containsExactly("p-211");
        assertThat(repository().all()).hasSize(5);
    }

    @Test
    void in_unit_lists_the_unit_s_people_ordered_by_id() {
        saveAnOffice();

        assertThat(repository().inUnit(new OrgUnitId("BRM-LPM"))).extracting(p -> p.id().value()).containsExactly("p-200", "p-210", "p-211");
        assertThat(repository().inUnit(new OrgUnitId("BRM"))).containsExactly(HEAD);
        assertThat(repository().inUnit(new OrgUnitId("BRM-XXX"))).isEmpty();
    }

    @Test
    void subordinates_are_the_direct_reports_ordered_by_id() {
        saveAnOffice();

        assertThat(repository().subordinates(HEAD.id())).extracting(p -> p.id().value()).containsExactly("p-200", "p-201");
        assertThat(repository().subordinates(new PersonId("p-200"))).extracting(p -> p.id().value()).containsExactly("p-210", "p-211");
        assertThat(repository().subordinates(new PersonId("p-211"))).isEmpty();
    }

    @Test
    void all_people_are_ordered_by_id() {
        saveAnOffice();

        assertThat(repository().all()).extracting(p -> p.id().value()).containsExactly("p-100", "p-200", "p-201", "p-210", "p-211");
    }
}
