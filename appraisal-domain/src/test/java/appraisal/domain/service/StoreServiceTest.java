package appraisal.domain.service;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.fake.InMemoryAgreementRepository;
import appraisal.domain.fake.InMemoryStoreMaintenance;
import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.audit.SealedEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.IntegrityProblem;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.model.store.StoreEpoch;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.store.BackupCommand;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.port.in.store.RestoreCommand;
import appraisal.domain.port.in.store.StoreCheck;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Backup, restore and check over the fakes: what a check finds, and what a restore records. */
class StoreServiceTest {

    private final InMemorySystem system = new InMemorySystem();
    private final InMemoryStoreMaintenance.Disk disk = new InMemoryStoreMaintenance.Disk();
    private final StoreService service = new StoreService(InMemoryStoreMaintenance.of(system, disk), system.agreementStore,
            system.audit, system.clock);
    private final PersonId admin = new PersonId("admin");

    /** Saves as a use case does: the agreement, then its pending events. */
    private void saveAsAUseCase(Agreement a) {
        List<DomainEvent> events = a.pendingEvents();
        system.agreementStore.save(a);
        system.audit.append(events);
        a.clearPendingEvents();
    }

    @Test
    void a_store_filled_through_the_use_cases_checks_clean_and_every_agreement_is_judged() {
        Agreement a = anAgreement().id("agr-1").appraisee(new PersonId("p-agr-1")).draft();
        saveAsAUseCase(a);
        a.sign(a.appraisee(), day(1));
        a.sign(a.evaluator(), day(1));
        saveAsAUseCase(a);
        saveAsAUseCase(anAgreement().id("agr-2").appraisee(new PersonId("p-agr-2")).draft());

        StoreCheck check = service.check(new CheckStoreCommand(true));

        assertThat(check.ok()).isTrue();
        assertThat(check.agreementsChecked()).isEqualTo(2);
        assertThat(check.rows()).containsEntry("agreement", 2L).containsEntry("audit_event", 4L);
    }

