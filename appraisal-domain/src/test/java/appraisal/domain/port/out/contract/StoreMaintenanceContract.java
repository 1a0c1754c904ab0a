package appraisal.domain.port.out.contract;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.model.access.SessionRecord;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.audit.SealedEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.BackupReceipt;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.model.store.AuditTrailIntegrity;
import appraisal.domain.model.store.StorageInspection;
import appraisal.domain.model.store.StoreEpoch;
import appraisal.domain.model.store.StoredAgreement;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.StoreMaintenance;
import appraisal.domain.port.out.TokenRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StoreMaintenance} does, run against the in-memory fake and each real store:
 * a backup restores into another store as the same data, a restore never replaces data without
 * being asked and then keeps it aside and starts a new store epoch, a backup never overwrites a
 * file, and an inspection lists every agreement with its audit trail and hands over every event
 * with its seal.
 *
 * <p>A subclass supplies empty stores (as many as a test asks for) and file names that do not exist yet.
 */
public abstract class StoreMaintenanceContract {

    /** The ports of one store that these tests fill and read. */
    public record Ports(StoreMaintenance maintenance, AgreementRepository agreements, AuditSink audit, RoundRepository rounds,
                        PersonRepository people, IdSource ids, AccountRepository accounts, TokenRepository tokens,
                        SessionRepository sessions, SignInAttempts attempts) {
    }

    /** A new, empty store; each call gives another one. */
    protected abstract Ports newStore();

    /** A file name (path) that does not exist yet, distinct per {@code name}. */
    protected abstract String newFile(String name);

    /** Writes something at {@code file} that is not a backup. */
    protected abstract void writeNotABackup(String file);

    private static final Instant RESTORED_AT = Instant.parse("2022-04-01T02:03:04Z");

    private final List<String> issuedIds = new ArrayList<>();

    /** A store holding three agreements with their audit trails, a round, a person and handed-out ids. */
    private Ports filled() {
        Ports store = newStore();
        store.rounds().save(PortExamples.round2565Two());
        store.people().save(PortExamples.person("P-1", "นางสาวสมหญิง ใจดี", PositionLevel.K2, "BRM", null));
        for (Agreement a : List.of(PortExamples.richlyEvaluated("agr-1", new PersonId("P-1")),
                PortExamples.amendedTwice("agr-2", new PersonId("P-2")), PortExamples.reopenedAfterClosing("agr-3", new PersonId("P-3")))) {
            store.agreements().save(a);
            store.audit().append(List.of(PortExamples.event(a.id().value(), 0, "agreement.drafted", 0, Map.of(),
                    Map.of("status", "DRAFT"))));
        }
        issuedIds.add(store.ids().newId("AG-"));
        issuedIds.add(store.ids().newId("AG-"));
        return store;
    }

    @Test
    void a_backup_restored_into_an_empty_store_holds_the_same_agreements_audit_rounds_people_and_ids() {
        Ports source = filled();
        String file = newFile("full");

        BackupReceipt backup = source.maintenance().backup(file);
        Ports target = newStore();
        RestoreReceipt restored = target.maintenance().restore(file, false, RESTORED_AT);

        assertThat(backup.rows()).containsEntry("agreement", 3L).containsEntry("audit_event", 3L).containsEntry("round", 1L)
                .containsEntry("person", 1L);
        assertThat(restored.rows()).containsAllEntriesOf(Map.of("agreement", 3L, "audit_event", 3L, "round", 1L, "person", 1L));
        assertThat(restored.setAside()).isEmpty();
        assertThat(restored.replacedRows().values()).allMatch(n -> n == 0);
        for (String id : List.of("agr-1", "agr-2", "agr-3")) {
            var agreementId = new appraisal.domain.model.agreement.AgreementId(id);
            assertThat(target.agreements().find(agreementId).orElseThrow().snapshot())
                    .isEqualTo(source.agreements().find(agreementId).orElseThrow().snapshot());
            assertThat(target.audit().history(Agreement.AGGREGATE_TYPE, id)).isEqualTo(source.audit().history(Agreement.AGGREGATE_TYPE, id));
        }
        Round round = PortExamples.round2565Two();
        assertThat(target.rounds().find(round.id())).contains(round);
        assertThat(target.people().find(new PersonId("P-1"))).isEqualTo(source.people().find(new PersonId("P-1")));
        assertThat(target.ids().newId("AG-")).isNotIn(issuedIds);
    }

