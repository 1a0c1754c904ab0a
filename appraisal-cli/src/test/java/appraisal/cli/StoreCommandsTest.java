package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** backup, restore and check over the in-memory fakes: what they print and return. */
class StoreCommandsTest {

    private final InMemoryCli cli = new InMemoryCli();

    @Test
    void a_demo_round_checks_clean_with_every_agreement_judged() {
        cli.run("demo");

        InMemoryCli.Run check = cli.run("check");

        assertThat(check.exitCode()).isZero();
        assertThat(check.err()).isEmpty();
        assertThat(check.out()).contains("agreement").endsWith("ok: 23 agreement(s) checked, no problems\n");
    }

    @Test
    void check_as_json_lists_no_problems_when_sound_and_each_problem_when_not() {
        cli.run("demo");
        InMemoryCli.Run sound = cli.run("check", "--format", "json");
        // An agreement event dated from a version the store never reached: the save it describes was lost.
        cli.audit.append(java.util.List.of(appraisal.domain.model.audit.DomainEvent.of("agreement", "AG-1", 99, "agreement.signed",
                new appraisal.domain.model.org.PersonId("P1"), java.time.Instant.parse("2022-05-01T00:00:00Z"), java.util.Map.of(),
                java.util.Map.of())));

        InMemoryCli.Run broken = cli.run("check", "--format", "csv");

        assertThat(sound.exitCode()).isZero();
        assertThat(sound.out().strip()).isEqualTo("[ ]");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out().lines()).hasSize(2).first().isEqualTo("code,subject,message");
        assertThat(broken.out().lines().skip(1).findFirst().orElseThrow()).startsWith("agreement.audit-ahead,AG-1,");
    }

    @Test
    void a_backup_restores_only_over_an_empty_store_unless_replace_is_given_and_names_where_the_old_data_went() {
        cli.run("demo");
        InMemoryCli.Run backup = cli.run("backup", "monday.db");
        InMemoryCli.Run again = cli.run("backup", "monday.db");

        InMemoryCli.Run refused = cli.run("restore", "monday.db");
        InMemoryCli.Run replaced = cli.run("restore", "monday.db", "--replace", "--as", "admin");
        InMemoryCli.Run missing = cli.run("restore", "tuesday.db", "--replace");

        assertThat(backup.exitCode()).isZero();
        assertThat(backup.out()).startsWith("backed up in-memory store to monday.db: ").contains("23 agreement(s)");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).startsWith("appraisal: error [backup.target-exists] monday.db exists already");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("[restore.store-not-empty]").contains("--replace");
        assertThat(replaced.exitCode()).isZero();
        assertThat(replaced.out()).contains("the data it replaced is kept in in-memory.before-restore-20220401-020000");
        assertThat(cli.audit.history("store", "store")).singleElement().satisfies(e -> assertThat(e.actor().value()).isEqualTo("admin"));
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("[restore.no-backup]");
        assertThat(cli.run("check").exitCode()).isZero();
    }
}
