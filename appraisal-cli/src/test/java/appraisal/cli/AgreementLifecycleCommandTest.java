package appraisal.cli;

import static appraisal.cli.BuriramOffice.DIRECTOR;
import static appraisal.cli.BuriramOffice.LAMPLAIMAT;
import static appraisal.cli.BuriramOffice.PROVINCIAL;
import static appraisal.cli.BuriramOffice.ROUND;
import static appraisal.cli.BuriramOffice.TEAM_RUBRIC;
import static appraisal.cli.Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source document's story told on the command line, as a province office would run it: a
 * district head's agreement drafted from the example team rubric, signed by both, results
 * reported (Thai digits and Buddhist-era dates included), self-assessed, evaluated with one level
 * overridden, acknowledged, reviewed by the evaluator's supervisor and closed; then the score.
 */
class AgreementLifecycleCommandTest {

    /** Reads numbers as written: 76.00 stays 76.00, so the tests see the scale the form prints. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private final InMemoryCli cli = new InMemoryCli();

    @TempDir
    Path dir;

    @BeforeEach
    void organisation() {
        BuriramOffice.setUp(cli);
    }

    private void report(String id, String item, String... facts) {
        List<String> args = new ArrayList<>(List.of("result", "record", id, item));
        args.addAll(List.of(facts));
        args.addAll(List.of("--as", LAMPLAIMAT));
        ok(cli, args.toArray(String[]::new));
    }

    @Test
    void the_evaluator_defaults_to_the_supervisor_and_context_values_are_numbers_then_yes_no_then_choices() throws Exception {
        ok(cli, "rubric", "import", TEAM_RUBRIC);
        String id = ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", LAMPLAIMAT, "--item", "T1=60", "--item", "T2=๔๐",
                "--context", "office.headcount=๖", "--context", "kkj.defaulted_loans_exist=ใช่", "--context", "office.kind=rural").strip();

        JsonNode shown = JSON.readTree(ok(cli, "agreement", "show", id, "--format", "json"));

        assertThat(shown.get("evaluator").asText()).isEqualTo(PROVINCIAL);
        assertThat(shown.get("context").asText()).isEqualTo("office.headcount=6; kkj.defaulted_loans_exist=yes; office.kind=rural");
        assertThat(shown.get("items")).extracting(i -> i.get("section").asText() + " " + i.get("weight").decimalValue().toPlainString())
                .containsExactly("individual 60.00", "individual 40.00");
        assertThat(shown.has("achievement")).isTrue();
    }

    @Test
    void a_draft_is_edited_item_by_item_and_each_edit_withdraws_a_signature() throws Exception {
        String id = Scenario.draftOfT2(cli, LAMPLAIMAT);
        ok(cli, "agreement", "weight", id, "T2", "70");
        ok(cli, "agreement", "add-item", id, "T7=30", "--section", "team");
        ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT);
        ok(cli, "agreement", "add-item", id, "T8=10");
        ok(cli, "agreement", "remove-item", id, "T8");

        JsonNode shown = JSON.readTree(ok(cli, "agreement", "show", id, "--format", "json"));

        assertThat(shown.get("items")).extracting(i -> i.get("item").asText() + " " + i.get("section").asText() + " "
                + i.get("weight").decimalValue().toPlainString()).containsExactly("T2 team 70.00", "T7 team 30.00");
        assertThat(shown.get("signed_by").asText()).isEmpty();
        assertThat(ok(cli, "agreement", "list", "--format", "csv").lines().skip(1).toList())
                .containsExactly("AG-1,2565-2,BRM-LPM-01,\"นางสาวมาลี ศรีสุข\",BRM-0001,DRAFT,2,100.00,6");
    }

}
