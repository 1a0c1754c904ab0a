package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.IntegrityProblem;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.model.store.StorageInspection;
import appraisal.domain.port.out.contract.PortExamples;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the store's inspection finds, and what a restore keeps true, on each database. */
abstract class StoreIntegrityTests {

    static final Instant AT = Instant.parse("2022-04-01T02:00:00Z");

    @RegisterExtension
    final FreshStore fresh;

    @TempDir
    Path folder;

    StoreIntegrityTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    abstract String liftOneAuditTrigger();

    private Store filled() {
        Store store = fresh.store();
        Agreement a = anAgreement().id("agr-1").draft();
        List<DomainEvent> events = a.pendingEvents();
        store.agreements().save(a);
        store.audit().append(events);
        return store;
    }

    @Test
    void every_table_of_the_schema_is_backed_up_and_parents_come_before_their_children() throws SQLException {
        List<String> tables = new ArrayList<>();
        List<String> misordered = new ArrayList<>();
        try (Connection c = Store.dataSource(fresh.store().location()).getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (!table.startsWith("flyway_") && !table.startsWith("sqlite_") && !StoreTables.BOOKKEEPING.contains(table)
                            && !StoreTables.TRANSIENT.contains(table)) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = meta.getImportedKeys(c.getCatalog(), c.getSchema(), table)) {
                    while (rs.next()) {
                        String parent = rs.getString("PKTABLE_NAME");
                        if (StoreTables.IN_ORDER.indexOf(parent) >= StoreTables.IN_ORDER.indexOf(table)) {
                            misordered.add(parent + " after " + table);
                        }
                    }
                }
            }
        }

        assertThat(StoreTables.IN_ORDER).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(misordered).isEmpty();
    }

    @Test
    void a_sound_store_inspects_without_problems() {
        StorageInspection inspection = filled().maintenance().inspect();

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.schemaVersion()).isEqualTo(SchemaMigrationTests.LATEST);
        assertThat(inspection.rows()).containsEntry("agreement", 1L).containsEntry("agreement_item", 2L).containsEntry("audit_event", 1L);
    }

    @Test
    void an_audit_trail_whose_append_only_trigger_was_lifted_is_reported() {
        Store store = filled();
        store.writeJdbi().useHandle(h -> h.execute(liftOneAuditTrigger()));

        assertThat(store.maintenance().inspect().problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("store.audit-not-append-only", "audit_event"));
    }

    @Test
    void after_a_restore_over_data_the_audit_trail_is_append_only_again_and_numbering_goes_on_after_the_backup() {
        Store source = filled();
        String backup = folder.resolve("b.db").toString();
        source.maintenance().backup(backup);
        Store target = fresh.anotherStore();
        for (int i = 0; i < 5; i++) {
            target.audit().append(List.of(PortExamples.event("agr-other", i, "agreement.signed", i, Map.of(), Map.of())));
        }

        RestoreReceipt receipt = target.maintenance().restore(backup, true, AT);
        target.audit().append(List.of(PortExamples.event("agr-1", 1, "agreement.signed", 1, Map.of(), Map.of())));
        Throwable update = catchThrowable(() -> target.writeJdbi().useHandle(h -> h.execute("UPDATE audit_event SET type = 'forged'")));

        assertThat(receipt.replacedRows()).containsEntry("audit_event", 5L);
        assertThat(update).isInstanceOf(JdbiException.class).hasMessageContaining("append-only");
        assertThat(target.maintenance().inspect().problems()).isEmpty();
        List<Long> seqs = target.writeJdbi().withHandle(h -> h.createQuery("SELECT seq FROM audit_event ORDER BY seq").mapTo(Long.class).list());
        assertThat(seqs).containsExactly(1L, 2L);
        assertThat(target.audit().history(Agreement.AGGREGATE_TYPE, "agr-other")).isEmpty();
    }

    @Test
    void a_backup_from_an_older_schema_is_restored_through_a_migrated_copy_and_itself_left_as_it_was() throws SQLException {
        Path old = folder.resolve("version-1.db");
        DataSource file = BackupFile.dataSource(old, false);
        Flyway.configure().dataSource(file).locations(Dialect.SQLITE.migrationLocations().toArray(String[]::new))
                .placeholders(Dialect.SQLITE.placeholders()).target("1").loggers("slf4j").load().migrate();
        try (Connection c = file.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO org_unit (id, name, kind, parent_id) VALUES ('CDD', 'กรมการพัฒนาชุมชน', 'DEPARTMENT', NULL)");
        }

        RestoreReceipt receipt = fresh.store().maintenance().restore(old.toString(), false, AT);

        assertThat(receipt.schemaVersion()).isEqualTo(SchemaMigrationTests.LATEST);
        assertThat(fresh.store().orgUnits().find(new OrgUnitId("CDD")).orElseThrow().name()).isEqualTo("กรมการพัฒนาชุมชน");
        assertThat(BackupFile.read(old).schemaVersion()).isEqualTo("1");
        assertThat(fresh.store().maintenance().inspect().problems()).isEmpty();
    }

    @Test
    void a_backup_from_a_newer_program_is_refused() throws SQLException {
        Store source = filled();
        Path backup = folder.resolve("newer.db");
        source.maintenance().backup(backup.toString());
        try (Connection c = BackupFile.dataSource(backup, false).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, "
                    + "execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");
        }

        assertThatThrownBy(() -> fresh.anotherStore().maintenance().restore(backup.toString(), false, AT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("restore.newer-schema");
                    assertThat(e.getMessage()).contains("schema version 99, newer than this program's " + SchemaMigrationTests.LATEST);
                });
    }

    @Test
    void a_backup_of_a_store_in_every_lifecycle_state_restores_equal() {
        Store source = fresh.store();
        List<Agreement> all = new ArrayList<>();
        for (AgreementStatus status : AgreementStatus.values()) {
            String name = status.name().toLowerCase(java.util.Locale.ROOT);
            all.add(anAgreement().id("agr-" + name).appraisee(new PersonId("p-" + name)).in(status));
        }
        all.add(PortExamples.reopenedAfterARefusalAndAReview("agr-rich", new PersonId("p-rich")));
        source.agreements().saveAll(all);
        String backup = folder.resolve("all.db").toString();
        source.maintenance().backup(backup);
        Store target = fresh.anotherStore();

        target.maintenance().restore(backup, false, AT);

        for (Agreement a : all) {
            assertThat(target.agreements().find(a.id()).orElseThrow().snapshot()).isEqualTo(source.agreements().find(a.id()).orElseThrow().snapshot());
        }
    }
}
