package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A round loaded in parts, side by side on several connections, is one snapshot: a writer that
 * changes agreements in different parts in one transaction is seen by every load either wholly or
 * not at all.
 */
abstract class LoadInPartsTests {

    private static final int AGREEMENTS = 40;
    private static final int PARTS = 4;
    private static final int LOADS = 40;

    @RegisterExtension
    final FreshStore fresh;

    private final ExecutorService writers = Executors.newSingleThreadExecutor();

    LoadInPartsTests(TestDatabase database) {
        this.fresh = new FreshStore(database, new LoadInParts(PARTS, 1));
    }

    @AfterEach
    void stopWriters() throws InterruptedException {
        writers.shutdownNow();
        writers.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void a_writer_committing_during_loads_in_parts_is_seen_wholly_or_not_at_all() throws Exception {
        AgreementRepository repository = fresh.store().agreements();
        List<String> ids = PortExamples.ids("agr", AGREEMENTS);
        repository.saveAll(ids.stream().map(id -> anAgreement().id(id).appraisee(new PersonId("p-" + id)).draft()).toList());
        RoundId round = repository.find(new AgreementId(ids.get(0))).orElseThrow().round();
        // The first agreement is in the first part, the last in the last: each commit saves both, so both move on together.
        AgreementId first = new AgreementId(ids.get(0));
        AgreementId last = new AgreementId(ids.get(AGREEMENTS - 1));
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger commits = new AtomicInteger();
        Future<?> writer = writers.submit(() -> {
            while (loading.get()) {
                fresh.store().unitOfWork().run(() -> repository.saveAll(List.of(
                        repository.find(first).orElseThrow(), repository.find(last).orElseThrow())));
                commits.incrementAndGet();
            }
        });
        long partsBefore = ((JdbiAgreementRepository) repository).partsLoaded();
        Set<Long> versionsSeen = new TreeSet<>();
        int commitsBefore = commits.get();
        try {
            for (int i = 0; i < LOADS; i++) {
                List<Agreement> loaded = repository.inRound(round);

                assertThat(loaded).extracting(a -> a.id().value()).as("load %d", i).containsExactlyElementsOf(ids);
                long firstVersion = loaded.get(0).version();
                assertThat(loaded.get(AGREEMENTS - 1).version()).as("load %d: the last agreement's version next to the first's", i)
                        .isEqualTo(firstVersion);
                versionsSeen.add(firstVersion);
            }
        } finally {
            loading.set(false);
        }
        writer.get(60, TimeUnit.SECONDS);

        assertThat(((JdbiAgreementRepository) repository).partsLoaded() - partsBefore).isEqualTo((long) LOADS * PARTS);
        assertThat(commits.get()).as("commits while loading").isGreaterThan(commitsBefore);
        assertThat(versionsSeen).as("versions the loads saw: the writer committed between them").hasSizeGreaterThan(1);
    }

    @Test
    void inside_a_use_case_a_round_is_loaded_on_its_transaction_and_sees_its_own_writes() {
        AgreementRepository repository = fresh.store().agreements();
        List<String> ids = PortExamples.ids("agr", 8);
        repository.saveAll(ids.stream().map(id -> anAgreement().id(id).appraisee(new PersonId("p-" + id)).draft()).toList());
        RoundId round = repository.find(new AgreementId(ids.get(0))).orElseThrow().round();
        long partsBefore = ((JdbiAgreementRepository) repository).partsLoaded();

        List<Long> versions = fresh.store().unitOfWork().inTransaction(() -> {
            repository.save(repository.find(new AgreementId(ids.get(7))).orElseThrow());
            return repository.inRound(round).stream().map(Agreement::version).toList();
        });

        assertThat(versions).containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 2L);
        assertThat(((JdbiAgreementRepository) repository).partsLoaded()).isEqualTo(partsBefore);
    }
}
