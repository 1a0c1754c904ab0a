package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.store.AgreementIntegrity;
import appraisal.domain.model.store.AuditTrailIntegrity;
import appraisal.domain.model.store.BackupReceipt;
import appraisal.domain.model.store.DuplicateAgreements;
import appraisal.domain.model.store.IntegrityProblem;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.model.store.StorageInspection;
import appraisal.domain.model.store.StoredAgreement;
import appraisal.domain.port.in.store.BackupCommand;
import appraisal.domain.port.in.store.BackupUseCase;
import appraisal.domain.port.in.store.CheckReadinessUseCase;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.port.in.store.CheckStoreUseCase;
import appraisal.domain.port.in.store.RestoreCommand;
import appraisal.domain.port.in.store.RestoreUseCase;
import appraisal.domain.port.in.store.StoreCheck;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.StoreMaintenance;
import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Backs up, restores and checks the store, and says whether it is ready to take changes. Backup and restore are the store's own business (one
 * consistent copy, one all-or-nothing replacement); what is here is what the domain adds: who
 * restored is audited, and a check verifies the sealed audit trail and each agreement's version
 * against it, judges every stored agreement by the domain's rules, and the store as a whole by the
 * rule of one agreement per person per round.
 */
public final class StoreService implements BackupUseCase, RestoreUseCase, CheckStoreUseCase, CheckReadinessUseCase {

    /** The aggregate type of the store's own audit events. */
    static final String STORE = "store";

    private final StoreMaintenance maintenance;
    private final AgreementRepository agreements;
    private final AuditSink audit;
    private final Clock clock;

    public StoreService(StoreMaintenance maintenance, AgreementRepository agreements, AuditSink audit, Clock clock) {
        this.maintenance = maintenance;
        this.agreements = agreements;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void checkReady() {
        maintenance.checkReady();
    }

    @Override
    public BackupReceipt backup(BackupCommand command) {
        return maintenance.backup(command.file());
    }

    @Override
    public RestoreReceipt restore(RestoreCommand command) {
        Instant at = clock.instant();
        RestoreReceipt receipt = maintenance.restore(command.file(), command.replace(), at);
        // After the restore, in the restored trail: the backup cannot know it was restored, the store now does.
        Map<String, String> before = new LinkedHashMap<>();
        before.put("rows", String.valueOf(receipt.replacedRows().values().stream().mapToLong(Long::longValue).sum()));
        receipt.setAside().ifPresent(f -> before.put("set_aside", f));
        Map<String, String> after = new LinkedHashMap<>();
        after.put("from", receipt.file());
        after.put("rows", String.valueOf(receipt.rows().values().stream().mapToLong(Long::longValue).sum()));
        after.put("schema_version", receipt.schemaVersion());
        receipt.resealed().forEach((key, events) -> after.put("resealed_" + key, events + " event(s) sealed with key " + key
                + ", which this store does not hold, sealed again with its own: not verified before this restore"));
        audit.append(List.of(DomainEvent.of(STORE, STORE, 0, "store.restored", command.actor(), at, before, after)));
        return receipt;
    }

    @Override
    public StoreCheck check(CheckStoreCommand command) {
        AuditTrailIntegrity trail = new AuditTrailIntegrity(maintenance.auditSeal());
        StorageInspection inspection = maintenance.inspect(trail);
        List<IntegrityProblem> problems = new ArrayList<>(inspection.problems());
        // The trail and the listing need no agreement loaded, so a quick check finds these too.
        problems.addAll(trail.problems());
        inspection.agreements().forEach(s -> problems.addAll(AuditTrailIntegrity.versions(s)));
        // Only a duplicate's agreements are loaded, to advise which to keep.
        problems.addAll(DuplicateAgreements.find(inspection.agreements(), agreements::ofAppraisee));
        int checked = 0;
        if (command.everyAgreement()) {
            Map<RoundId, List<StoredAgreement>> byRound = new LinkedHashMap<>();
            inspection.agreements().forEach(s -> byRound.computeIfAbsent(s.round(), r -> new ArrayList<>()).add(s));
            for (Map.Entry<RoundId, List<StoredAgreement>> round : byRound.entrySet()) {
                checked += judgeRound(round.getKey(), round.getValue(), problems);
            }
        }
        return new StoreCheck(inspection.store(), inspection.schemaVersion(), inspection.rows(), checked, ImmutableList.copyOf(problems));
    }

    /** Loads a round's agreements in one go; if that fails, one by one, so each one that does not load is named. */
    private int judgeRound(RoundId round, List<StoredAgreement> listed, List<IntegrityProblem> problems) {
        Map<AgreementId, Agreement> loaded = new HashMap<>();
        Set<AgreementId> reported = new HashSet<>();
        try {
            agreements.inRound(round).forEach(a -> loaded.put(a.id(), a));
        } catch (RuntimeException roundFailed) {
            for (StoredAgreement s : listed) {
                Optional<Agreement> one = loadOne(s.id(), problems);
                one.ifPresentOrElse(a -> loaded.put(a.id(), a), () -> reported.add(s.id()));
            }
        }
        int judged = 0;
        for (StoredAgreement s : listed) {
            Agreement a = loaded.get(s.id());
            if (a == null) {
                if (!reported.contains(s.id())) {
                    problems.add(new IntegrityProblem("agreement.missing", s.id().value(),
                            "listed by the store in round " + round + " but not loaded with it"));
                }
                continue;
            }
            problems.addAll(AgreementIntegrity.check(a, s));
            judged++;
        }
        return judged;
    }

    private Optional<Agreement> loadOne(AgreementId id, List<IntegrityProblem> problems) {
        try {
            Optional<Agreement> a = agreements.find(id);
            if (a.isEmpty()) {
                problems.add(new IntegrityProblem("agreement.missing", id.value(), "listed by the store but not found by id"));
            }
            return a;
        } catch (RuntimeException e) {
            // Whatever the reason (a row the mapping rejects, an inconsistent snapshot), it is this agreement's problem.
            problems.add(new IntegrityProblem("agreement.unreadable", id.value(), "does not load: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
