package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.fake.SettableClock;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.store.BackupReceipt;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.port.in.store.StoreCheck;
import appraisal.domain.service.StoreService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup taken while three writers keep drafting and signing agreements (each change one unit
 * of work: the agreement and its audit events) restores to a consistent store: it passes the
 * whole check, and every agreement in it is complete as of one of its commits — a draft with its
 * one event, or signed with both signatures and three events, never half of either.
 */
abstract class BackupDuringWritesTests {

    private static final int WRITERS = 3;
    private static final int ALREADY_STORED = 2_000;

    @RegisterExtension
    final FreshStore fresh;

    @TempDir
    Path folder;

    BackupDuringWritesTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    private static void saveAsAUseCase(Store store, List<Agreement> agreements) {
        List<DomainEvent> events = new ArrayList<>();
        agreements.forEach(a -> events.addAll(a.pendingEvents()));
        store.unitOfWork().run(() -> {
            store.agreements().saveAll(agreements);
            store.audit().append(events);
        });
        agreements.forEach(Agreement::clearPendingEvents);
    }

    @Test
    void a_backup_taken_while_writers_commit_restores_to_a_consistent_store_of_whole_agreements() throws Exception {
        Store store = fresh.store();
        // Enough rows that the copy takes a while, so commits land while it runs.
        saveAsAUseCase(store, CascadeWriter.cascade("base", ALREADY_STORED));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger commits = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String prefix = "writer-" + w;
            writers.add(pool.submit(() -> {
                for (int n = 1; !stop.get(); n++) {
                    Agreement a = CascadeWriter.cascade(prefix + "-" + n, 1).get(0);
                    saveAsAUseCase(store, List.of(a));
                    commits.incrementAndGet();
                    a.sign(a.appraisee(), day(1));
                    a.sign(a.evaluator(), day(2));
                    saveAsAUseCase(store, List.of(a));
                    commits.incrementAndGet();
                }
                return null;
            }));
        }
        while (commits.get() < 30) {
            Thread.sleep(5);
        }

        int before = commits.get();
        BackupReceipt backup = store.maintenance().backup(folder.resolve("during.db").toString());
        int during = commits.get() - before;
        while (commits.get() < before + during + 20) {
            Thread.sleep(5);
        }
        stop.set(true);
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Store restored = fresh.anotherStore();
        restored.maintenance().restore(backup.file(), false, Instant.parse("2022-04-01T02:00:00Z"));
        StoreCheck check = new StoreService(restored.maintenance(), restored.agreements(), restored.audit(),
                new SettableClock(Instant.parse("2022-04-01T02:00:00Z"))).check(new CheckStoreCommand(true));
        List<Agreement> all = restored.agreements().inRound(CascadeWriter.cascade("any", 1).get(0).round());
        long inSource = store.maintenance().inspect().rows().get("agreement");

        assertThat(during).as("commits while the backup ran: writers were not held up").isPositive();
        assertThat(check.problems()).isEmpty();
        assertThat(check.agreementsChecked()).isEqualTo(all.size());
        assertThat(all.size()).as("agreements in the backup").isGreaterThan(ALREADY_STORED).isLessThan((int) inSource);
        assertThat(backup.rows()).containsEntry("agreement", (long) all.size());
        for (Agreement a : all) {
            assertThat(a.items()).as(a.id().value()).hasSize(CascadeWriter.ITEMS);
            int events = restored.audit().history(Agreement.AGGREGATE_TYPE, a.id().value()).size();
            if (a.status() == AgreementStatus.AGREED) {
                assertThat(a.signatures()).as(a.id().value()).hasSize(2);
                assertThat(a.version()).as(a.id().value()).isEqualTo(2);
                assertThat(events).as(a.id().value()).isEqualTo(3);
            } else {
                assertThat(a.status()).as(a.id().value()).isEqualTo(AgreementStatus.DRAFT);
                assertThat(a.signatures()).as(a.id().value()).isEmpty();
                assertThat(a.version()).as(a.id().value()).isEqualTo(1);
                assertThat(events).as(a.id().value()).isEqualTo(1);
            }
        }
    }
}
