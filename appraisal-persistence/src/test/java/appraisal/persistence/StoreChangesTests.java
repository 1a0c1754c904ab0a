package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.access.SessionRecord;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.out.StoreChanges;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The org change count moves on with every committed change to a unit or a person, and the access
 * count with every change to an account or a bearer token, whoever makes it, and only then.
 */
abstract class StoreChangesTests {

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

    StoreChangesTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    @Test
    void every_saved_unit_or_person_moves_the_count_on_and_reading_does_not() {
        Store store = fresh.store();
        store.orgUnits().save(DEPARTMENT);
        long before = store.changes().counts().org();
        store.orgUnits().save(PROVINCE);
        long afterUnit = store.changes().counts().org();
        store.people().save(HEAD);
        long afterPerson = store.changes().counts().org();
        store.people().save(new Person(HEAD.id(), HEAD.name(), HEAD.position(), HEAD.level(), PROVINCE.id(), Optional.empty(), true));
        long afterChange = store.changes().counts().org();
        assertThat(java.util.List.of(before, afterUnit, afterPerson, afterChange)).doesNotHaveDuplicates();
        store.people().all();
        store.orgUnits().children(PROVINCE.id());
        assertThat(store.changes().counts().org()).isEqualTo(afterChange);
    }

    @Test
    void a_change_made_through_another_store_on_the_same_database_is_seen() {
        Store store = fresh.store();
        store.orgUnits().save(DEPARTMENT);
        store.orgUnits().save(PROVINCE);
        long seen = store.changes().counts().org();
        Store other = fresh.open(store.location());
        other.orgUnits().save(DISTRICT);
        assertThat(store.changes().counts().org()).isNotEqualTo(seen);
    }

    @Test
    void a_change_rolled_back_does_not_move_the_count_and_a_restore_does() {
        Store store = fresh.store();
        store.orgUnits().save(DEPARTMENT);
        store.orgUnits().save(PROVINCE);
        store.people().save(HEAD);
        long saved = store.changes().counts().org();
        try {
            store.unitOfWork().inTransaction(() -> {
                store.orgUnits().save(DISTRICT);
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(store.changes().counts().org()).isEqualTo(saved);
        String backup = folder.resolve("org.db").toString();
        store.maintenance().backup(backup);
        store.orgUnits().save(DISTRICT);
        long changed = store.changes().counts().org();
        store.maintenance().restore(backup, true, Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(store.changes().counts().org()).isNotEqualTo(changed);
        assertThat(store.orgUnits().find(DISTRICT.id())).isEmpty();
    }

    private static final Instant AT = Instant.parse("2022-09-01T02:00:00Z");
    private static final UserAccount ACCOUNT = new UserAccount("somchai", Optional.of(HEAD.id()), false, "pbkdf2$hash", AT, false);
    private static final TokenInfo TOKEN = new TokenInfo("TK-1", "somchai", "nightly export", AT, AT.plusSeconds(86_400), Optional.empty());

    @Test
    void every_change_to_an_account_or_token_moves_the_access_count_on_and_reading_or_sessions_do_not() {
        Store store = fresh.store();
        long before = store.changes().counts().access();
        store.accounts().save(ACCOUNT);
        long afterAccount = store.changes().counts().access();
        store.tokens().add(TOKEN, "digest-1");
        long afterToken = store.changes().counts().access();
        store.tokens().revoke(TOKEN.id(), AT.plusSeconds(60));
        long afterRevoke = store.changes().counts().access();
        store.accounts().save(new UserAccount("somchai", Optional.of(HEAD.id()), false, "pbkdf2$hash", AT, true));
        long afterDisable = store.changes().counts().access();
        assertThat(List.of(before, afterAccount, afterToken, afterRevoke, afterDisable)).doesNotHaveDuplicates();

        store.tokens().findByDigest("digest-1");
        store.accounts().find("somchai");
        store.sessions().add(new SessionRecord("session-digest", "somchai", "csrf", AT, AT));
        store.sessions().touch("session-digest", AT.plusSeconds(120));
        assertThat(store.changes().counts().access()).isEqualTo(afterDisable);
    }

    @Test
    void a_token_revoked_through_another_store_on_the_same_database_moves_the_access_count_but_not_the_org_count() {
        Store server = fresh.store();
        server.accounts().save(ACCOUNT);
        server.tokens().add(TOKEN, "digest-1");
        StoreChanges.ChangeCounts seen = server.changes().counts();

        fresh.open(server.location()).tokens().revoke(TOKEN.id(), AT.plusSeconds(60));

        assertThat(server.changes().counts().access()).isNotEqualTo(seen.access());
        assertThat(server.changes().counts().org()).isEqualTo(seen.org());
    }
}
