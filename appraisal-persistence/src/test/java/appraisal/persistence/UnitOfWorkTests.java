package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.UnitOfWork;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One transaction per use case through the unit of work, on each database. */
abstract class UnitOfWorkTests {

    @RegisterExtension
    final FreshStore fresh;

    final ExecutorService threads = Executors.newFixedThreadPool(2);

    UnitOfWorkTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    UnitOfWork uow() {
        return fresh.store().unitOfWork();
    }

    AgreementRepository agreements() {
        return fresh.store().agreements();
    }

    /** What another app thread (another request) sees right now. */
    <T> T fromAnotherThread(Callable<T> read) throws Exception {
        return threads.submit(read).get(30, TimeUnit.SECONDS);
    }

    @Test
    void what_a_use_case_saves_through_several_ports_commits_together() throws Exception {
        Round round = PortExamples.round2565Two();
        Agreement draft = anAgreement().draft();

        String id = uow().inTransaction(() -> {
            fresh.store().rounds().save(round);
            agreements().save(draft);
            fresh.store().audit().append(draft.pendingEvents());
            return fresh.store().ids().newId("AG-");
        });

        assertThat(id).isEqualTo("AG-1");
        assertThat(fromAnotherThread(() -> fresh.store().rounds().find(round.id()))).contains(round);
        assertThat(fromAnotherThread(() -> agreements().find(draft.id()))).isPresent();
        assertThat(fresh.store().audit().history(Agreement.AGGREGATE_TYPE, draft.id().value())).hasSize(1);
    }

    @Test
    void a_use_case_that_fails_leaves_nothing_behind() {
        Round round = PortExamples.round2565Two();
        Agreement draft = anAgreement().draft();

        assertThatThrownBy(() -> uow().run(() -> {
            fresh.store().rounds().save(round);
            agreements().save(draft);
            fresh.store().audit().append(draft.pendingEvents());
            fresh.store().ids().newId("AG-");
            throw new IllegalStateException("the use case failed after saving");
        })).hasMessage("the use case failed after saving");

        assertThat(fresh.store().rounds().find(round.id())).isEmpty();
        assertThat(agreements().find(draft.id())).isEmpty();
        assertThat(fresh.store().audit().history(Agreement.AGGREGATE_TYPE, draft.id().value())).isEmpty();
        assertThat(fresh.store().ids().newId("AG-")).as("the id drawn in the failed use case is drawn again").isEqualTo("AG-1");
    }