    @Test
    void an_agreement_saved_without_its_events_and_one_whose_save_was_lost_are_named() {
        system.agreementStore.save(anAgreement().id("agr-silent").appraisee(new PersonId("p-agr-silent")).draft());
        Agreement lost = anAgreement().id("agr-lost").appraisee(new PersonId("p-agr-lost")).draft();
        saveAsAUseCase(lost);
        // The trail says the draft was signed at version 1, but the store still has version 1: that save never landed.
        system.audit.append(List.of(DomainEvent.of(Agreement.AGGREGATE_TYPE, "agr-lost", 1, "agreement.signed", lost.appraisee(),
                day(1), Map.of(), Map.of())));

        StoreCheck check = service.check(new CheckStoreCommand(true));

        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject).containsExactlyInAnyOrder(
                tuple("agreement.no-audit", "agr-silent"), tuple("agreement.audit-ahead", "agr-lost"));
    }

    @Test
    void a_quick_check_reports_rows_without_loading_any_agreement() {
        system.agreementStore.save(anAgreement().id("agr-silent").appraisee(new PersonId("p-agr-silent")).draft());

        StoreCheck check = service.check(new CheckStoreCommand(false));

        assertThat(check.ok()).isTrue();
        assertThat(check.agreementsChecked()).isZero();
        assertThat(check.rows()).containsEntry("agreement", 1L);
    }

    @Test
    void an_agreement_that_does_not_load_is_named_and_the_others_of_its_round_are_still_judged() {
        InMemoryAgreementRepository stored = system.agreementStore;
        saveAsAUseCase(anAgreement().id("agr-good").appraisee(new PersonId("p-agr-good")).draft());
        saveAsAUseCase(anAgreement().id("agr-broken").appraisee(new PersonId("p-agr-broken")).draft());
        AgreementRepository breaking = new AgreementRepository() {
            @Override
            public Optional<Agreement> find(AgreementId id) {
                if (id.value().equals("agr-broken")) {
                    throw DomainException.invalid("agreement.inconsistent", "stored agreement agr-broken is inconsistent: revision 0");
                }
                return stored.find(id);
            }

            @Override
            public void save(Agreement agreement) {
                stored.save(agreement);
            }

            @Override
            public void saveAll(List<Agreement> agreements) {
                stored.saveAll(agreements);
            }

            @Override
            public List<Agreement> inRound(RoundId round) {
                throw DomainException.invalid("agreement.inconsistent", "stored agreement agr-broken is inconsistent: revision 0");
            }

            @Override
            public List<Agreement> ofAppraisee(RoundId round, PersonId appraisee) {
                return stored.ofAppraisee(round, appraisee);
            }

            @Override
            public List<Agreement> children(AgreementId parent) {
                return stored.children(parent);
            }

            @Override
            public void remove(Agreement agreement) {
                stored.remove(agreement);
            }

            @Override
            public appraisal.domain.model.store.StoreEpoch epoch() {
                return stored.epoch();
            }
        };
        StoreService checking = new StoreService(InMemoryStoreMaintenance.of(system, disk), breaking, system.audit, system.clock);

        StoreCheck check = checking.check(new CheckStoreCommand(true));

        assertThat(check.agreementsChecked()).isEqualTo(1);
        assertThat(check.problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject, IntegrityProblem::message)
                .containsExactly(tuple("agreement.unreadable", "agr-broken",
                        "does not load: stored agreement agr-broken is inconsistent: revision 0"));
    }

    @Test
    void a_restore_is_recorded_in_the_restored_trail_with_who_from_where_and_where_the_old_data_went() {
        saveAsAUseCase(anAgreement().id("agr-1").appraisee(new PersonId("p-agr-1")).draft());
        service.backup(new BackupCommand("nightly.db"));
        saveAsAUseCase(anAgreement().id("agr-2").appraisee(new PersonId("p-agr-2")).draft());

        RestoreReceipt receipt = service.restore(new RestoreCommand("nightly.db", true, admin));

        assertThat(system.agreementStore.inRound(anAgreement().draft().round())).extracting(a -> a.id().value()).containsExactly("agr-1");
        assertThat(receipt.setAside()).contains("in-memory.before-restore-20220401-020000");
        assertThat(system.audit.history(StoreService.STORE, StoreService.STORE)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("store.restored");
            assertThat(e.actor()).isEqualTo(admin);
            assertThat(e.at()).isEqualTo(system.clock.instant());
            assertThat(e.before()).containsEntry("rows", "4").containsEntry("set_aside", "in-memory.before-restore-20220401-020000");
            assertThat(e.after()).containsEntry("from", "nightly.db").containsEntry("rows", "2");
        });
        assertThat(service.check(new CheckStoreCommand(true)).ok()).isTrue();
    }

    @Test
    void a_refused_restore_records_nothing() {
        saveAsAUseCase(anAgreement().id("agr-1").appraisee(new PersonId("p-agr-1")).draft());
        service.backup(new BackupCommand("nightly.db"));

        assertThatThrownBy(() -> service.restore(new RestoreCommand("nightly.db", false, admin)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("restore.store-not-empty"));
        assertThat(system.audit.history(StoreService.STORE, StoreService.STORE)).isEmpty();
    }

    @Test
    void an_agreed_agreement_whose_weights_were_changed_behind_the_domain_s_back_is_found() {
        Agreement evaluated = PortExamples.richlyEvaluated("agr-rich");
        system.agreementStore.save(anAgreement().id("agr-ok").appraisee(new PersonId("p-agr-ok")).in(AgreementStatus.CLOSED));
        system.audit.append(List.of(DomainEvent.of(Agreement.AGGREGATE_TYPE, "agr-ok", 0, "agreement.drafted", admin, day(0),
                Map.of(), Map.of())));
        system.agreementStore.save(evaluated);
        system.audit.append(List.of(DomainEvent.of(Agreement.AGGREGATE_TYPE, "agr-rich", 0, "agreement.drafted", admin, day(0),
                Map.of(), Map.of())));
        var snapshots = new java.util.HashMap<>(system.agreementStore.contents());
        var s = snapshots.get(evaluated.id());
        var items = com.google.common.collect.ImmutableList.of(s.items().get(0), s.items().get(1));
        var results = com.google.common.collect.ImmutableMap.copyOf(Map.of(s.items().get(0).id(), s.results().get(s.items().get(0).id())));
        snapshots.put(evaluated.id(), new appraisal.domain.model.agreement.AgreementSnapshot(s.id(), s.round(), s.appraisee(),
                s.evaluator(), s.parent(), s.context(), items, results, Optional.empty(), s.signatures(), s.acknowledgement(),
                s.review(), s.status(), s.version(), s.revision(), s.priorRevisions(), s.reopenings()));
        system.agreementStore.replaceContents(snapshots);

        StoreCheck check = service.check(new CheckStoreCommand(true));

        assertThat(check.problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject, IntegrityProblem::message)
                .containsExactly(tuple("agreement.weights-not-100", "agr-rich",
                        "status EVALUATED but the weights sum to 66.66, not 100.00"));
    }

    @Test
    void a_trail_changed_behind_the_program_s_back_fails_even_the_quick_check_naming_the_agreement_and_the_event() {
        Agreement a = anAgreement().id("agr-1").appraisee(new PersonId("p-agr-1")).draft();
        saveAsAUseCase(a);
        a.sign(a.appraisee(), day(1));
        a.sign(a.evaluator(), day(1));
        saveAsAUseCase(a);
        system.audit.tamper(events -> {
            SealedEvent signed = events.get(1);
            DomainEvent e = signed.event().orElseThrow();
            events.set(1, new SealedEvent(signed.seq(), signed.aggregateType(), signed.aggregateId(), Optional.of(DomainEvent.of(
                    e.aggregateType(), e.aggregateId(), e.version(), e.type(), admin, e.at(), e.before(), e.after())),
                    signed.previous(), signed.seal(), signed.keyId()));
            return events;
        });

        StoreCheck check = service.check(new CheckStoreCommand(false));

        assertThat(check.problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(tuple("audit.event-rewritten", "agr-1"));
        assertThat(check.problems().get(0).message()).startsWith("event 2 (agreement.signed, a change made at version 1)");
    }

    @Test
    void an_agreement_whose_last_events_were_removed_is_stored_ahead_of_its_trail() {
        Agreement a = anAgreement().id("agr-1").appraisee(new PersonId("p-agr-1")).draft();
        saveAsAUseCase(a);
        a.sign(a.appraisee(), day(1));
        a.sign(a.evaluator(), day(1));
        saveAsAUseCase(a);
        system.audit.tamper(events -> events.subList(0, 1));

        assertThat(service.check(new CheckStoreCommand(false)).problems()).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(tuple("audit.version-ahead", "agr-1"));
    }

    @Test
    void a_change_read_before_a_restore_is_stale_after_it_though_its_version_number_came_back() {
        Agreement a = anAgreement().id("agr-1").appraisee(new PersonId("p-agr-1")).draft();
        saveAsAUseCase(a);
        StoreEpoch before = system.agreements.epoch();
        service.backup(new BackupCommand("nightly.db"));
        service.restore(new RestoreCommand("nightly.db", true, admin));
        long version = system.agreements.show(a.id()).version();

        assertThat(system.agreements.epoch()).isNotEqualTo(before);
        assertThatThrownBy(() -> system.agreements.reopen(new appraisal.domain.port.in.lifecycle.ReopenAgreementCommand(
                AgreementChange.at(a.id(), appraisal.domain.model.agreement.Actor.person(a.evaluator()), version, before), "why")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("agreement.stale-version");
                    assertThat(e.getMessage()).contains("was read in store epoch " + before);
                });
    }
}
