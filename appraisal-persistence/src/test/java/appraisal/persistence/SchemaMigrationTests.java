package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.agreement.AgreementFixtures;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.round.Round;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Migrating an empty database, and migrating again, on each database. */
abstract class SchemaMigrationTests {

    static final List<String> TABLES = List.of("org_unit", "person", "round", "round_deadline", "indicator_version", "agreement",
            "agreement_item", "item_target_adjustment", "agreement_signature", "agreement_revision", "item_result", "evidence", "fact",
            "item_evaluation", "competency_level", "agreement_reopening", "audit_event", "id_counter", "user_account", "access_token",
            "account_session", "sign_in_failure");

    /** The latest schema version; change with every new migration. */
    static final String LATEST = "7";

    @RegisterExtension
    final FreshStore fresh;
    private final Dialect dialect;

    SchemaMigrationTests(TestDatabase database, Dialect dialect) {
        this.fresh = new FreshStore(database);
        this.dialect = dialect;
    }

    @Test
    void migrating_an_empty_database_applies_every_migration_and_creates_every_table_empty() {
        DataSource empty = Store.dataSource(fresh.emptyDatabase());
        assertThat(Schema.currentVersion(empty, dialect)).isEmpty();

        int applied = Schema.migrate(empty, dialect);

        assertThat(applied).isEqualTo(7);
        assertThat(Schema.currentVersion(empty, dialect)).isEqualTo(LATEST);
        Jdbi jdbi = Jdbi.create(empty);
        for (String table : TABLES) {
            int rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
            assertThat(rows).as(table).isZero();
        }
    }

    @Test
    void running_the_migrations_again_applies_nothing_and_keeps_the_data() {
        Store store = fresh.store();
        Round round = PortExamples.round2565Two();
        store.rounds().save(round);
        store.agreements().save(AgreementFixtures.anAgreement().in(AgreementStatus.CLOSED));

        int applied = Schema.migrate(Store.dataSource(store.location()), dialect);
        Store reopened = fresh.open(store.location());

        assertThat(applied).isZero();
        assertThat(reopened.schemaVersion()).isEqualTo(LATEST);
        assertThat(reopened.rounds().find(round.id())).contains(round);
        assertThat(reopened.agreements().find(AgreementFixtures.AGREEMENT_ID).orElseThrow().status()).isEqualTo(AgreementStatus.CLOSED);
    }

    @Test
    void opening_a_store_on_an_empty_database_creates_the_schema_and_works_at_once() {
        Store store = fresh.open(fresh.emptyDatabase());

        store.rounds().save(PortExamples.round2565Two());

        assertThat(store.schemaVersion()).isEqualTo(LATEST);
        assertThat(store.rounds().all()).hasSize(1);
    }

    @Test
    void an_applied_migration_that_was_edited_afterwards_is_refused_rather_than_run_again() {
        Store store = fresh.store();
        store.writeJdbi().useHandle(h -> h.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'"));
        // A migration can only change with the build, and a new build has another fingerprint.
        store.writeJdbi().useHandle(h -> h.execute("UPDATE schema_fingerprint SET fingerprint = 'an earlier build'"));

        assertThatThrownBy(() -> Schema.migrate(Store.dataSource(store.location()), dialect))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("checksum mismatch");
    }
}