    @Test
    void reads_inside_a_use_case_see_its_own_writes_and_other_threads_see_them_only_after_commit() throws Exception {
        Agreement draft = anAgreement().draft();

        uow().run(() -> {
            agreements().save(draft);
            assertThat(agreements().find(draft.id())).isPresent();
            try {
                assertThat(fromAnotherThread(() -> agreements().find(draft.id()))).isEmpty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertThat(fromAnotherThread(() -> agreements().find(draft.id()))).isPresent();
    }

    @Test
    void an_agreement_found_again_in_the_use_case_that_saved_it_is_the_one_stored() {
        // A use case finds again what it saved (a cascade derives from the head's agreement it has just drafted); the store
        // may answer from what it wrote, and the answer must be exactly what reading the database gives after the commit.
        List<Agreement> saved = List.of(PortExamples.richlyEvaluated("agr-1"), PortExamples.amendedTwice("agr-2", new PersonId("p-2")),
                PortExamples.reopenedAfterClosing("agr-3", new PersonId("p-3")),
                PortExamples.reopenedAfterARefusalAndAReview("agr-4", new PersonId("p-4")),
                PortExamples.cascaded("agr-5", new AgreementId("agr-1"), new PersonId("p-5")));

        List<Agreement> foundInside = uow().inTransaction(() -> {
            agreements().saveAll(saved);
            return saved.stream().map(a -> agreements().find(a.id()).orElseThrow()).toList();
        });

        for (Agreement inside : foundInside) {
            Agreement afterCommit = agreements().find(inside.id()).orElseThrow();
            assertThat(inside.snapshot()).as(inside.id().value()).isEqualTo(afterCommit.snapshot());
            assertThat(inside.version()).as(inside.id().value()).isEqualTo(afterCommit.version()).isEqualTo(1);
        }
    }

    @Test
    void a_save_undone_by_a_failed_nested_call_is_not_found_again_in_the_use_case() {
        Agreement draft = anAgreement().draft();

        Agreement foundAfter = uow().inTransaction(() -> {
            agreements().save(draft);
            try {
                uow().run(() -> {
                    Agreement signed = agreements().find(draft.id()).orElseThrow();
                    signed.sign(APPRAISEE, day(1));
                    agreements().save(signed);
                    throw new IllegalStateException("inner failed after its save");
                });
            } catch (IllegalStateException expected) {
                // the caller chooses to go on
            }
            return agreements().find(draft.id()).orElseThrow();
        });

        assertThat(foundAfter.version()).as("the signed save was undone").isEqualTo(1);
        assertThat(foundAfter.snapshot()).isEqualTo(draft.snapshot());
        assertThat(foundAfter.snapshot()).isEqualTo(agreements().find(draft.id()).orElseThrow().snapshot());
    }

    @Test
    void a_nested_call_joins_the_running_transaction() {
        Agreement draft = anAgreement().draft();

        assertThatThrownBy(() -> uow().run(() -> {
            uow().run(() -> agreements().save(draft));
            assertThat(agreements().find(draft.id())).isPresent();
            throw new IllegalStateException("outer failed");
        })).hasMessage("outer failed");

        assertThat(agreements().find(draft.id())).as("the inner save went with the outer transaction").isEmpty();
    }

    @Test
    void a_failed_nested_call_undoes_only_its_own_work() {
        Agreement first = anAgreement().id("agr-1").draft();
        Agreement inner = anAgreement().id("agr-2").appraisee(new PersonId("p-2")).draft();
        Agreement last = anAgreement().id("agr-3").appraisee(new PersonId("p-3")).draft();

        uow().run(() -> {
            agreements().save(first);
            try {
                uow().run(() -> {
                    agreements().save(inner);
                    throw new IllegalStateException("inner failed");
                });
            } catch (IllegalStateException expected) {
                // the caller chooses to go on
            }
            agreements().save(last);
        });

        assertThat(agreements().inRound(first.round())).extracting(a -> a.id().value()).containsExactly("agr-1", "agr-3");
    }

    @Test
    void a_refused_save_all_caught_inside_a_use_case_writes_none_of_its_agreements() {
        agreements().save(anAgreement().id("agr-b").draft());
        Agreement stale = agreements().find(new AgreementId("agr-b")).orElseThrow();
        Agreement newer = agreements().find(new AgreementId("agr-b")).orElseThrow();
        newer.sign(APPRAISEE, day(1));
        agreements().save(newer);
        stale.sign(EVALUATOR, day(1));
        Agreement fresh1 = anAgreement().id("agr-a").appraisee(new PersonId("p-a")).draft();
        Round round = PortExamples.round2565Two();

        uow().run(() -> {
            try {
                agreements().saveAll(List.of(fresh1, stale));
            } catch (DomainException refused) {
                assertThat(refused.code()).isEqualTo("agreement.stale-version");
            }
            fresh.store().rounds().save(round);
        });

        assertThat(agreements().find(fresh1.id())).isEmpty();
        assertThat(agreements().find(stale.id()).orElseThrow().snapshot()).isEqualTo(newer.snapshot());
        assertThat(fresh.store().rounds().find(round.id())).contains(round);
    }

    /**
     * Two use cases that each load the same agreement, wait, change and save it, started
     * together. Returns which of them failed with a stale version (empty if both saved).
     */
    List<Optional<DomainException>> twoUseCasesSigningTheSameAgreementAtOnce() throws Exception {
        agreements().save(anAgreement().draft());
        CyclicBarrier start = new CyclicBarrier(2);
        Future<Optional<DomainException>> byAppraisee = threads.submit(signInAUseCase(start, APPRAISEE));
        Future<Optional<DomainException>> byEvaluator = threads.submit(signInAUseCase(start, EVALUATOR));
        return List.of(byAppraisee.get(60, TimeUnit.SECONDS), byEvaluator.get(60, TimeUnit.SECONDS));
    }

    private Callable<Optional<DomainException>> signInAUseCase(CyclicBarrier start, PersonId signer) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            try {
                uow().run(() -> {
                    Agreement a = agreements().find(anAgreement().draft().id()).orElseThrow();
                    sleep(300);
                    a.sign(signer, day(1));
                    agreements().save(a);
                });
                return Optional.empty();
            } catch (DomainException e) {
                return Optional.of(e);
            }
        };
    }

    Agreement stored() {
        return agreements().find(anAgreement().draft().id()).orElseThrow();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
