package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.fake.SettableClock;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.port.in.store.StoreCheck;
import appraisal.domain.service.StoreService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pulls the plug on a process saving a large cascade: a child JVM ({@link CascadeWriter}) saves
 * 2,000 agreements of 12 items with their audit events in one unit of work and is killed with
 * SIGKILL after a delay spread (with seeded jitter) from before it begins to well after it
 * commits. After every kill the file is opened as a store and must pass the whole check — SQLite's
 * page and foreign-key checks and every agreement loaded and judged — and hold that cascade
 * entirely (agreements and audit events) or not at all, with every earlier cascade intact.
 */
class SqliteCrashTest {

    private static final int CASCADE = 2_000;
    private static final int KILLS = 12;
    private static final long SEED = 2565;

    @TempDir
    Path folder;

    /** A running child and the lines it has printed so far. */
    private record Child(Process process, BlockingQueue<String> lines) {
        boolean said(String line) {
            return lines.contains(line);
        }

        void await(String line, long timeoutMillis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (!said(line)) {
                if (System.nanoTime() > deadline || !process.isAlive() && !said(line)) {
                    throw new AssertionError("the child did not say " + line + " (alive: " + process.isAlive() + ", said: " + lines + ")");
                }
                Thread.sleep(2);
            }
        }
    }

    private Child start(Path db, String cascade) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CascadeWriter.class.getName(), db.toString(), cascade, String.valueOf(CASCADE))
                .redirectError(folder.resolve(cascade + ".err").toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // The child was killed: its output simply ends.
            }
        }, "child-output-" + cascade);
        reader.setDaemon(true);
        reader.start();
        return new Child(process, lines);
    }

    private static void kill(Child child) throws InterruptedException {
        child.process().destroyForcibly();
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();
    }

    @Test
    void a_cascade_killed_at_any_point_is_stored_whole_or_not_at_all_and_the_store_stays_sound() throws Exception {
        Path db = folder.resolve("office.db");
        Store.open(db.toString()).close();
        Map<String, Integer> expected = new LinkedHashMap<>();

        // Round 0 measures how long the save takes on this machine, and leaves one committed cascade behind.
        Child calibration = start(db, "crash-00");
        calibration.await("READY", 60_000);
        long readyAt = System.nanoTime();
        calibration.await("COMMITTED", 60_000);
        long saveMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - readyAt));
        kill(calibration);
        expected.put("crash-00", CASCADE);
        assertSound(db, expected, "crash-00");

        Random random = new Random(SEED);
        List<String> outcomes = new ArrayList<>();
        int whole = 0;
        int none = 0;
        for (int round = 1; round <= KILLS; round++) {
            String cascade = String.format("crash-%02d", round);
            // From the moment the save starts to 2.2 times its length: before, during and after the commit. A save
            // in a later round takes longer than the calibration's (more rows, a busier machine), hence the margin.
            long delay = Math.max(0, Math.round(saveMillis * (2.2 * (round - 1) / (KILLS - 1) + 0.1 * (random.nextDouble() - 0.5))));
            Child child = start(db, cascade);
            child.await("READY", 60_000);
            Thread.sleep(delay);
            boolean committedBeforeKill = child.said("COMMITTED");
            kill(child);

            int stored = assertSound(db, expected, cascade);
            assertThat(stored).as("agreements of %s after a kill %d ms into a %d ms save", cascade, delay, saveMillis).isIn(0, CASCADE);
            if (committedBeforeKill) {
                assertThat(stored).as("a cascade committed before the kill").isEqualTo(CASCADE);
            }
            expected.put(cascade, stored);
            outcomes.add(cascade + ": killed " + delay + " ms after READY, " + (stored == 0 ? "none" : "whole")
                    + (committedBeforeKill ? " (had said COMMITTED)" : ""));
            whole += stored == CASCADE ? 1 : 0;
            none += stored == 0 ? 1 : 0;
        }

        // Where the kills landed, in the test's output: the evidence that they spanned the commit.
        System.out.println("SqliteCrashTest: the save took " + saveMillis + " ms when not killed; " + String.join("; ", outcomes));
        assertThat(whole).as("kills after the commit: %s", outcomes).isPositive();
        assertThat(none).as("kills before the commit: %s", outcomes).isPositive();
        assertThat(Files.size(db)).isPositive();
    }

    /**
     * Opens the file as a store after a kill; it must pass the whole check and hold every earlier
     * cascade whole. Returns how many agreements of {@code cascade} it holds, after checking their
     * audit events match them one for one.
     */
    private int assertSound(Path db, Map<String, Integer> expected, String cascade) {
        try (Store store = Store.open(db.toString())) {
            StoreCheck check = new StoreService(store.maintenance(), store.agreements(), store.audit(),
                    new SettableClock(Instant.parse("2022-04-01T02:00:00Z"))).check(new CheckStoreCommand(true));
            assertThat(check.problems()).as("problems after killing %s", cascade).isEmpty();
            for (Map.Entry<String, Integer> earlier : expected.entrySet()) {
                assertThat(children(store, earlier.getKey())).as(earlier.getKey()).isEqualTo(earlier.getValue());
            }
            int stored = children(store, cascade);
            long events = store.writeJdbi().withHandle(h -> h.createQuery(
                            "SELECT COUNT(*) FROM audit_event WHERE aggregate_type = :type AND aggregate_id LIKE :prefix")
                    .bind("type", Agreement.AGGREGATE_TYPE).bind("prefix", cascade + "-%").mapTo(Long.class).one());
            assertThat(events).as("audit events of %s", cascade).isEqualTo(stored);
            if (stored > 0) {
                assertThat(store.agreements().find(new AgreementId(cascade + "-0001")).orElseThrow().items()).hasSize(CascadeWriter.ITEMS);
            }
            return stored;
        }
    }

    private static int children(Store store, String cascade) {
        return store.writeJdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM agreement WHERE parent_id = :head")
                .bind("head", cascade + "-head").mapTo(Integer.class).one());
    }
}
