package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.fake.SettableClock;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.store.IntegrityProblem;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.port.in.store.StoreCheck;
import appraisal.domain.service.StoreService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What someone who holds the database can do to the audit trail — lift the append-only triggers,
 * remove, rewrite or add events, put the triggers back — and that the check then names the
 * agreement, the event and what was done, on each database; and that a trail written before the
 * trail was sealed (V12) checks clean once migrated.
 */
abstract class AuditTamperingTests {

    static final Instant AT = Instant.parse("2022-04-01T02:00:00Z");

    @RegisterExtension
    final FreshStore fresh;

    @TempDir
    Path folder;

    private Store store;

    AuditTamperingTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    /** Runs {@code sql} as someone holding the database: the audit trail's triggers lifted, then put back as they were. */
    abstract void behindTheTriggers(Connection c, String... sql) throws SQLException;

    /** Whoever can write a SQLite file (a store, a backup): drops the triggers, does what they came for, creates them again. */
    static void inAFile(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            List<String[]> triggers = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'")) {
                while (rs.next()) {
                    triggers.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] t : triggers) {
                s.execute("DROP TRIGGER " + t[0]);
            }
            for (String statement : sql) {
                s.execute(statement);
            }
            for (String[] t : triggers) {
                s.execute(t[1]);
            }
        }
    }

    private void tamper(String... sql) throws SQLException {
        try (Connection c = Store.dataSource(store.location()).getConnection()) {
            behindTheTriggers(c, sql);
        }
    }

    /** Saves as a use case does: the agreement, then its events. */
    private static void save(Store store, Agreement a) {
        List<DomainEvent> events = a.pendingEvents();
        store.unitOfWork().run(() -> {
            store.agreements().save(a);
            store.audit().append(events);
        });
        a.clearPendingEvents();
    }

    /**
     * AG-1: drafted (event 1, version 0), signed by both (events 2 and 3, version 1), amended
     * (event 5, version 2), stored at version 3; AG-2 drafted in between (event 4).
     */
    @BeforeEach
    void twoAgreementsWithTheirTrails() {
        store = fresh.store();
        Agreement a = anAgreement().id("AG-1").draft();
        save(store, a);
        a.sign(a.appraisee(), day(1));
        a.sign(a.evaluator(), day(2));
        save(store, a);
        save(store, anAgreement().id("AG-2").appraisee(new PersonId("P-2")).draft());
        a.amend(a.evaluator(), "the headcount changed", day(3));
        save(store, a);
    }

    private StoreCheck check(boolean everyAgreement) {
        return new StoreService(store.maintenance(), store.agreements(), store.audit(), new SettableClock(AT))
                .check(new CheckStoreCommand(everyAgreement));
    }

    private List<IntegrityProblem> problems() {
        StoreCheck full = check(true);
        assertThat(check(false).problems()).as("the quick check finds the same").isEqualTo(full.problems());
        return full.problems();
    }

    @Test
    void a_trail_as_the_program_wrote_it_checks_clean() {
        assertThat(check(true).problems()).isEmpty();
        assertThat(check(false).problems()).isEmpty();
    }

    @Test
    void an_event_removed_behind_the_triggers_is_named_by_the_event_after_it() throws SQLException {
        tamper("DELETE FROM audit_event WHERE seq = 2");

        assertThat(problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject, IntegrityProblem::message)
                .containsExactly(tuple("audit.event-missing", "AG-1", "event 3 (agreement.signed, a change made at version 1) follows "
                        + "an event the trail no longer holds: the event or events before it were removed"));
    }

    @Test
    void the_events_of_the_last_change_removed_leave_the_agreement_ahead_of_its_trail() throws SQLException {
        tamper("DELETE FROM audit_event WHERE seq = 5");

        assertThat(problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(tuple("audit.version-ahead", "AG-1"));
    }

    @Test
    void an_event_rewritten_behind_the_triggers_is_named_with_its_place_type_and_version() throws SQLException {
        tamper("UPDATE audit_event SET actor_id = 'someone-else', after_fields = '{\"status\":\"AGREED\",\"by\":\"someone-else\"}' "
                + "WHERE seq = 2");

        assertThat(problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject, p -> p.message().substring(0, 59))
                .containsExactly(tuple("audit.event-rewritten", "AG-1", "event 2 (agreement.signed, a change made at version 1) does"));
    }

    @Test
    void an_event_whose_json_was_broken_is_named_too() throws SQLException {
        tamper("UPDATE audit_event SET before_fields = 'not json' WHERE seq = 1");

        assertThat(problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject, p -> p.message().substring(0, 20))
                .containsExactly(tuple("audit.event-rewritten", "AG-1", "event 1 (unreadable)"));
    }

    @Test
    void an_event_inserted_by_plain_sql_is_forged_even_with_the_triggers_in_place() throws SQLException {
        try (Connection c = Store.dataSource(store.location()).getConnection(); Statement s = c.createStatement()) {
            // INSERT is what the triggers allow: an event claiming the agreement was closed, with a seal copied from a real one.
            s.executeUpdate("INSERT INTO audit_event (aggregate_type, aggregate_id, version, type, actor_id, occurred_at, before_fields, "
                    + "after_fields, previous_seal, seal, seal_key) SELECT 'agreement', 'AG-1', 2, 'agreement.closed', 'province-head', "
                    + "occurred_at, '{}', '{\"status\":\"CLOSED\"}', seal, seal, seal_key FROM audit_event WHERE seq = 5");
            s.executeUpdate("INSERT INTO audit_event (aggregate_type, aggregate_id, version, type, actor_id, occurred_at, before_fields, "
                    + "after_fields) VALUES ('agreement', 'AG-2', 0, 'agreement.signed', 'P-2', '2021-10-05T02:00:00.000000000Z', '{}', '{}')");
        }

        assertThat(check(false).problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(tuple("audit.event-forged", "AG-1"), tuple("audit.event-forged", "AG-2"));
    }

    @Test
    void the_triggers_lifted_and_left_off_are_reported_with_what_was_done_meanwhile() throws SQLException {
        try (Connection c = Store.dataSource(store.location()).getConnection(); Statement s = c.createStatement()) {
            for (String sql : liftForGood()) {
                s.execute(sql);
            }
            s.executeUpdate("DELETE FROM audit_event WHERE seq = 1");
        }

        assertThat(check(false).problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .contains(tuple("store.audit-not-append-only", "audit_event"), tuple("audit.event-missing", "AG-1"));
    }

    /** SQL that lifts the append-only triggers and leaves them off. */
    abstract List<String> liftForGood();

    @Test
    void a_backup_restored_into_a_store_with_another_key_is_sealed_again_with_it_and_the_restore_says_so() {
        String backup = folder.resolve("b.db").toString();
        store.maintenance().backup(backup);
        try (Store other = Store.open(fresh.emptyDatabase(), CriterionCodec.withInstalledKinds(), folder.resolve("other.audit-key"))) {
            RestoreReceipt receipt = other.maintenance().restore(backup, false, AT);
            other.audit().append(List.of(DomainEvent.of("agreement", "AG-2", 1, "agreement.context-updated", new PersonId("P-2"), AT,
                    java.util.Map.of(), java.util.Map.of())));
            other.agreements().save(other.agreements().find(new appraisal.domain.model.agreement.AgreementId("AG-2")).orElseThrow());

            assertThat(receipt.resealed()).containsExactly(java.util.Map.entry(store.auditSeal().currentKeyId(), 5L));
            assertThat(other.auditSeal().currentKeyId()).isNotEqualTo(store.auditSeal().currentKeyId());
            assertThat(new StoreService(other.maintenance(), other.agreements(), other.audit(), new SettableClock(AT))
                    .check(new CheckStoreCommand(true)).problems()).isEmpty();
        }
    }

    @Test
    void a_tampered_backup_restored_into_a_store_with_another_key_is_sealed_again_only_up_to_where_it_was_tampered_with()
            throws SQLException {
        String backup = folder.resolve("b.db").toString();
        store.maintenance().backup(backup);
        try (Connection c = BackupFile.dataSource(Path.of(backup), false).getConnection()) {
            inAFile(c, "DELETE FROM audit_event WHERE seq = 2");
        }
        try (Store other = Store.open(fresh.emptyDatabase(), CriterionCodec.withInstalledKinds(), folder.resolve("other.audit-key"))) {
            RestoreReceipt receipt = other.maintenance().restore(backup, false, AT);

            assertThat(receipt.resealed()).as("AG-1's first event and AG-2's").containsExactly(
                    java.util.Map.entry(store.auditSeal().currentKeyId(), 2L));
            assertThat(new StoreService(other.maintenance(), other.agreements(), other.audit(), new SettableClock(AT))
                    .check(new CheckStoreCommand(false)).problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                    .containsExactly(tuple("audit.event-missing", "AG-1"), tuple("audit.key-unknown", "audit_event"));
        }
    }

    @Test
    void a_tampered_backup_of_the_store_itself_is_restored_as_it_is_and_the_check_names_what_was_done() throws SQLException {
        String backup = folder.resolve("b.db").toString();
        store.maintenance().backup(backup);
        try (Connection c = BackupFile.dataSource(Path.of(backup), false).getConnection()) {
            inAFile(c, "UPDATE audit_event SET actor_id = 'someone-else' WHERE seq = 2");
        }

        RestoreReceipt receipt = store.maintenance().restore(backup, true, AT);

        assertThat(receipt.resealed()).isEmpty();
        assertThat(problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(tuple("audit.event-rewritten", "AG-1"));
    }

    @Test
    void a_trail_written_before_it_was_sealed_is_sealed_by_the_migration_checks_clean_and_is_guarded_from_then_on() throws SQLException {
        StoreLocation location = fresh.emptyDatabase();
        DataSource data = Store.dataSource(location);
        Dialect dialect = location.dialect();
        Flyway.configure().dataSource(data).locations(dialect.migrationLocations().toArray(String[]::new))
                .placeholders(dialect.placeholders()).target("11").loggers("slf4j").load().migrate();
        Jdbi.create(data).useHandle(h -> {
            // As the program before V12 wrote them: an agreement saved twice, and its two events.
            h.execute("INSERT INTO agreement (id, round_id, appraisee_id, evaluator_id, status, version, revision) "
                    + "VALUES ('AG-1', '2565-2', 'P1', 'P0', 'DRAFT', 2, 1)");
            String event = "INSERT INTO audit_event (aggregate_type, aggregate_id, version, type, actor_id, occurred_at, before_fields, "
                    + "after_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            h.execute(event, "agreement", "AG-1", 0, "agreement.drafted", "P0", "2022-04-01T02:00:00.123456789Z", "{}",
                    "{\"status\":\"DRAFT\",\"note\":\"ชนบท \\\"ห่างไกล\\\"\"}");
            h.execute(event, "person", "P1", 0, "person.registered", "admin", "2022-04-01T01:00:00.000000000Z", "{}", "{\"name\":\"สมชาย\"}");
            h.execute(event, "agreement", "AG-1", 1, "agreement.context-updated", "P0", "2022-04-02T02:00:00.000000000Z",
                    "{\"context\":\"\"}", "{\"context\":\"office.headcount=12\"}");
        });

        store = fresh.open(location);

        assertThat(problems()).isEmpty();
        int unsealed = Jdbi.create(data).withHandle(h -> h.select("SELECT COUNT(*) FROM audit_event WHERE seal = ''").mapTo(Integer.class)
                .one());
        assertThat(unsealed).isZero();
        store.audit().append(List.of(DomainEvent.of("agreement", "AG-1", 2, "agreement.context-updated", new PersonId("P0"),
                AT, java.util.Map.of(), java.util.Map.of())));
        tamper("UPDATE agreement SET version = 3 WHERE id = 'AG-1'", "UPDATE audit_event SET type = 'agreement.signed' WHERE seq = 3");
        assertThat(problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(tuple("audit.event-rewritten", "AG-1"));
    }

    /**
     * Returns once a restore is waiting for the use case that holds {@code store}'s epoch, or
     * after a while if none ever waits (then the test fails on what the use case saw).
     */
    abstract void untilARestoreWaits(Store store) throws SQLException;

    @Test
    void a_restore_starts_a_new_epoch_and_waits_for_a_use_case_that_read_the_epoch_to_end() throws Exception {
        String backup = folder.resolve("b.db").toString();
        store.maintenance().backup(backup);
        var before = store.agreements().epoch();
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Object> seenLater = new java.util.concurrent.atomic.AtomicReference<>();
        Thread useCase = new Thread(() -> store.unitOfWork().run(() -> {
            store.agreements().epoch();
            read.countDown();
            try {
                untilARestoreWaits(store);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            // Had the restore come in between, a save checked against the epoch read above would meet restored rows.
            seenLater.set(store.agreements().epoch());
        }));
        useCase.start();
        read.await();

        store.maintenance().restore(backup, true, AT);
        useCase.join();

        assertThat(seenLater.get()).as("the epoch the use case saw until its end").isEqualTo(before);
        assertThat(store.agreements().epoch()).isNotEqualTo(before);
    }
}
