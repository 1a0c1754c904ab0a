package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.port.out.OrgUnitRepository;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link OrgUnitRepository} does: the tree reads back as saved, children and lists by unit id. */
public abstract class OrgUnitRepositoryContract {

    /** The repository under test, empty at the start of each test. */
    protected abstract OrgUnitRepository repository();

    private void saveTheBuriramTree() {
        repository().save(PortExamples.department());
        repository().save(PortExamples.unit("BRM", "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE, "CDD"));
        repository().save(PortExamples.unit("BRM-LPM", "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ", OrgUnitKind.DISTRICT, "BRM"));
        repository().save(PortExamples.unit("BRM-KKS", "สำนักงานพัฒนาชุมชนอำเภอกระสัง", OrgUnitKind.DISTRICT, "BRM"));
        repository().save(PortExamples.unit("BRM-ADM", "กลุ่มงานอำนวยการ", OrgUnitKind.WORK_GROUP, "BRM"));
        repository().save(PortExamples.unit("BRM-LPM-1", "งานส่งเสริม", OrgUnitKind.WORK_GROUP, "BRM-LPM"));
    }

    @Test
    void a_unit_never_saved_is_not_found() {
        assertThat(repository().find(new OrgUnitId("BRM"))).isEmpty();
        assertThat(repository().all()).isEmpty();
    }

    @Test
    void units_read_back_with_their_thai_names_kinds_and_parents() {
        saveTheBuriramTree();

        assertThat(repository().find(new OrgUnitId("CDD"))).contains(PortExamples.department());
        assertThat(repository().find(new OrgUnitId("BRM-LPM")))
                .contains(PortExamples.unit("BRM-LPM", "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ", OrgUnitKind.DISTRICT, "BRM"));
    }

    @Test
    void saving_a_unit_again_replaces_it() {
        saveTheBuriramTree();
        OrgUnit moved = new OrgUnit(new OrgUnitId("BRM-LPM-1"), "งานส่งเสริมและพัฒนา", OrgUnitKind.WORK_GROUP, Optional.of(new OrgUnitId("BRM")));

        repository().save(moved);

        assertThat(repository().find(moved.id())).contains(moved);
        assertThat(repository().children(new OrgUnitId("BRM-LPM"))).isEmpty();
        assertThat(repository().all()).hasSize(6);
    }

    @Test
    void children_are_the_direct_children_ordered_by_id() {
        saveTheBuriramTree();

        assertThat(repository().children(new OrgUnitId("BRM"))).extracting(u -> u.id().value())
                .containsExactly("BRM-ADM", "BRM-KKS", "BRM-LPM");
        assertThat(repository().children(new OrgUnitId("CDD"))).extracting(u -> u.id().value()).containsExactly("BRM");
        assertThat(repository().children(new OrgUnitId("BRM-KKS"))).isEmpty();
    }

    @Test
    void all_units_are_ordered_by_id() {
        saveTheBuriramTree();

        assertThat(repository().all()).extracting(u -> u.id().value())
                .containsExactly("BRM", "BRM-ADM", "BRM-KKS", "BRM-LPM", "BRM-LPM-1", "CDD");
    }
}
