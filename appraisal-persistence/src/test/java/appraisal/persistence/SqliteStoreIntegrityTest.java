package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.store.IntegrityProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The store's inspection and restores on SQLite files, and what only SQLite's own checks can find. */
class SqliteStoreIntegrityTest extends StoreIntegrityTests {

    SqliteStoreIntegrityTest() {
        super(TestDatabase.SQLITE);
    }

    @Override
    String liftOneAuditTrigger() {
        return "DROP TRIGGER audit_event_no_delete";
    }

    @Test
    void a_row_written_behind_the_store_s_back_that_breaks_a_foreign_key_is_found() throws Exception {
        Store store = fresh.store();
        store.agreements().save(anAgreement().id("agr-1").draft());
        try (Connection c = DriverManager.getConnection(store.location().jdbcUrl()); Statement s = c.createStatement()) {
            // Another program, with SQLite's default of foreign keys off.
            s.executeUpdate("INSERT INTO agreement_signature (agreement_id, revision, role, ordinal, signer_id, signed_at) "
                    + "VALUES ('agr-gone', 1, 'APPRAISEE', 0, 'P-1', '2021-10-05T02:00:00.000000000Z')");
        }

        assertThat(store.maintenance().inspect().problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sqlite.foreign-key", "agreement_signature"));
    }

    @Test
    void replacing_keeps_the_replaced_file_aside_next_to_the_store_as_a_store_of_its_own() throws Exception {
        Store source = fresh.store();
        source.agreements().save(anAgreement().id("agr-new").draft());
        Path backup = folder.resolve("new.db");
        source.maintenance().backup(backup.toString());
        Store target = fresh.anotherStore();
        target.agreements().save(anAgreement().id("agr-old").draft());

        var receipt = target.maintenance().restore(backup.toString(), true, AT);
        Path aside = Path.of(receipt.setAside().orElseThrow());
        Store old = fresh.open(StoreLocation.parse(aside.toString()));

        assertThat(aside).isEqualTo(Path.of(target.location().sqliteFile() + ".before-restore-20220401-020000"));
        assertThat(old.agreements().find(new appraisal.domain.model.agreement.AgreementId("agr-old"))).isPresent();
        assertThat(old.agreements().find(new appraisal.domain.model.agreement.AgreementId("agr-new"))).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("new.db");
        }
    }
}
