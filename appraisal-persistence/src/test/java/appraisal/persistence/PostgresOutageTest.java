package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.contract.PortExamples;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped under an open store, and started again: every write, read and readiness
 * check is answered {@code store.unavailable} within a second — never a hang, never an unexplained
 * failure — for as long as it is down, and the store works again by itself once it is back.
 * A server of its own (the other tests share one), stopped as an administrator stops it
 * ({@code pg_ctl stop -m fast}) and started on the same data and port. Timings are printed.
 */
class PostgresOutageTest {

    @TempDir
    static Path folder;

    private static EmbeddedPostgres server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        server = start(0);
        port = server.getPort();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE outage");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EmbeddedPostgres start(int onPort) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("data")).setCleanDataDirectory(false)
                .setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
        return (onPort == 0 ? builder : builder.setPort(onPort)).start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static List<DomainEvent> events(String id) {
        return List.of(PortExamples.event(id, 0, "agreement.drafted", 1, Map.of(), Map.of("status", "DRAFT")));
    }

    /** The store's refusal and how long it took to come. */
    private record Timed(DomainException refusal, long millis) {
    }

    private static Timed refused(ThrowingCallable call) {
        long start = System.nanoTime();
        try {
            call.call();
        } catch (DomainException e) {
            return new Timed(e, (System.nanoTime() - start) / 1_000_000);
        } catch (Throwable t) {
            throw new AssertionError("expected the store's refusal, got " + t, t);
        }
        throw new AssertionError("expected the store's refusal, but it went through");
    }

    @Test
    void a_stopped_server_is_answered_unavailable_within_a_second_every_time_and_the_store_works_again_by_itself_once_it_is_back()
            throws Exception {
        StoreLocation location = StoreLocation.parse(server.getJdbcUrl("postgres", "outage"));
        try (Store store = Store.open(location, CriterionCodec.withInstalledKinds())) {
            store.audit().append(events("up"));
            server.close();

            Timed write = refused(() -> store.audit().append(events("down")));
            Timed read = refused(() -> store.audit().history("agreement", "up"));
            Timed ready = refused(store.maintenance()::checkReady);
            // Still down a while later, when a pool's own back-off would have grown to seconds.
            long slowest = 0;
            for (int i = 0; i < 12; i++) {
                Timed again = refused(() -> store.audit().append(events("down")));
                assertThat(again.refusal().code()).isEqualTo("store.unavailable");
                slowest = Math.max(slowest, again.millis());
                Thread.sleep(150);
            }

            server = start(port);
            long back = System.nanoTime();
            long tries = 0;
            while (true) {
                tries++;
                try {
                    store.audit().append(events("back"));
                    break;
                } catch (DomainException e) {
                    assertThat(e.code()).isEqualTo("store.unavailable");
                    assertThat(System.nanoTime() - back).as("the store works again by itself").isLessThan(10_000_000_000L);
                    Thread.sleep(10);
                }
            }
            long recovered = (System.nanoTime() - back) / 1_000_000;
            store.maintenance().checkReady();

            assertThat(write.refusal().kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
            assertThat(write.refusal().code()).isEqualTo("store.unavailable");
            assertThat(write.refusal().getMessage()).contains("PostgreSQL at localhost:" + port + "/outage", "does not answer",
                    "nothing was saved", "check that the server is running");
            assertThat(read.refusal().code()).isEqualTo("store.unavailable");
            assertThat(read.refusal().getMessage()).doesNotContain("nothing was saved");
            assertThat(ready.refusal().code()).isEqualTo("store.unavailable");
            assertThat(List.of(write.millis(), read.millis(), ready.millis(), slowest)).allMatch(ms -> ms < 1_000);
            assertThat(store.audit().history("agreement", "down")).isEmpty();
            assertThat(store.audit().history("agreement", "back")).hasSize(1);
            System.out.printf(Locale.ROOT, "PostgreSQL stopped: write refused in %d ms, read in %d ms, not ready in %d ms, slowest of 12 "
                    + "more writes %d ms; started again: written %d ms later (%d tries)%n",
                    write.millis(), read.millis(), ready.millis(), slowest, recovered, tries);
        }
    }
}
