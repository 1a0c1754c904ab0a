package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.out.contract.PortExamples;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One backup format for both databases: an office's SQLite backup restores into a department's
 * PostgreSQL (the way an office moves up), and a PostgreSQL backup into a SQLite file.
 */
class CrossDatabaseRestoreTest {

    @RegisterExtension
    final FreshStore sqlite = new FreshStore(TestDatabase.SQLITE);

    @RegisterExtension
    final FreshStore postgres = new FreshStore(TestDatabase.POSTGRESQL);

    @TempDir
    Path folder;

    private static List<Agreement> fill(Store store) {
        List<Agreement> agreements = List.of(PortExamples.richlyEvaluated("agr-rich", new PersonId("p-rich")),
                PortExamples.amendedTwice("agr-amended", new PersonId("p-amended")),
                PortExamples.reopenedAfterARefusalAndAReview("agr-reopened", new PersonId("p-reopened")));
        store.agreements().saveAll(agreements);
        store.audit().append(List.of(PortExamples.eventWithNanos("agr-rich")));
        store.rounds().save(PortExamples.round2565Two());
        store.indicators().save(PortExamples.povertyPlan("CDD-2", 1));
        store.people().save(PortExamples.person("P-1", "นายสมชาย รักงาน", PositionLevel.K3, "BRM", null));
        store.ids().newId("AG-");
        return agreements;
    }

    private static void assertSameContent(Store from, Store to, List<Agreement> agreements) {
        for (Agreement a : agreements) {
            assertThat(to.agreements().find(a.id()).orElseThrow().snapshot()).isEqualTo(from.agreements().find(a.id()).orElseThrow().snapshot());
        }
        assertThat(to.audit().history(Agreement.AGGREGATE_TYPE, "agr-rich")).containsExactly(PortExamples.eventWithNanos("agr-rich"));
        assertThat(to.rounds().all()).isEqualTo(from.rounds().all());
        assertThat(to.indicators().allLatest()).isEqualTo(from.indicators().allLatest());
        assertThat(to.people().find(new PersonId("P-1"))).isEqualTo(from.people().find(new PersonId("P-1")));
        assertThat(to.ids().newId("AG-")).isEqualTo("AG-2");
        assertThat(to.maintenance().inspect().rows()).isEqualTo(from.maintenance().inspect().rows());
        assertThat(to.maintenance().inspect().problems()).isEmpty();
    }

    @Test
    void an_office_s_sqlite_backup_restores_into_postgresql() {
        List<Agreement> agreements = fill(sqlite.store());
        String backup = folder.resolve("office.db").toString();
        sqlite.store().maintenance().backup(backup);

        postgres.store().maintenance().restore(backup, false, Instant.parse("2022-04-01T02:00:00Z"));

        assertSameContent(sqlite.store(), postgres.store(), agreements);
    }

    @Test
    void a_postgresql_backup_restores_into_a_sqlite_file() {
        List<Agreement> agreements = fill(postgres.store());
        String backup = folder.resolve("department.db").toString();
        postgres.store().maintenance().backup(backup);

        sqlite.store().maintenance().restore(backup, false, Instant.parse("2022-04-01T02:00:00Z"));

        assertSameContent(postgres.store(), sqlite.store(), agreements);
        assertThat(postgres.store().maintenance().inspect().rows())
                .containsEntry("item_result", sqlite.store().maintenance().inspect().rows().get("item_result"))
                .doesNotContainEntry("item_result", 0L);
    }
}
