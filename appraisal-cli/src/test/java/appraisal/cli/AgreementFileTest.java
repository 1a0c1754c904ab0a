package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.AgreementId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Agreement files: export writes them, import drafts from them, and a person has one agreement
 * per round, so an import for someone who has one is refused unless it is asked to be an amendment.
 */
class AgreementFileTest {

    private static final String EXAMPLE = Path.of("../examples/agreement-lamplaimat.yaml").toString();

    private final InMemoryCli cli = new InMemoryCli();

    {
        // The files are imported by the province head, who evaluates the district heads they are for.
        cli.environment.put("APPRAISAL_ACTOR", "BRM-0001");
    }

    private int agreementsInRound() {
        return (int) cli.run("agreement", "list", "--format", "csv").out().lines().skip(1).count();
    }

    @Test
    void the_example_agreement_drafts_with_its_local_target_for_a_head_without_one_and_exports_in_the_same_format() {
        cli.run("demo");
        // The demo has agreed a round with every district head; this store is one where Lam Plai Mat's has none yet.
        cli.ports.agreements().remove(cli.ports.agreements().find(new AgreementId("AG-10")).orElseThrow());

        InMemoryCli.Run imported = cli.run("agreement", "import", EXAMPLE);
        String id = imported.out().strip();
        InMemoryCli.Run exported = cli.run("agreement", "export", id);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(id).isEqualTo("AG-24");
        assertThat(exported.out()).contains("appraisee: BRM-LAMPLAIMAT-01").contains("status: draft")
                .contains("office.headcount: 6").contains("targets_reason: ส่งหลักฐานพร้อมกลุ่มอำเภอนางรอง").contains("by: 2022-09-09");
    }

    @Test
    void the_example_is_refused_in_the_demo_where_its_head_has_agreed_and_reviewed_the_round_and_nothing_changes() {
        cli.run("demo");
        String before = cli.run("agreement", "export", "AG-10").out();

        InMemoryCli.Run refused = cli.run("agreement", "import", EXAMPLE);
        InMemoryCli.Run notAmendable = cli.run("agreement", "import", EXAMPLE, "--as-amendment", "--reason", "x", "--as", "BRM-0001");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("appraisal: error [agreement.already-exists] BRM-LAMPLAIMAT-01 already has agreement AG-10 "
                + "(REVIEWED) in round 2565-2, and a person has one agreement per round: change AG-10 instead (edit its draft, or "
                + "amend it once agreed), or import the file as an amendment of it (appraisal agreement import --as-amendment)\n");
        assertThat(notAmendable.exitCode()).isEqualTo(1);
        assertThat(notAmendable.err()).contains("[agreement.import-past-agreed]").contains("AG-10").contains("REVIEWED");
        assertThat(agreementsInRound()).isEqualTo(23);
        assertThat(cli.run("agreement", "export", "AG-10").out()).isEqualTo(before);
    }

    @Test
    void an_exported_agreement_imported_again_is_refused_while_its_person_has_it() {
        cli.run("demo");
        String exported = cli.run("agreement", "export", "AG-4", "--format", "json").out();

        InMemoryCli.Run again = cli.runWithInput(exported, "agreement", "import", "-");

        assertThat(exported).contains("\"result\"").contains("\"signatures\"");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).startsWith("appraisal: error [agreement.already-exists] BRM-NANGRONG-01 already has agreement AG-4 ");
        assertThat(agreementsInRound()).isEqualTo(23);
    }

    @Test
    void an_agreed_agreement_exported_edited_and_imported_as_an_amendment_gets_a_new_revision_with_the_file_s_items() throws Exception {
        cli.run("demo");
        String exported = cli.run("agreement", "export", "AG-22").out();
        assertThat(exported).contains("status: agreed").contains("weight: 15.00");
        // T1 and T3 swap weights: 15 and 10.
        int t3 = exported.indexOf("- item: T3");
        String edited = exported.substring(0, t3).replaceFirst("weight: 15\\.00", "weight: 10.00")
                + exported.substring(t3).replaceFirst("weight: 10\\.00", "weight: 15.00");

        InMemoryCli.Run noReason = cli.runWithInput(edited, "agreement", "import", "-", "--as-amendment", "--as", "BRM-0001");
        InMemoryCli.Run reasonAlone = cli.runWithInput(edited, "agreement", "import", "-", "--reason", "x");
        InMemoryCli.Run amended = cli.runWithInput(edited, "agreement", "import", "-", "--as-amendment", "--reason",
                "ปรับน้ำหนักตามนโยบายใหม่", "--as", "BRM-0001", "--format", "json");
        InMemoryCli.Run again = cli.runWithInput(edited, "agreement", "import", "-", "--as-amendment", "--as", "BRM-0001");

        assertThat(noReason.exitCode()).as(noReason.err()).isEqualTo(2);
        assertThat(noReason.err()).contains("[agreement.amend-needs-reason]");
        assertThat(reasonAlone.exitCode()).isEqualTo(2);
        assertThat(reasonAlone.err()).contains("--reason goes with --as-amendment");
        assertThat(amended.exitCode()).as(amended.err()).isZero();
        assertThat(amended.out()).contains("\"agreement\" : \"AG-22\"").contains("\"outcome\" : \"AMENDED\"")
                .contains("\"status\" : \"DRAFT\"").contains("\"revision\" : 2");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo("AG-22\n");
        assertThat(again.err()).startsWith("AG-22: already holds what the file says, nothing changed");
        String now = cli.run("agreement", "export", "AG-22").out();
        assertThat(now).contains("status: draft").contains("revision: 2");
        assertThat(weightOf(now, "T1")).isEqualTo("10.00");
        assertThat(weightOf(now, "T3")).isEqualTo("15.00");
        assertThat(cli.run("agreement", "history", "AG-22").out()).contains("agreement.amended").contains("ปรับน้ำหนักตามนโยบายใหม่");
        assertThat(agreementsInRound()).isEqualTo(23);
    }

    private static String weightOf(String export, String item) {
        String rest = export.substring(export.indexOf("- item: " + item + "\n"));
        return rest.substring(rest.indexOf("weight: ") + 8, rest.indexOf('\n', rest.indexOf("weight: ")));
    }

    @Test
    void a_draft_imported_over_as_an_amendment_takes_the_file_s_items() {
        cli.run("demo");
        cli.ports.agreements().remove(cli.ports.agreements().find(new AgreementId("AG-10")).orElseThrow());
        String id = cli.run("agreement", "import", EXAMPLE).out().strip();
        String withoutT8 = cli.run("agreement", "export", id).out().replaceAll("(?s)- item: T8\n.*?(?=- item: |\\z)", "")
                .replace("weight: 15.00", "weight: 16.00");

        InMemoryCli.Run changed = cli.runWithInput(withoutT8, "agreement", "import", "-", "--as-amendment");

        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.out()).isEqualTo(id + "\n");
        assertThat(changed.err()).startsWith(id + ": its draft now holds the file's items; status DRAFT, revision 1");
        String now = cli.run("agreement", "export", id).out();
        assertThat(now).doesNotContain("item: T8").contains("weight: 16.00").doesNotContain("weight: 15.00")
                .contains("targets_reason: ส่งหลักฐานพร้อมกลุ่มอำเภอนางรอง");
    }
}
