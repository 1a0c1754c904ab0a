package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.contract.PortExamples;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** How a store opens a SQLite file: the settings a careful server uses, and the file it leaves. */
class SqliteStoreTest {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    private String pragma(String name) {
        return fresh.store().writeJdbi().withHandle(h -> h.createQuery("PRAGMA " + name).mapTo(String.class).one());
    }

    @Test
    void connections_use_wal_full_sync_foreign_keys_and_a_busy_timeout() {
        assertThat(pragma("journal_mode")).isEqualTo("wal");
        assertThat(pragma("synchronous")).as("2 = FULL").isEqualTo("2");
        assertThat(pragma("foreign_keys")).isEqualTo("1");
        assertThat(pragma("busy_timeout")).isEqualTo(String.valueOf(Store.BUSY_TIMEOUT_MILLIS));
    }

    @Test
    void the_writer_keeps_its_savepoint_journal_in_memory() {
        assertThat(pragma("temp_store")).as("2 = MEMORY").isEqualTo("2");
    }

    @Test
    void the_file_stays_in_wal_mode_for_any_program_that_opens_it() throws Exception {
        fresh.store().agreements().save(anAgreement().draft());

        try (Connection plain = DriverManager.getConnection(fresh.store().location().jdbcUrl());
             Statement s = plain.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void rows_of_an_agreement_cannot_exist_without_their_agreement() {
        assertThatThrownBy(() -> fresh.store().writeJdbi().useHandle(h -> h.execute(
                "INSERT INTO item_result (agreement_id, item_id, ordinal, reported_by, reported_at) VALUES ('agr-ghost', '1', 0, 'p', 't')")))
                .isInstanceOf(JdbiException.class)
                .hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void several_writers_at_once_wait_for_each_other_and_all_succeed() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                writers.add(threads.submit(() -> fresh.store().unitOfWork().run(() -> {
                    fresh.store().agreements().save(anAgreement().id("agr-" + n).appraisee(new PersonId("p-" + n)).draft());
                    UnitOfWorkTests.sleep(50);
                })));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(fresh.store().agreements().inRound(anAgreement().draft().round())).hasSize(8);
    }

    @Test
    void a_store_opened_again_on_the_same_file_reads_what_was_saved(@TempDir Path dir) {
        String file = dir.resolve("office.db").toString();
        try (Store first = Store.open(file)) {
            first.rounds().save(PortExamples.round2565Two());
        }

        try (Store again = Store.open("jdbc:sqlite:" + file)) {
            assertThat(again.rounds().all()).containsExactly(PortExamples.round2565Two());
        }
    }

    @Test
    void a_closed_store_refuses_new_work(@TempDir Path dir) {
        Store store = Store.open(dir.resolve("office.db").toString());
        store.close();

        assertThatThrownBy(() -> store.rounds().all()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }

    @Test
    void a_file_in_a_folder_that_does_not_exist_is_refused_with_the_folder_named(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");

        DomainException refusal = refusalOf(() -> Store.open(missing.resolve("office.db").toString()));

        assertThat(refusal.code()).isEqualTo("store.no-directory");
        assertThat(refusal.getMessage()).contains(missing.toString());
    }
}
