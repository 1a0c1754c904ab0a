package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OrgCommandTest {

    private final InMemoryCli cli = new InMemoryCli();

    private static final String UNITS = """
            code,name,kind,parent
            BRM-LPM,สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,district,BRM
            BRM,สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์,province,CDD
            CDD,กรมการพัฒนาชุมชน,department,
            """;

    @Test
    void units_listed_in_any_order_import_and_show_as_a_tree() {
        InMemoryCli.Run imported = cli.runWithInput(UNITS, "org", "import", "-", "--format", "csv");
        InMemoryCli.Run tree = cli.run("org", "tree", "--format", "csv");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).isEqualTo("added,updated\n3,0\n");
        assertThat(tree.out().lines()).containsExactly("code,name,kind,parent,depth,people",
                "CDD,กรมการพัฒนาชุมชน,department,,0,0",
                "BRM,สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์,province,CDD,1,0",
                "BRM-LPM,สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,district,BRM,2,0");
    }

    @Test
    void a_supervisor_cycle_is_refused_with_its_row_and_nothing_is_imported() {
        cli.runWithInput(UNITS, "org", "import", "-");
        String people = """
                id,name,position,level,unit,supervisor,probation
                P1,นายหนึ่ง,พัฒนาการจังหวัด,D2,BRM,P3,no
                P2,นางสอง,พัฒนาการอำเภอ,D1,BRM-LPM,P1,no
                P3,นายสาม,นักวิชาการพัฒนาชุมชน,K2,BRM-LPM,P2,yes
                """;

        InMemoryCli.Run run = cli.runWithInput(people, "person", "import", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("appraisal: error [person.supervisor-cycle] <stdin>:2: P1")
                .contains("P1 → P3 → P2 → P1").contains("nothing was imported");
        assertThat(cli.run("person", "list", "--format", "csv").out()).isEqualTo("id,name,position,level,unit,supervisor,probation\n");
    }

    @Test
    void a_bad_position_level_names_file_and_line() {
        cli.runWithInput(UNITS, "org", "import", "-");
        String people = "id,name,position,level,unit\nP1,นายหนึ่ง,พัฒนาการจังหวัด,D2,BRM\nP2,นางสอง,พัฒนาการอำเภอ,C7,BRM-LPM\n";

        InMemoryCli.Run run = cli.runWithInput(people, "person", "import", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("<stdin>:3: level 'C7' is not a position level");
    }

    @Test
    void a_missing_column_is_named_before_any_row_is_read() {
        InMemoryCli.Run run = cli.runWithInput("code,name\nX,y\n", "org", "import", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("<stdin>:1: no column 'kind'");
    }

    @Test
    void a_round_file_opens_a_round_whose_deadlines_count_down() {
        InMemoryCli.Run open = cli.run("round", "open", Path.of("../examples/buriram-2565-r2-round.yaml").toString());
        cli.clock.set(java.time.Instant.parse("2022-07-26T03:00:00Z"));
        InMemoryCli.Run deadlines = cli.run("round", "deadlines", "--format", "csv");
        InMemoryCli.Run again = cli.run("round", "open", Path.of("../examples/buriram-2565-r2-round.yaml").toString());

        assertThat(open.exitCode()).isZero();
        assertThat(open.out()).contains("opened round 2565-2");
        assertThat(deadlines.out().lines()).element(1).asString().startsWith("agreement,2022-07-31,").endsWith(",5");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("[round.exists]");
    }

    @Test
    void a_round_shows_its_settings_the_standard_ones_when_its_file_names_none() {
        InMemoryCli.Run open = cli.runWithInput("fiscal_year: 2565\nround: 1\nsettings:\n  review: optional\n"
                + "  evidence_quota: {files: 5, bytes: 2 MiB}\n", "round", "open", "-");
        cli.run("round", "open", Path.of("../examples/buriram-2565-r2-round.yaml").toString());

        InMemoryCli.Run own = cli.run("round", "show", "2565-1");
        InMemoryCli.Run standard = cli.run("round", "show", "2565-2", "--format", "json");

        assertThat(open.exitCode()).as(open.err()).isZero();
        assertThat(own.out()).contains("review optional; evidence per agreement: 5 files of together at most 2 MiB")
                .contains("review: optional").contains("bytes: 2097152");
        assertThat(standard.out()).contains("\"review\" : \"required\"").contains("\"files\" : 20").contains("\"bytes\" : 20971520");
    }

    @Test
    void a_bad_evidence_quota_in_a_round_file_is_refused_at_its_line_and_opens_nothing() {
        InMemoryCli.Run open = cli.runWithInput("fiscal_year: 2565\nround: 1\nsettings:\n  evidence_quota:\n    files: -3\n",
                "round", "open", "-");

        assertThat(open.exitCode()).isEqualTo(2);
        assertThat(open.err()).contains("<stdin>:5").contains("evidence files must be 0 to 1000, got -3");
        assertThat(cli.run("round", "list").out()).doesNotContain("2565-1");
    }

    @Test
    void tables_for_people_can_print_thai_digits_and_buddhist_era_dates() {
        cli.run("round", "open", Path.of("../examples/buriram-2565-r2-round.yaml").toString());

        InMemoryCli.Run run = cli.run("round", "list", "--thai-digits");

        assertThat(run.out()).contains("๒๕๖๕-๒").contains("๑ เม.ย. ๒๕๖๕").contains("๓๐ ก.ย. ๒๕๖๕");
    }
}
