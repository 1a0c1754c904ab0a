package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run as a separate process on a temporary SQLite file, as a newcomer and a
 * script would: demo, score, report, malformed input, standard input and every exit code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineIT {

    @TempDir
    static Path dir;
    private JarProcess jar;
    private String db;
    private final ObjectMapper json = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @BeforeAll
    void loadTheDemo() throws Exception {
        jar = new JarProcess(dir);
        db = dir.resolve("demo.db").toString();
        JarProcess.Run demo = jar.run("demo", "--db", db);
        assertThat(demo.err()).isEmpty();
        assertThat(demo.exitCode()).isZero();
        assertThat(demo.out()).contains("23 agreements in " + db);
    }

    private Map<String, JsonNode> scoresByAgreement() throws Exception {
        JarProcess.Run score = jar.run("score", "--db", db, "--format", "json");
        assertThat(score.exitCode()).isZero();
        Map<String, JsonNode> byId = new HashMap<>();
        json.readTree(score.out()).forEach(row -> byId.put(row.get("agreement").asText(), row));
        return byId;
    }

    @Test
    @Order(1)
    void score_as_json_gives_every_district_with_totals_that_add_up_to_their_parts() throws Exception {
        Map<String, JsonNode> scores = scoresByAgreement();

        assertThat(scores).hasSize(23);
        JsonNode nonSuwan = scores.get("AG-17");
        assertThat(nonSuwan.get("appraisee").asText()).isEqualTo("BRM-NONSUWAN-01");
        assertThat(nonSuwan.get("achievement").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(nonSuwan.get("total").decimalValue()).isEqualByComparingTo("93.00");
        assertThat(nonSuwan.get("rating").asText()).isEqualTo("ดีเด่น");
        for (JsonNode row : scores.values()) {
            if (row.has("total")) {
                // total = round(achievement × 70 %) + round(competency × 30 %): the printed parts, re-added.
                BigDecimal achievementPart = row.get("achievement").decimalValue().multiply(new BigDecimal("0.70"))
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                BigDecimal competency = row.get("total").decimalValue().subtract(achievementPart);
                assertThat(competency).isBetween(BigDecimal.ZERO, new BigDecimal("30.00"));
                String band = row.get("total").decimalValue().compareTo(new BigDecimal("90")) >= 0 ? "ดีเด่น"
                        : row.get("total").decimalValue().compareTo(new BigDecimal("80")) >= 0 ? "ดีมาก"
                        : row.get("total").decimalValue().compareTo(new BigDecimal("70")) >= 0 ? "ดี"
                        : row.get("total").decimalValue().compareTo(new BigDecimal("60")) >= 0 ? "พอใช้" : "ต้องปรับปรุง";
                assertThat(row.get("rating").asText()).as(row.toString()).isEqualTo(band);
            }
        }
    }

    @Test
    @Order(2)
    void the_report_lists_every_appraised_district_head_with_item_levels() throws Exception {
        JarProcess.Run report = jar.run("report", "--db", db, "--format", "csv");

        assertThat(report.exitCode()).isZero();
        assertThat(report.out().lines()).hasSize(24);
        assertThat(report.out().lines().findFirst().orElseThrow()).contains("level.T1").contains("level.T8").contains("rating");
    }

    @Test
    @Order(3)
    void a_malformed_rubric_is_refused_with_file_line_and_column_and_the_store_is_unchanged() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(EXAMPLES.resolve("buriram-2565-r2-team.yaml")).replace("target: 90", "target: ninety"));
        String before = jar.run("rubric", "export", "--db", db, "--format", "json").out();

        JarProcess.Run run = jar.run("rubric", "import", bad.toString(), "--db", db);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).matches("(?s)appraisal: error \\[number.unreadable\\] " + java.util.regex.Pattern.quote(bad.toString())
                + ":\\d+:\\d+ \\(/indicators/0/levels/2/criterion/of/0/target\\): cannot read 'ninety'.*");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(jar.run("rubric", "export", "--db", db, "--format", "json").out()).isEqualTo(before);
    }

    @Test
    @Order(4)
    void a_rubric_is_read_from_standard_input() throws Exception {
        JarProcess.Run run = jar.runWithInput(Files.readString(EXAMPLES.resolve("buriram-2565-r2-team.yaml")), "rubric", "validate", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("<stdin>: 8 indicators, well formed");
    }

    @Test
    @Order(6)
    void serve_answers_logs_each_request_and_on_sigterm_stops_with_every_log_line_written() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        JarProcess.Run served = jar.serve(db, base -> {
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("/api/v1/health", "/api/v1/agreements/AG-4", "/api/v1/ready")) {
                statuses.add(client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode());
            }
        });

        assertThat(statuses).containsExactly(200, 401, 200);
        // One line per request, written by the log's own thread and all there after the stop: method, path, status, time, user.
        assertThat(served.err().lines().filter(l -> l.matches("GET /api/v1/\\S+ \\d{3} \\d+\\.\\dms -")).map(l -> l.substring(0,
                l.lastIndexOf(' ', l.lastIndexOf(' ') - 1)))).containsExactly("GET /api/v1/health 200", "GET /api/v1/agreements/AG-4 401",
                "GET /api/v1/ready 200");
    }

    @Test
    @Order(7)
    void serve_refuses_too_few_threads_before_it_starts() throws Exception {
        JarProcess.Run run = jar.run("serve", "--db", db, "--threads", "4");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("8 to 1000 threads, got 4");
    }

    @Test
    @Order(5)
    void every_documented_exit_code_is_what_the_readme_says() throws Exception {
        assertThat(jar.run("--version").exitCode()).as("0 success").isZero();
        assertThat(jar.run("rubric", "lint", EXAMPLES.resolve("buriram-2565-r2-individual.yaml").toString()).exitCode())
                .as("1 findings").isEqualTo(1);
        assertThat(jar.run("acknowledge", "AG-1", "--db", db, "--as", "BRM-MUEANG-01").exitCode())
                .as("1 refused by a rule (AG-1 is closed)").isEqualTo(1);
        assertThat(jar.run("score", "--no-such-option").exitCode()).as("2 usage").isEqualTo(2);
        assertThat(jar.run("score", "AG-999", "--db", db).exitCode()).as("3 not found").isEqualTo(3);
        JarProcess.Run stale = jar.run("agreement", "sign", "AG-22", "--version", "1", "--db", db, "--as", "BRM-KHAENDONG-01");
        assertThat(stale.exitCode()).as("4 conflict: " + stale.err()).isEqualTo(4);
        assertThat(stale.err()).contains("agreement.stale-version");
        assertThat(jar.run("rubric", "lint", dir.resolve("missing.yaml").toString()).exitCode()).as("5 I/O").isEqualTo(5);
        Path notADatabase = Files.writeString(dir.resolve("not-a.db"), "this is not a database");
        JarProcess.Run broken = jar.run("score", "--db", notADatabase.toString());
        assertThat(broken.exitCode()).as("5 database: " + broken.err()).isEqualTo(5);
        assertThat(broken.err()).doesNotContain("\tat ");
    }
}
