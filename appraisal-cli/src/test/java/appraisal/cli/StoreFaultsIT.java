package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar meeting its store's faults as an operator sees them: a full disk and an
 * unreachable PostgreSQL are each one line on stderr saying what, where and what to do, with exit
 * code 5 and no password; {@code serve} stopped with SIGTERM leaves no write-ahead log beside its
 * SQLite file, and what it wrote is in the file itself.
 */
class StoreFaultsIT {

    private static final String UNITS = "code,name,kind,parent\nCDD,กรมการพัฒนาชุมชน,department,\nBRM,สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์,province,CDD\n";

    @TempDir
    Path dir;

    private JarProcess jar;
    private Path db;

    @BeforeEach
    void anOffice() throws Exception {
        jar = new JarProcess(dir);
        db = dir.resolve("office.db");
        Path units = Files.writeString(dir.resolve("units.csv"), UNITS);
        JarProcess.Run imported = jar.run("org", "import", units.toString(), "--db", db.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private long count(Path file, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void on_a_full_disk_a_command_says_so_in_one_line_naming_the_file_and_how_to_free_space_and_exits_5() throws Exception {
        List<String> people = new ArrayList<>(List.of("id,name,position,level,unit,supervisor,probation"));
        for (int i = 1; i <= 300; i++) {
            people.add("BRM-" + i + ",นางสาวทดสอบ คนที่ " + i + ",นักวิชาการพัฒนาชุมชนปฏิบัติการ,K1,BRM,,no");
        }
        Path csv = Files.write(dir.resolve("people.csv"), people);
        // Other files take the disk: 8 MiB of them, and the disk ends where the file now ends (a page limit every connection applies).
        sql("CREATE TABLE ballast (b BLOB)",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8) INSERT INTO ballast SELECT randomblob(1048576) FROM n");
        String full = "jdbc:sqlite:" + db + "?max_page_count=" + count(db, "PRAGMA page_count");

        JarProcess.Run refused = jar.run("person", "import", csv.toString(), "--db", full);
        long keptWhileFull = count(db, "SELECT count(*) FROM person");
        sql("DELETE FROM ballast");
        JarProcess.Run imported = jar.run("person", "import", csv.toString(), "--db", full);

        assertThat(refused.exitCode()).isEqualTo(5);
        assertThat(refused.err().lines()).containsExactly("appraisal: error [store.full] the disk holding " + db
                + " is full (or the file reached its size limit); nothing was saved: free space on that disk, then try again");
        assertThat(keptWhileFull).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(count(db, "SELECT count(*) FROM person")).isEqualTo(300);
    }

    @Test
    void an_unreachable_postgresql_is_one_line_naming_host_port_and_what_to_check_without_its_password_and_exit_5() throws Exception {
        JarProcess.Run run = jar.run("score", "--db", "postgresql://appraisal:hunter2-secret@127.0.0.1:1/appraisal");

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("appraisal: error [store.unavailable] PostgreSQL at 127.0.0.1:1/appraisal does not answer (")
                .contains("check that the server is running").doesNotContain("hunter2");
    }

    @Test
    void serve_stopped_with_sigterm_leaves_no_write_ahead_log_and_what_it_wrote_is_in_the_file() throws Exception {
        JarProcess.Run added = jar.runWithInput("a-long-enough-password\n", "user", "add", "somchai", "--admin", "--password-stdin",
                "--db", db.toString());
        assertThat(added.exitCode()).as(added.err()).isZero();
        List<Integer> statuses = new ArrayList<>();

        JarProcess.Run served = jar.serve(db.toString(), base -> {
            HttpResponse<String> signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"somchai\",\"password\":\"a-long-enough-password\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            statuses.add(signIn.statusCode());
            // The session is committed to the log, not yet to the file.
            statuses.add(Files.size(Path.of(db + "-wal")) > 0 ? 1 : 0);
        });

        assertThat(statuses).as(served.err()).containsExactly(201, 1);
        Path wal = Path.of(db + "-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("the log is folded into the file on a clean stop").isTrue();
        Path alone = Files.copy(db, dir.resolve("alone.db")); // the file without anything beside it
        assertThat(count(alone, "SELECT count(*) FROM account_session")).isEqualTo(1);
    }
}
