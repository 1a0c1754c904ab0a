package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgreementFileTest {

    private final InMemoryCli cli = new InMemoryCli();

    @Test
    void the_example_agreement_drafts_with_its_local_target_and_exports_in_the_same_format() {
        cli.run("demo");

        InMemoryCli.Run imported = cli.run("agreement", "import", Path.of("../examples/agreement-lamplaimat.yaml").toString());
        String id = imported.out().strip();
        InMemoryCli.Run exported = cli.run("agreement", "export", id);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(id).isEqualTo("AG-24");
        assertThat(exported.out()).contains("appraisee: BRM-LAMPLAIMAT-01").contains("status: draft")
                .contains("office.headcount: 6").contains("targets_reason: ส่งหลักฐานพร้อมกลุ่มอำเภอนางรอง").contains("by: 2022-09-09");
    }

    @Test
    void an_exported_agreement_with_results_drafts_again_from_standard_input() {
        cli.run("demo");
        String exported = cli.run("agreement", "export", "AG-4", "--format", "json").out();

        InMemoryCli.Run again = cli.runWithInput(exported, "agreement", "import", "-");

        assertThat(exported).contains("\"result\"").contains("\"signatures\"");
        assertThat(again.exitCode()).as(again.err()).isZero();
        String copy = cli.run("agreement", "export", again.out().strip()).out();
        assertThat(copy).contains("appraisee: BRM-NANGRONG-01").contains("status: draft").doesNotContain("result:");
    }
}