    @Test
    void accounts_and_tokens_are_restored_while_sessions_and_failed_sign_ins_are_not_and_the_restore_ends_the_store_s_own() {
        Ports source = newStore();
        UserAccount admin = new UserAccount("Admin", Optional.empty(), true, "pbkdf2-sha256$600000$c2FsdA$aGFzaA", RESTORED_AT, false);
        UserAccount staff = new UserAccount("mali", Optional.of(new PersonId("P-2")), false, "pbkdf2-sha256$1$c2FsdA$aGFzaA",
                RESTORED_AT, true);
        TokenInfo token = new TokenInfo("TK-1", "Admin", "ส่งออกทุกคืน", RESTORED_AT, RESTORED_AT.plusSeconds(86_400), Optional.empty());
        source.accounts().save(admin);
        source.accounts().save(staff);
        source.tokens().add(token, "token-digest");
        source.sessions().add(new SessionRecord("source-session", "Admin", "csrf-1", RESTORED_AT, RESTORED_AT));
        source.attempts().recordFailure("account:admin", RESTORED_AT);
        String file = newFile("accounts");
        BackupReceipt backup = source.maintenance().backup(file);
        Ports target = newStore();
        target.accounts().save(new UserAccount("somchai", Optional.of(new PersonId("P-9")), false, "x$y", RESTORED_AT, false));
        target.sessions().add(new SessionRecord("target-session", "somchai", "csrf-2", RESTORED_AT, RESTORED_AT));
        target.attempts().recordFailure("client:10.0.0.7", RESTORED_AT);

        RestoreReceipt restored = target.maintenance().restore(file, true, RESTORED_AT);

        assertThat(backup.rows()).containsEntry("user_account", 2L).containsEntry("access_token", 1L)
                .doesNotContainKeys("account_session", "sign_in_failure");
        assertThat(restored.replacedRows()).containsEntry("user_account", 1L);
        assertThat(target.accounts().all()).containsExactly(admin, staff);
        assertThat(target.tokens().findByDigest("token-digest")).contains(token);
        assertThat(target.sessions().find("source-session")).isEmpty();
        assertThat(target.sessions().find("target-session")).isEmpty();
        assertThat(target.attempts().failures("account:admin", RESTORED_AT.minusSeconds(1))).isEmpty();
        assertThat(target.attempts().failures("client:10.0.0.7", RESTORED_AT.minusSeconds(1))).isEmpty();
    }

