package appraisal.domain.fake;

import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.audit.SealedEvent;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.BackupReceipt;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.model.store.StorageInspection;
import appraisal.domain.model.store.StoredAgreement;
import appraisal.domain.port.out.StoreMaintenance;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A fake of {@link StoreMaintenance} over the in-memory fakes: a backup is a copy of every fake's
 * contents kept on a {@link Disk} under its file name, a restore puts one back, with the same
 * refusals as the real stores. An inspection lists the agreements and their audit trail, and hands
 * over the sealed events; the fake has no pages that could break, so the database itself never
 * reports a problem, and it is always ready.
 */
public final class InMemoryStoreMaintenance implements StoreMaintenance {

    /** Where the fakes' backups are kept, by file name; share one between fakes to restore one store's backup into another. */
    public static final class Disk {
        private final Map<String, Image> files = new ConcurrentHashMap<>();

        public boolean exists(String file) {
            return files.containsKey(file);
        }

        /** Puts a file on the disk that is not a backup, as a user might name one by mistake. */
        public void writeGarbage(String file) {
            files.put(file, Image.GARBAGE);
        }
    }

    /** Everything one in-memory store holds. */
    private record Image(Map<RoundId, Round> rounds, Map<IndicatorRef, Indicator> indicators, Map<OrgUnitId, OrgUnit> units,
                         Map<PersonId, Person> people, Map<AgreementId, AgreementSnapshot> agreements, List<SealedEvent> audit,
                         Map<String, UserAccount> accounts, Map<String, InMemoryTokenRepository.Stored> tokens, long nextId) {
        static final Image GARBAGE = new Image(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), -1);

        ImmutableMap<String, Long> rows() {
            return ImmutableMap.<String, Long>builder().put("org_unit", (long) units.size()).put("person", (long) people.size())
                    .put("round", (long) rounds.size()).put("indicator_version", (long) indicators.size())
                    .put("agreement", (long) agreements.size()).put("audit_event", (long) audit.size())
                    .put("user_account", (long) accounts.size()).put("access_token", (long) tokens.size()).build();
        }

        boolean empty() {
            return rows().values().stream().allMatch(n -> n == 0);
        }
    }

    private static final String NAME = "in-memory store";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final InMemoryRoundRepository rounds;
    private final InMemoryIndicatorRepository indicators;
    private final InMemoryOrgUnitRepository units;
    private final InMemoryPersonRepository people;
    private final InMemoryAgreementRepository agreements;
    private final InMemoryAuditSink audit;
    private final SequentialIdSource ids;
    private final Accounts accounts;
    private final Disk disk;

    /** The account fakes: accounts and tokens are backed up; sessions and sign-in failures are not, and a restore ends them. */
    public record Accounts(InMemoryAccountRepository accounts, InMemoryTokenRepository tokens, InMemorySessionRepository sessions,
                           InMemorySignInAttempts attempts) {
        public static Accounts empty() {
            return new Accounts(new InMemoryAccountRepository(), new InMemoryTokenRepository(), new InMemorySessionRepository(),
                    new InMemorySignInAttempts());
        }
    }

    public InMemoryStoreMaintenance(InMemoryRoundRepository rounds, InMemoryIndicatorRepository indicators,
                                    InMemoryOrgUnitRepository units, InMemoryPersonRepository people,
                                    InMemoryAgreementRepository agreements, InMemoryAuditSink audit, SequentialIdSource ids,
                                    Accounts accounts, Disk disk) {
        this.rounds = rounds;
        this.indicators = indicators;
        this.units = units;
        this.people = people;
        this.agreements = agreements;
        this.audit = audit;
        this.ids = ids;
        this.accounts = accounts;
        this.disk = disk;
    }

    /** Over the fakes of an {@link InMemorySystem}. */
    public static InMemoryStoreMaintenance of(InMemorySystem system, Disk disk) {
        return new InMemoryStoreMaintenance(system.rounds, system.indicators, system.units, system.people, system.agreementStore,
                system.audit, system.ids, new Accounts(system.accountStore, system.tokens, system.sessions, system.attempts), disk);
    }

    private Image image() {
        return new Image(rounds.contents(), indicators.contents(), units.contents(), people.contents(), agreements.contents(),
                audit.contents(), accounts.accounts().contents(), accounts.tokens().contents(), ids.next());
    }

    @Override
    public synchronized BackupReceipt backup(String file) {
        if (disk.exists(file)) {
            throw DomainException.refused("backup.target-exists", file + " exists already; a backup never overwrites a file");
        }
        Image image = image();
        disk.files.put(file, image);
        return new BackupReceipt(NAME, file, image.rows().values().stream().mapToLong(Long::longValue).sum(), "in-memory", image.rows());
    }

    @Override
    public synchronized RestoreReceipt restore(String file, boolean replace, Instant at) {
        Image backup = disk.files.get(file);
        if (backup == null) {
            throw DomainException.notFound("restore.no-backup", "there is no backup " + file);
        }
        if (backup == Image.GARBAGE) {
            throw DomainException.invalid("restore.not-a-backup", file + " is not a backup of this program", "file");
        }
        Image current = image();
        Optional<String> setAside = Optional.empty();
        if (!current.empty()) {
            if (!replace) {
                throw DomainException.refused("restore.store-not-empty", NAME + " holds data (" + current.rows()
                        + "); restoring would replace it: ask for it explicitly (--replace), it is then copied aside first");
            }
            String aside = "in-memory.before-restore-" + STAMP.format(at);
            disk.files.put(aside, current);
            setAside = Optional.of(aside);
        }
        rounds.replaceContents(backup.rounds());
        indicators.replaceContents(backup.indicators());
        units.replaceContents(backup.units());
        people.replaceContents(backup.people());
        agreements.replaceContents(backup.agreements());
        audit.replaceContents(backup.audit());
        accounts.accounts().replaceContents(backup.accounts());
        accounts.tokens().replaceContents(backup.tokens());
        accounts.sessions().clear();
        accounts.attempts().clearAll();
        ids.continueFrom(backup.nextId());
        // The fakes share one key: nothing is ever sealed with a key a fake does not hold.
        return new RestoreReceipt(NAME, file, "in-memory", backup.rows(), current.rows(), setAside, ImmutableMap.of());
    }

    /** Memory is always there to write to. */
    @Override
    public void checkReady() {
    }

    @Override
    public synchronized StorageInspection inspect(Consumer<SealedEvent> trail) {
        audit.sealed().forEach(trail);
        Image image = image();
        ImmutableList.Builder<StoredAgreement> listed = ImmutableList.builder();
        image.agreements().values().stream().sorted((a, b) -> a.id().value().compareTo(b.id().value())).forEach(s -> {
            List<DomainEvent> events = audit.history(Agreement.AGGREGATE_TYPE, s.id().value());
            OptionalLong last = events.stream().mapToLong(DomainEvent::version).max();
            listed.add(new StoredAgreement(s.id(), s.round(), s.appraisee(), s.version(), events.size(), last));
        });
        return new StorageInspection(NAME, "in-memory", image.rows(), ImmutableList.of(), listed.build());
    }

    @Override
    public AuditSeal auditSeal() {
        return InMemoryAuditSink.SEAL;
    }
}
