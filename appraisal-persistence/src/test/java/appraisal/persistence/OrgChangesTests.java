package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The org change count moves on with every committed change to a unit or a person, whoever makes it, and only then. */
abstract class OrgChangesTests {

    private static final OrgUnit DEPARTMENT = new OrgUnit(new OrgUnitId("CDD"), "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty());
    private static final OrgUnit PROVINCE = new OrgUnit(new OrgUnitId("BRM"), "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE,
            Optional.of(DEPARTMENT.id()));
    private static final OrgUnit DISTRICT = new OrgUnit(new OrgUnitId("BRM-MUEANG"), "สำนักงานพัฒนาชุมชนอำเภอเมือง", OrgUnitKind.DISTRICT,
            Optional.of(PROVINCE.id()));
    private static final Person HEAD = new Person(new PersonId("P-1"), "นายธนพล บุญมา", "พัฒนาการจังหวัด", PositionLevel.M1, PROVINCE.id(),
            Optional.empty(), false);

    @RegisterExtension
    final FreshStore fresh;

    @TempDir
    Path folder;

    OrgChangesTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    @Test
    void every_saved_unit_or_person_moves_the_count_on_and_reading_does_not() {
        Store store = fresh.store();
        store.orgUnits().save(DEPARTMENT);
        long before = store.orgChanges().count();
        store.orgUnits().save(PROVINCE);
        long afterUnit = store.orgChanges().count();
        store.people().save(HEAD);
        long afterPerson = store.orgChanges().count();
        store.people().save(new Person(HEAD.id(), HEAD.name(), HEAD.position(), HEAD.level(), PROVINCE.id(), Optional.empty(), true));
        long afterChange = store.orgChanges().count();
        assertThat(java.util.List.of(before, afterUnit, afterPerson, afterChange)).doesNotHaveDuplicates();
        store.people().all();
        store.orgUnits().children(PROVINCE.id());
        assertThat(store.orgChanges().count()).isEqualTo(afterChange);
    }

    @Test
    void a_change_made_through_another_store_on_the_same_database_is_seen() {
        Store store = fresh.store();
        store.orgUnits().save(DEPARTMENT);
        store.orgUnits().save(PROVINCE);
        long seen = store.orgChanges().count();
        Store other = fresh.open(store.location());
        other.orgUnits().save(DISTRICT);
        assertThat(store.orgChanges().count()).isNotEqualTo(seen);
    }

    @Test
    void a_change_rolled_back_does_not_move_the_count_and_a_restore_does() {
        Store store = fresh.store();
        store.orgUnits().save(DEPARTMENT);
        store.orgUnits().save(PROVINCE);
        store.people().save(HEAD);
        long saved = store.orgChanges().count();
        try {
            store.unitOfWork().inTransaction(() -> {
                store.orgUnits().save(DISTRICT);
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(store.orgChanges().count()).isEqualTo(saved);
        String backup = folder.resolve("org.db").toString();
        store.maintenance().backup(backup);
        store.orgUnits().save(DISTRICT);
        long changed = store.orgChanges().count();
        store.maintenance().restore(backup, true, Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(store.orgChanges().count()).isNotEqualTo(changed);
        assertThat(store.orgUnits().find(DISTRICT.id())).isEmpty();
    }
}