    @Test
    void restoring_over_a_store_that_holds_data_is_refused_unless_asked_and_changes_nothing() {
        Ports source = filled();
        String file = newFile("refused");
        source.maintenance().backup(file);
        Ports target = newStore();
        Agreement own = anAgreement().id("agr-own").appraisee(new PersonId("P-own")).in(AgreementStatus.AGREED);
        target.agreements().save(own);

        assertThatThrownBy(() -> target.maintenance().restore(file, false, RESTORED_AT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("restore.store-not-empty");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED);
                });
        assertThat(target.agreements().find(own.id()).orElseThrow().snapshot()).isEqualTo(own.snapshot());
        assertThat(target.agreements().find(new appraisal.domain.model.agreement.AgreementId("agr-1"))).isEmpty();
    }

    @Test
    void replacing_keeps_the_replaced_data_aside_where_it_can_be_restored_from() {
        Ports source = filled();
        String file = newFile("replacing");
        source.maintenance().backup(file);
        Ports target = newStore();
        Agreement own = anAgreement().id("agr-own").appraisee(new PersonId("P-own")).in(AgreementStatus.AGREED);
        target.agreements().save(own);

        RestoreReceipt restored = target.maintenance().restore(file, true, RESTORED_AT);
        Ports third = newStore();
        third.maintenance().restore(restored.setAside().orElseThrow(), false, RESTORED_AT);

        assertThat(restored.replacedRows()).containsEntry("agreement", 1L);
        assertThat(restored.setAside().orElseThrow()).contains("before-restore-20220401-020304");
        assertThat(target.agreements().find(own.id())).isEmpty();
        assertThat(target.agreements().inRound(own.round())).extracting(a -> a.id().value()).containsExactly("agr-1", "agr-2", "agr-3");
        assertThat(third.agreements().find(own.id()).orElseThrow().snapshot()).isEqualTo(own.snapshot());
    }

    @Test
    void a_backup_never_overwrites_a_file() {
        Ports source = filled();
        String file = newFile("twice");
        source.maintenance().backup(file);

        assertThatThrownBy(() -> source.maintenance().backup(file))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("backup.target-exists"));
    }

    @Test
    void a_missing_backup_is_not_found_and_a_file_that_is_not_a_backup_is_refused_without_touching_the_store() {
        Ports target = filled();
        String missing = newFile("missing");
        String garbage = newFile("garbage");
        writeNotABackup(garbage);

        assertThatThrownBy(() -> target.maintenance().restore(missing, true, RESTORED_AT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("restore.no-backup");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                });
        assertThatThrownBy(() -> target.maintenance().restore(garbage, true, RESTORED_AT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("restore.not-a-backup"));
        assertThat(target.agreements().inRound(anAgreement().draft().round())).hasSize(3);
    }

    @Test
    void an_inspection_lists_every_agreement_with_its_version_and_audit_trail() {
        Ports store = newStore();
        Agreement drafted = anAgreement().id("agr-b").draft();
        List<DomainEvent> events = drafted.pendingEvents();
        store.agreements().save(drafted);
        store.audit().append(events);
        drafted.clearPendingEvents();
        drafted.sign(drafted.appraisee(), day(1));
        events = drafted.pendingEvents();
        store.agreements().save(drafted);
        store.audit().append(events);
        store.agreements().save(anAgreement().id("agr-a").appraisee(new PersonId("P-a")).draft());

        StorageInspection inspection = store.maintenance().inspect();

        assertThat(inspection.problems()).isEmpty();
        assertThat(inspection.rows()).containsEntry("agreement", 2L).containsEntry("audit_event", 2L);
        assertThat(inspection.agreements()).extracting(s -> s.id().value(), StoredAgreement::version, StoredAgreement::auditEvents,
                        StoredAgreement::lastAuditedVersion)
                .containsExactly(tuple("agr-a", 1L, 0L, OptionalLong.empty()), tuple("agr-b", 2L, 2L, OptionalLong.of(1)));
    }

    @Test
    void an_inspection_hands_over_every_audit_event_sealed_aggregate_by_aggregate_in_the_order_appended() {
        Ports store = newStore();
        store.audit().append(List.of(PortExamples.event("agr-b", 0, "agreement.drafted", 0, Map.of(), Map.of("status", "DRAFT")),
                PortExamples.event("agr-a", 0, "agreement.drafted", 1, Map.of(), Map.of("status", "DRAFT"))));
        store.audit().append(List.of(PortExamples.event("agr-b", 1, "agreement.signed", 2, Map.of("status", "DRAFT"),
                Map.of("status", "AGREED"))));
        List<SealedEvent> handed = new ArrayList<>();
        AuditTrailIntegrity integrity = new AuditTrailIntegrity(store.maintenance().auditSeal());

        store.maintenance().inspect(e -> {
            handed.add(e);
            integrity.accept(e);
        });

        assertThat(handed).extracting(SealedEvent::aggregateId, e -> e.event().orElseThrow().type())
                .containsExactly(tuple("agr-a", "agreement.drafted"), tuple("agr-b", "agreement.drafted"), tuple("agr-b", "agreement.signed"));
        assertThat(handed.get(2).previous()).as("the second of agr-b follows the first").isEqualTo(handed.get(1).seal());
        assertThat(handed.get(0).previous()).isEqualTo(AuditSeal.START);
        assertThat(integrity.problems()).isEmpty();
    }

    @Test
    void a_restore_starts_a_new_store_epoch_and_a_backup_restored_keeps_its_seals_sound() {
        Ports source = filled();
        String file = newFile("nightly");
        source.maintenance().backup(file);
        Ports target = newStore();
        target.agreements().save(anAgreement().id("agr-x").appraisee(new PersonId("P-x")).draft());
        StoreEpoch before = target.agreements().epoch();

        target.maintenance().restore(file, true, RESTORED_AT);

        assertThat(target.agreements().epoch()).isNotEqualTo(before).isNotEqualTo(source.agreements().epoch());
        AuditTrailIntegrity integrity = new AuditTrailIntegrity(target.maintenance().auditSeal());
        target.maintenance().inspect(integrity);
        assertThat(integrity.problems()).isEmpty();
    }

    @Test
    void a_healthy_store_is_ready_again_and_again_and_the_readiness_check_leaves_nothing_behind() {
        Ports store = filled();
        StorageInspection before = store.maintenance().inspect();

        for (int i = 0; i < 3; i++) {
            store.maintenance().checkReady();
        }

        StorageInspection after = store.maintenance().inspect();
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(after.agreements()).isEqualTo(before.agreements());
    }
}
