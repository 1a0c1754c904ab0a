package appraisal.cli;

import java.time.ZoneOffset;
import java.time.Clock;
import appraisal.domain.fake.DirectUnitOfWork;
import appraisal.domain.fake.FastPasswordHasher;
import appraisal.domain.fake.InMemoryAgreementRepository;
import appraisal.domain.fake.InMemoryAuditSink;
import appraisal.domain.fake.InMemoryEvidenceStore;
import appraisal.domain.fake.InMemoryIndicatorRepository;
import appraisal.domain.fake.InMemoryOrgUnitRepository;
import appraisal.domain.fake.InMemoryPersonRepository;
import appraisal.domain.fake.InMemoryRoundRepository;
import appraisal.domain.fake.InMemoryStoreMaintenance;
import appraisal.domain.fake.SequentialIdSource;
import appraisal.domain.fake.SequentialSecrets;
import appraisal.domain.fake.SettableClock;
import appraisal.domain.port.out.StoreChanges;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The command line over in-memory fakes, for fast tests of what commands print and return. The
 * store lives as long as this object, across runs, like a database file would.
 */
final class InMemoryCli {

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    final SettableClock clock = new SettableClock(Instant.parse("2022-04-01T02:00:00Z"));
    final InMemoryAuditSink audit = new InMemoryAuditSink();
    /** Where {@code backup} writes and {@code restore} reads, by file name. */
    final InMemoryStoreMaintenance.Disk disk = new InMemoryStoreMaintenance.Disk();
    final InMemoryStoreMaintenance.Accounts accounts = InMemoryStoreMaintenance.Accounts.empty();
    final FastPasswordHasher hasher = new FastPasswordHasher();
    final SequentialSecrets secrets = new SequentialSecrets();
    /** The evidence files kept, per agreement. */
    final InMemoryEvidenceStore evidence = new InMemoryEvidenceStore();
    final Application.Ports ports = ports();

    private Application.Ports ports() {
        InMemoryRoundRepository rounds = new InMemoryRoundRepository();
        InMemoryIndicatorRepository indicators = new InMemoryIndicatorRepository();
        InMemoryOrgUnitRepository units = new InMemoryOrgUnitRepository();
        InMemoryPersonRepository people = new InMemoryPersonRepository();
        InMemoryAgreementRepository agreements = new InMemoryAgreementRepository();
        SequentialIdSource ids = new SequentialIdSource();
        return new Application.Ports(rounds, indicators, units, people, agreements, audit, new DirectUnitOfWork(), ids,
                new InMemoryStoreMaintenance(rounds, indicators, units, people, agreements, audit, ids, accounts, disk),
                accounts.accounts(), accounts.sessions(), accounts.tokens(), accounts.attempts(),
                () -> new StoreChanges.ChangeCounts(units.changes() + people.changes(),
                        accounts.accounts().changes() + accounts.tokens().changes()), evidence);
    }
    final Map<String, String> environment = new HashMap<>();

    Run run(String... args) {
        return runWithInput("", args);
    }

    Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppraisalCommand root = new AppraisalCommand((db, c) -> new AppraisalCommand.Opened(new Application(ports, c, hasher, secrets),
                () -> { }),
                new Input(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))), environment, clock);
        int code = Launch.run(root, args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs the real command line ({@link Main#open}: SQLite files named by {@code --db}) at a fixed instant. */
    static Run onDisk(Instant at, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppraisalCommand root = new AppraisalCommand(Main::open, new Input(new ByteArrayInputStream(new byte[0])), Map.of(),
                Clock.fixed(at, ZoneOffset.UTC));
        int code = Launch.run(root, args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
