package appraisal.cli;

import appraisal.domain.model.store.BackupReceipt;
import appraisal.domain.model.store.IntegrityProblem;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.port.in.store.BackupCommand;
import appraisal.domain.port.in.store.BackupUseCase;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.port.in.store.CheckStoreUseCase;
import appraisal.domain.port.in.store.RestoreCommand;
import appraisal.domain.port.in.store.RestoreUseCase;
import appraisal.domain.port.in.store.StoreCheck;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraisal backup | restore | check}: the store as a whole. */
final class StoreCommands {

    /** What the store's backup, restore and check may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(BackupUseCase backup, RestoreUseCase restore, CheckStoreUseCase checkStore) {
        static Uses of(Application app) {
            return new Uses(app.backup, app.restore, app.checkStore);
        }
    }

    private StoreCommands() {
    }

    /** Rows per table, as people and scripts read them. */
    static Table rows(Map<String, Long> rows) {
        Table.Builder table = Table.of("table", "ตาราง", "rows", "แถว");
        rows.forEach(table::row);
        return table.build();
    }

    static Table problems(List<IntegrityProblem> problems) {
        Table.Builder table = Table.of("code", "รหัส", "subject", "เรื่อง", "message", "รายละเอียด");
        problems.forEach(p -> table.row(p.code(), p.subject(), p.message()));
        return table.build();
    }

    static String size(long bytes) {
        return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    @Command(name = "backup", description = "Copy the whole store into a backup file while it stays in use: one consistent "
            + "instant, never half of a save. A backup of SQLite or PostgreSQL is a SQLite file that restores into either.",
            footer = {"", "Refused if FILE exists: a backup never overwrites anything.", "Examples:",
                    "  appraisal backup backups/appraisal-2565-04-01.db",
                    "  appraisal backup --db postgresql://appraisal@db.example/appraisal department.db"})
    static final class Backup extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "The backup file to write; it must not exist.")
        String file;

        @Override
        protected ExitCode execute() {
            BackupReceipt receipt = uses(Uses::of).backup().backup(new BackupCommand(file));
            out().note("backed up " + receipt.store() + " to " + receipt.file() + ": " + size(receipt.bytes()) + ", schema version "
                    + receipt.schemaVersion() + ", " + receipt.rows().getOrDefault("agreement", 0L) + " agreement(s), "
                    + receipt.totalRows() + " rows");
            out().print(rows(receipt.rows()));
            return ExitCode.OK;
        }
    }

    @Command(name = "restore", description = "Make the store hold exactly what a backup holds, all at once. A store that "
            + "holds any data is replaced only with --replace, and its data is first copied aside.",
            footer = {"", "The restore is recorded in the audit trail (store.restored) with who did it.",
                    "Exit codes: 1 the store holds data and --replace was not given; 2 FILE is not a backup; 3 FILE does not exist.",
                    "Examples:", "  appraisal restore backups/appraisal-2565-04-01.db --db new-office.db",
                    "  appraisal restore backups/appraisal-2565-04-01.db --replace --as admin"})
    static final class Restore extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "A backup written by 'appraisal backup'.")
        String file;

        @Option(names = "--replace", description = "Replace the data the store holds (it is kept aside in a file named in the output).")
        boolean replace;

        @Override
        protected ExitCode execute() {
            RestoreReceipt receipt = uses(Uses::of).restore().restore(new RestoreCommand(file, replace, actor()));
            out().note("restored " + receipt.file() + " into " + receipt.store() + ": " + receipt.rowsOf("agreement") + " agreement(s), "
                    + receipt.rows().values().stream().mapToLong(Long::longValue).sum() + " rows, schema version " + receipt.schemaVersion());
            out().note(receipt.setAside().map(f -> "the data it replaced is kept in " + f).orElse("the store was empty: nothing was replaced"));
            receipt.resealed().forEach((key, events) -> out().note(events + " audit event(s) of the backup were sealed with key " + key
                    + ", which this store does not hold: sealed again with this store's key, they are vouched for from this restore on"));
            out().print(rows(receipt.rows()));
            return ExitCode.OK;
        }
    }

    @Command(name = "check", description = "Check the stored data: the database's own checks (pages, foreign keys, the audit "
            + "trail's append-only triggers), the audit trail's seals (an event removed, rewritten, added or moved is named with its "
            + "agreement) and each agreement's version against its trail, one agreement per person per round, then every agreement "
            + "loaded and held to the rules (weights of agreed agreements sum to 100, signatures).",
            footer = {"", "Exit code 0 when the store is sound, 1 when problems are found (listed with a stable code).",
                    "A person with several agreements in a round (agreement.duplicate-in-round, from a store made before that rule) "
                            + "is resolved with 'appraisal agreement withdraw AGREEMENT --reason TEXT' for each one the problem "
                            + "says to withdraw.",
                    "The audit trail is sealed with the key in the file beside a SQLite store (<store>.audit-key) or named by "
                            + "$APPRAISAL_AUDIT_KEY; events sealed with a key that file does not hold are audit.key-unknown "
                            + "(docs/persistence.md).",
                    "Examples:", "  appraisal check", "  appraisal check --quick --db postgresql://appraisal@db.example/appraisal",
                    "  appraisal check --format json"})
    static final class Check extends CommandBase {
        @Option(names = "--quick", description = "Only the database's checks, the row counts, the audit trail's seals and "
                + "versions, and duplicate agreements; do not load every agreement.")
        boolean quick;

        @Override
        protected ExitCode execute() {
            StoreCheck check = uses(Uses::of).checkStore().check(new CheckStoreCommand(!quick));
            out().note(check.store() + ", schema version " + check.schemaVersion());
            if (out().format() == Format.TABLE) {
                out().print(rows(check.rows()));
            }
            if (!check.ok() || out().format() != Format.TABLE) {
                out().print(problems(check.problems()));
            }
            String checked = quick ? "quick check (agreements not loaded)" : check.agreementsChecked() + " agreement(s) checked";
            out().note(check.ok() ? "ok: " + checked + ", no problems" : checked + ", " + check.problems().size() + " problem(s) found");
            return check.ok() ? ExitCode.OK : ExitCode.REFUSED;
        }
    }
}
