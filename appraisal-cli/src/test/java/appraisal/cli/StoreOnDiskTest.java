package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as an office runs them, through the composition root on SQLite files: the demo
 * round backed up, restored into a new store and over an old one, checked, and a damaged store
 * found out.
 */
class StoreOnDiskTest {

    @TempDir
    Path folder;

    private InMemoryCli.Run run(String... args) {
        return InMemoryCli.onDisk(Instant.parse("2022-04-01T02:00:00Z"), args);
    }

    @Test
    void the_demo_round_is_backed_up_restored_and_checked_on_sqlite_files() throws Exception {
        String office = folder.resolve("office.db").toString();
        String backup = folder.resolve("office-backup.db").toString();
        String copy = folder.resolve("copy.db").toString();
        assertThat(run("demo", "--db", office).exitCode()).isZero();

        InMemoryCli.Run taken = run("backup", backup, "--db", office, "--format", "csv");
        InMemoryCli.Run restored = run("restore", backup, "--db", copy);
        InMemoryCli.Run checked = run("check", "--db", copy);
        InMemoryCli.Run refused = run("restore", backup, "--db", office);
        InMemoryCli.Run replaced = run("restore", backup, "--db", office, "--replace");

        assertThat(taken.exitCode()).isZero();
        assertThat(taken.out().lines()).contains("table,rows", "agreement,23");
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("23 agreement(s)").contains("the store was empty: nothing was replaced");
        assertThat(checked.exitCode()).as(checked.out() + checked.err()).isZero();
        assertThat(checked.out()).endsWith("ok: 23 agreement(s) checked, no problems\n");
        for (String[] listing : new String[][] {{"person", "list"}, {"round", "list"}, {"org", "tree"}}) {
            InMemoryCli.Run fromCopy = run(listing[0], listing[1], "--db", copy, "--format", "csv");
            assertThat(fromCopy.out().lines().count()).as(String.join(" ", listing)).isGreaterThan(1);
            assertThat(fromCopy.out()).isEqualTo(run(listing[0], listing[1], "--db", office, "--format", "csv").out());
        }
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("[restore.store-not-empty]");
        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.out()).contains("the data it replaced is kept in " + office + ".before-restore-20220401-020000");
        assertThat(Path.of(office + ".before-restore-20220401-020000")).isRegularFile();
    }

    @Test
    void a_results_file_refused_on_its_last_agreement_leaves_the_store_as_it_was() throws Exception {
        String office = folder.resolve("office.db").toString();
        assertThat(run("demo", "--db", office).exitCode()).isZero();
        // AG-22 is agreed and takes results; AG-1 is closed, so the domain refuses the file's last row.
        Path file = Files.writeString(folder.resolve("results.csv"), String.join("\n", "agreement,item,fact,value",
                "AG-22,T2,plan.achieved_pct,91", "AG-22,T1,budget.disbursed_pct,96.5", "AG-1,T2,plan.achieved_pct,91") + "\n");
        String shown = run("agreement", "show", "AG-22", "--db", office, "--format", "json").out();
        String history = run("agreement", "history", "AG-22", "--db", office, "--format", "json").out();
        String backup = run("backup", folder.resolve("before.db").toString(), "--db", office, "--format", "csv").out();

        InMemoryCli.Run refused = run("result", "import", file.toString(), "--as", "BRM-KHAENDONG-01", "--db", office);

        assertThat(refused.exitCode()).as(refused.out() + refused.err()).isEqualTo(1);
        assertThat(refused.err()).contains(file + ":4: ").contains("nothing from the file was recorded");
        assertThat(run("agreement", "show", "AG-22", "--db", office, "--format", "json").out()).isEqualTo(shown);
        assertThat(run("agreement", "history", "AG-22", "--db", office, "--format", "json").out()).isEqualTo(history);
        assertThat(run("backup", folder.resolve("after.db").toString(), "--db", office, "--format", "csv").out())
                .isEqualTo(backup.replace("before.db", "after.db"));
    }

    @Test
    void a_store_whose_audit_trail_lost_its_append_only_trigger_fails_the_check_even_when_empty() throws Exception {
        String office = folder.resolve("office.db").toString();
        assertThat(run("check", "--db", office).exitCode()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + office); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_event_no_delete");
        }

        InMemoryCli.Run check = run("check", "--db", office, "--quick");

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("store.audit-not-append-only").contains("audit_event_no_delete is missing")
                .endsWith("quick check (agreements not loaded), 1 problem(s) found\n");
        assertThat(Files.size(Path.of(office))).isPositive();
    }

    @Test
    void an_audit_trail_tampered_with_behind_its_triggers_fails_the_check_which_names_the_agreement_and_the_event() throws Exception {
        String office = folder.resolve("office.db").toString();
        assertThat(run("demo", "--db", office).exitCode()).isZero();
        assertThat(run("check", "--db", office, "--quick").exitCode()).isZero();
        long signed;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + office); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT MIN(seq) FROM audit_event WHERE aggregate_id = 'AG-3' AND type = 'agreement.signed'")) {
                rs.next();
                signed = rs.getLong(1);
            }
            // What whoever can write the file could do: drop a trigger, change who signed, and put the trigger back.
            s.execute("DROP TRIGGER audit_event_no_update");
            s.executeUpdate("UPDATE audit_event SET actor_id = 'BRM-0001' WHERE seq = " + signed);
            s.execute("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
                    + "BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: an audit event cannot be updated'); END");
        }

        InMemoryCli.Run check = run("check", "--db", office);
        InMemoryCli.Run quick = run("check", "--db", office, "--quick", "--format", "csv");

        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out()).contains("audit.event-rewritten").contains("AG-3")
                .contains("event " + signed + " (agreement.signed, a change made at version 1)")
                .endsWith("23 agreement(s) checked, 1 problem(s) found\n");
        assertThat(quick.exitCode()).isEqualTo(1);
        assertThat(quick.out()).contains("audit.event-rewritten,AG-3,");
    }
}
