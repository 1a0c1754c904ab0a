package appraisal.persistence;

import appraisal.domain.model.agreement.AgreementFixtures;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.round.RoundSettings;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.WithdrawDuplicateCommand;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.port.out.contract.PortExamples;
import appraisal.domain.service.DuplicateAgreementService;
import appraisal.domain.service.StoreService;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Migrating an empty database, migrating again, and migrating a database with data in it, on each database. */
abstract class SchemaMigrationTests {

    static final List<String> TABLES = List.of("org_unit", "person", "round", "round_deadline", "indicator_version", "agreement",
            "agreement_item", "item_target_adjustment", "agreement_signature", "agreement_revision", "item_result", "evidence",
            "item_evaluation", "competency_level", "agreement_reopening", "audit_event", "id_counter", "user_account", "access_token",
            "account_session", "sign_in_failure");

    /** The latest schema version: that of the last migration file this build ships. */
    static final String LATEST = Schema.migrations(Dialect.SQLITE).getLast().replaceAll(".*/V(\\d+)__.*", "$1");

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

        assertThat(applied).isEqualTo(Schema.migrations(dialect).size());
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

    @Test
    void facts_stored_one_row_each_before_version_9_move_into_the_rows_they_belong_to_with_their_values_and_order() {
        DataSource data = Store.dataSource(fresh.emptyDatabase());
        Flyway.configure().dataSource(data).locations(dialect.migrationLocations().toArray(String[]::new))
                .placeholders(dialect.placeholders()).target("7").loggers("slf4j").load().migrate();
        Jdbi jdbi = Jdbi.create(data);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO agreement (id, round_id, appraisee_id, evaluator_id, status, version, revision) "
                    + "VALUES ('AG-1', '2565-2', 'P1', 'P0', 'EVALUATED', 7, 2)");
            h.execute("INSERT INTO agreement (id, round_id, appraisee_id, evaluator_id, status, version, revision) "
                    + "VALUES ('AG-2', '2565-2', 'P2', 'P0', 'DRAFT', 1, 1)");
            h.execute("INSERT INTO agreement_revision (agreement_id, revision, amended_by, amendment_reason, amended_at) "
                    + "VALUES ('AG-1', 1, 'P0', 'headcount changed', '2022-05-01T00:00:00.000000000Z')");
            for (String item : List.of("P1", "P2")) {
                h.execute("INSERT INTO item_result (agreement_id, item_id, ordinal, reported_by, reported_at) "
                        + "VALUES ('AG-1', ?, ?, 'P1', '2022-09-05T00:00:00.000000000Z')", item, item.equals("P1") ? 0 : 1);
                h.execute("INSERT INTO item_evaluation (agreement_id, item_id, ordinal, comment) VALUES ('AG-1', ?, ?, '')", item,
                        item.equals("P1") ? 0 : 1);
            }
            String fact = "INSERT INTO fact (agreement_id, source, revision, item_id, name, ordinal, value_type, quantity, flag, done, "
                    + "done_on, choice) VALUES ('AG-1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            h.execute(fact, "CONTEXT", 2, "", "office.headcount", 0, "QUANTITY", "13", null, null, null, null);
            h.execute(fact, "CONTEXT", 1, "", "office.headcount", 0, "QUANTITY", "12", null, null, null, null);
            // Ordinals against name order: the order reported is the one kept.
            h.execute(fact, "RESULT", 0, "P1", "z.disbursed_pct", 0, "QUANTITY", "92.50", null, null, null, null);
            h.execute(fact, "RESULT", 0, "P1", "a.plan_done", 1, "STEP", null, null, true, "2022-09-04", null);
            h.execute(fact, "RESULT", 0, "P1", "m.plan_reported", 2, "STEP", null, null, false, null, null);
            h.execute(fact, "RESULT", 0, "P1", "b.has_fund", 3, "FLAG", null, false, null, null, null);
            h.execute(fact, "RESULT", 0, "P1", "c.situation", 4, "CHOICE", null, null, null, null, "ชนบท \"ห่างไกล\"");
            h.execute(fact, "RESULT", 0, "P1", "d.households", 5, "QUANTITY", "1E+3", null, null, null, null);
            h.execute(fact, "JUDGEMENT", 0, "P1", "quality", 0, "CHOICE", null, null, null, null, "ดี");
            h.execute(fact, "JUDGEMENT", 0, "P1", "on_time", 1, "FLAG", null, true, null, null, null);
        });

        Schema.migrate(data, dialect);

        JsonColumns json = new JsonColumns(CriterionCodec.withInstalledKinds());
        jdbi.useHandle(h -> {
            assertThat(facts(json, h.select("SELECT context FROM agreement WHERE id = 'AG-1'").mapTo(String.class).one()))
                    .isEqualTo(Facts.of("office.headcount", FactValue.of(new BigDecimal("13"))));
            assertThat(facts(json, h.select("SELECT context FROM agreement WHERE id = 'AG-2'").mapTo(String.class).one()))
                    .isEqualTo(Facts.NONE);
            assertThat(facts(json, h.select("SELECT context FROM agreement_revision WHERE agreement_id = 'AG-1' AND revision = 1")
                    .mapTo(String.class).one())).isEqualTo(Facts.of("office.headcount", FactValue.of(new BigDecimal("12"))));
            Facts reported = facts(json, h.select("SELECT facts FROM item_result WHERE agreement_id = 'AG-1' AND item_id = 'P1'")
                    .mapTo(String.class).one());
            assertThat(reported.values().keySet()).containsExactly("z.disbursed_pct", "a.plan_done", "m.plan_reported", "b.has_fund",
                    "c.situation", "d.households");
            assertThat(reported.values()).isEqualTo(ImmutableMap.of(
                    "z.disbursed_pct", FactValue.of(new BigDecimal("92.50")),
                    "a.plan_done", new FactValue.Completion(true, Optional.of(LocalDate.of(2022, 9, 4))),
                    "m.plan_reported", FactValue.Completion.notDone(),
                    "b.has_fund", FactValue.flag(false),
                    "c.situation", new FactValue.Choice("ชนบท \"ห่างไกล\""),
                    "d.households", FactValue.of(new BigDecimal("1000"))));
            // A number keeps the decimals it was reported with.
            assertThat(((FactValue.Quantity) reported.values().get("z.disbursed_pct")).value().toString()).isEqualTo("92.50");
            assertThat(facts(json, h.select("SELECT facts FROM item_result WHERE agreement_id = 'AG-1' AND item_id = 'P2'")
                    .mapTo(String.class).one())).isEqualTo(Facts.NONE);
            Facts judged = facts(json, h.select("SELECT judgements FROM item_evaluation WHERE agreement_id = 'AG-1' AND item_id = 'P1'")
                    .mapTo(String.class).one());
            assertThat(judged.values()).containsExactly(java.util.Map.entry("quality", new FactValue.Choice("ดี")),
                    java.util.Map.entry("on_time", FactValue.flag(true)));
            assertThat(facts(json, h.select("SELECT judgements FROM item_evaluation WHERE agreement_id = 'AG-1' AND item_id = 'P2'")
                    .mapTo(String.class).one())).isEqualTo(Facts.NONE);
        });
        assertThat(Schema.currentVersion(data, dialect)).isEqualTo(LATEST);
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.select("SELECT COUNT(*) FROM fact").mapTo(Integer.class).one()))
                .hasMessageContaining("fact");
    }

    @Test
    void a_round_stored_before_version_11_reads_back_with_the_standard_settings() {
        StoreLocation location = fresh.emptyDatabase();
        DataSource data = Store.dataSource(location);
        Flyway.configure().dataSource(data).locations(dialect.migrationLocations().toArray(String[]::new))
                .placeholders(dialect.placeholders()).target("9").loggers("slf4j").load().migrate();
        Round round = PortExamples.standardRound(2565, 2);
        String scheme = new JsonColumns(CriterionCodec.withInstalledKinds()).scheme(round.scheme());
        Jdbi.create(data).useHandle(h -> h.execute("INSERT INTO round (id, fiscal_year, number, scheme) VALUES ('2565-2', 2565, 2, ?)",
                scheme));

        Store store = fresh.open(location);

        assertThat(store.rounds().find(round.id())).contains(round);
        assertThat(store.rounds().find(round.id()).orElseThrow().settings()).isEqualTo(RoundSettings.standard());
    }

    @Test
    void several_agreements_of_a_person_in_a_round_from_before_version_10_stay_are_reported_and_withdrawn_and_none_can_join_them() {
        StoreLocation location = fresh.emptyDatabase();
        DataSource data = Store.dataSource(location);
        Flyway.configure().dataSource(data).locations(dialect.migrationLocations().toArray(String[]::new))
                .placeholders(dialect.placeholders()).target("9").loggers("slf4j").load().migrate();
        Jdbi jdbi = Jdbi.create(data);
        String insert = "INSERT INTO agreement (id, round_id, appraisee_id, evaluator_id, status, version, revision) "
                + "VALUES (?, '2565-2', ?, 'P2', 'DRAFT', 1, 1)";
        jdbi.useHandle(h -> {
            // What the API and the web page could make before the rule: five drafts of one person in one round.
            for (String id : List.of("AG-1", "AG-2", "AG-3", "AG-4", "AG-5")) {
                h.execute(insert, id, "P3");
            }
            h.execute(insert, "AG-6", "P4");
        });

        Schema.migrate(data, dialect);
        Store store = fresh.open(location);

        assertThat(store.schemaVersion()).isEqualTo(LATEST);
        assertThat(duplicateKeys(jdbi))
                .containsExactly("AG-1=", "AG-2=AG-2", "AG-3=AG-3", "AG-4=AG-4", "AG-5=AG-5", "AG-6=");
        RoundId round = new RoundId("2565-2");
        PersonId p3 = new PersonId("P3");
        assertThat(store.agreements().ofAppraisee(round, p3)).extracting(a -> a.id().value())
                .containsExactly("AG-1", "AG-2", "AG-3", "AG-4", "AG-5");
        Clock clock = Clock.fixed(Instant.parse("2022-04-01T02:00:00Z"), ZoneOffset.UTC);
        StoreService checks = new StoreService(store.maintenance(), store.agreements(), store.audit(), clock);
        assertThat(checks.check(new CheckStoreCommand(false)).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("agreement.duplicate-in-round");
            assertThat(p.subject()).isEqualTo("P3");
            assertThat(p.message()).contains("P3 has 5 agreements in round 2565-2").contains("keep AG-1")
                    .contains("appraisal agreement withdraw");
        });

        DomainException second = catchThrowableOfType(DomainException.class,
                () -> store.agreements().save(AgreementFixtures.anAgreement().id("AG-7").round(round).appraisee(p3)
                        .evaluator(new PersonId("P2")).draft()));
        assertThat(second.code()).isEqualTo("agreement.already-exists");
        assertThat(second.getMessage()).contains("AG-1");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(insert, "AG-8", "P3"))).as("the index refuses a plain insert too")
                .isInstanceOf(org.jdbi.v3.core.JdbiException.class);

        DuplicateAgreementService duplicates = new DuplicateAgreementService(store.agreements(), store.audit(), store.unitOfWork(), clock);
        PersonId admin = new PersonId("admin");
        for (String id : List.of("AG-1", "AG-3", "AG-4", "AG-5")) {
            duplicates.withdraw(new WithdrawDuplicateCommand(new AgreementId(id), "drafted twice before the rule", admin));
        }

        assertThat(duplicateKeys(jdbi))
                .as("the one left holds the person's place in the index").containsExactly("AG-2=", "AG-6=");
        assertThat(checks.check(new CheckStoreCommand(false)).ok()).isTrue();
        assertThat(store.audit().history("agreement", "AG-1")).extracting(DomainEvent::type).containsExactly("agreement.withdrawn");
        assertThat(catchThrowableOfType(DomainException.class, () -> store.agreements().save(AgreementFixtures.anAgreement().id("AG-9")
                .round(round).appraisee(p3).evaluator(new PersonId("P2")).draft())).code()).isEqualTo("agreement.already-exists");
    }

    private static List<String> duplicateKeys(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.select("SELECT id, duplicate_key FROM agreement ORDER BY id")
                .map((rs, ctx) -> rs.getString(1) + "=" + rs.getString(2)).list());
    }

    private static Facts facts(JsonColumns json, String stored) {
        return json.facts(stored, () -> "the migrated row");
    }
}
