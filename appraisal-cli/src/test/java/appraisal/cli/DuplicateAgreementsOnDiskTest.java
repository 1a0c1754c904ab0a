package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * A store made before the rule of one agreement per person per round, on a SQLite file: the demo
 * round in a store at schema version 9 with four more drafts of one district head, as the API and
 * the web page could make them then. The program opens it (migrating it to V10), check reports the
 * duplicates and says what to run, drafting a sixth is refused, and withdrawing resolves them.
 */
class DuplicateAgreementsOnDiskTest {

    private static final List<String> DUPLICATES = List.of("AG-901", "AG-902", "AG-903", "AG-904");

    @TempDir
    Path folder;

    private InMemoryCli.Run run(String... args) {
        return InMemoryCli.onDisk(Instant.parse("2022-04-05T02:00:00Z"), args);
    }

    /** The demo round copied into a new file at schema version 9, plus drafts of AG-22's head the rule would refuse. */
    private String storeFromBeforeTheRule() throws SQLException {
        String demo = folder.resolve("demo.db").toString();
        assertThat(run("demo", "--db", demo).exitCode()).isZero();
        Path old = folder.resolve("before-v10.db");
        SQLiteDataSource file = new SQLiteDataSource();
        file.setUrl("jdbc:sqlite:" + old);
        // The SQLite placeholders of the migrations (Dialect.SQLITE), up to the last version before the rule.
        Flyway.configure().dataSource(file).locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
                .placeholders(Map.of("id", "TEXT", "identity", "INTEGER PRIMARY KEY AUTOINCREMENT")).target("9")
                .loggers("slf4j").load().migrate();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.execute("ATTACH DATABASE '" + demo + "' AS demo");
            for (String table : emptyTables(c)) {
                String columns = String.join(", ", columns(c, table));
                s.executeUpdate("INSERT INTO main." + table + " (" + columns + ") SELECT " + columns + " FROM demo." + table);
            }
            for (String id : DUPLICATES) {
                try (PreparedStatement header = c.prepareStatement("INSERT INTO agreement (id, round_id, appraisee_id, evaluator_id, "
                        + "parent_id, status, version, revision, context) SELECT ?, round_id, appraisee_id, evaluator_id, parent_id, "
                        + "'DRAFT', 1, 1, context FROM agreement WHERE id = 'AG-22'");
                     PreparedStatement items = c.prepareStatement("INSERT INTO agreement_item (agreement_id, revision, item_id, ordinal, "
                             + "section, indicator_code, indicator_version, weight, responsible_unit, parent_agreement_id, parent_item_id, "
                             + "adjustment_reason) SELECT ?, 1, item_id, ordinal, section, indicator_code, indicator_version, weight, "
                             + "responsible_unit, parent_agreement_id, parent_item_id, '' FROM agreement_item WHERE agreement_id = 'AG-22'");
                     PreparedStatement drafted = c.prepareStatement("INSERT INTO audit_event (aggregate_type, aggregate_id, version, type, "
                             + "actor_id, occurred_at, before_fields, after_fields) VALUES ('agreement', ?, 0, 'agreement.drafted', "
                             + "'BRM-0001', '2022-04-02T03:00:00.000000000Z', '{}', '{\"status\":\"DRAFT\"}')")) {
                    for (PreparedStatement insert : List.of(header, items, drafted)) {
                        insert.setString(1, id);
                        insert.executeUpdate();
                    }
                }
            }
        }
        return old.toString();
    }

    private static List<String> emptyTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'flyway_%' AND name <> 'schema_fingerprint'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        List<String> empty = new ArrayList<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM main." + table)) {
                if (rs.next() && rs.getLong(1) == 0) {
                    empty.add(table);
                }
            }
        }
        return empty;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA main.table_info(" + table + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        return columns;
    }

    @Test
    void check_reports_the_duplicates_of_a_store_from_before_the_rule_and_withdrawing_them_resolves_it() throws SQLException {
        String db = storeFromBeforeTheRule();

        InMemoryCli.Run checked = run("check", "--db", db, "--format", "csv");
        InMemoryCli.Run sixth = run("agreement", "draft", "--round", "2565-2", "--appraisee", "BRM-KHAENDONG-01", "--as", "BRM-0001",
                "--item", "T1=100", "--db", db);
        InMemoryCli.Run furthest = run("agreement", "withdraw", "AG-22", "--reason", "ซ้ำ", "--as", "admin", "--db", db);
        InMemoryCli.Run noReason = run("agreement", "withdraw", "AG-901", "--as", "admin", "--db", db);
        List<InMemoryCli.Run> withdrawn = new ArrayList<>();
        for (String id : DUPLICATES) {
            withdrawn.add(run("agreement", "withdraw", id, "--reason", "ร่างซ้ำก่อนมีกฎหนึ่งคนหนึ่งข้อตกลง", "--as", "admin", "--db", db));
        }
        InMemoryCli.Run checkedAgain = run("check", "--db", db);
        InMemoryCli.Run trail = run("agreement", "history", "AG-901", "--db", db, "--format", "csv");

        assertThat(checked.exitCode()).as(checked.err()).isEqualTo(1);
        assertThat(checked.out().lines().filter(l -> l.startsWith("agreement.duplicate-in-round,"))).singleElement().satisfies(line -> {
            assertThat(line).startsWith("agreement.duplicate-in-round,BRM-KHAENDONG-01,");
            assertThat(line).contains("BRM-KHAENDONG-01 has 5 agreements in round 2565-2 where one is allowed: AG-22 (AGREED, version 8), "
                    + "AG-901 (DRAFT, version 1), AG-902 (DRAFT, version 1), AG-903 (DRAFT, version 1), AG-904 (DRAFT, version 1); "
                    + "keep AG-22 (the furthest along) and withdraw the others, each with: appraisal agreement withdraw AGREEMENT "
                    + "--reason TEXT (AG-901 AG-902 AG-903 AG-904)");
        });
        assertThat(checked.out().lines().filter(l -> l.startsWith("agreement.") || l.startsWith("sqlite.") || l.startsWith("store.")))
                .as("nothing else is wrong with it").hasSize(1);
        assertThat(sixth.exitCode()).isEqualTo(1);
        assertThat(sixth.err()).contains("[agreement.already-exists] BRM-KHAENDONG-01 already has agreement AG-22");
        assertThat(furthest.exitCode()).isEqualTo(1);
        assertThat(furthest.err()).contains("[agreement.withdraw-furthest]");
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(withdrawn).allSatisfy(r -> assertThat(r.exitCode()).as(r.err()).isZero());
        assertThat(withdrawn.get(0).out()).startsWith("AG-901 withdrawn; BRM-KHAENDONG-01 has 4 agreements AG-22 AG-902 AG-903 AG-904 "
                + "in round 2565-2 (still more than one: see appraisal check)");
        assertThat(withdrawn.get(3).out()).startsWith("AG-904 withdrawn; BRM-KHAENDONG-01 has agreement AG-22 in round 2565-2\n");
        assertThat(checkedAgain.exitCode()).as(checkedAgain.out()).isZero();
        assertThat(checkedAgain.out()).endsWith("ok: 23 agreement(s) checked, no problems\n");
        assertThat(trail.exitCode()).as(trail.err()).isZero();
        assertThat(trail.out()).contains("agreement.drafted").contains("agreement.withdrawn").contains("ร่างซ้ำก่อนมีกฎหนึ่งคนหนึ่งข้อตกลง")
                .contains("kept=AG-22");
        assertThat(run("agreement", "list", "--appraisee", "BRM-KHAENDONG-01", "--db", db, "--format", "csv").out().lines().skip(1))
                .singleElement().satisfies(l -> assertThat(l).startsWith("AG-22,"));
    }
}
