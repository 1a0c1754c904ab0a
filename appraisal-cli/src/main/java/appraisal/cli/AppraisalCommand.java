package appraisal.cli;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;

/** The {@code appraisal} command: holds the opened application for its subcommands. */
@Command(name = "appraisal", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "KPI agreements and performance appraisal (การประเมินผลการปฏิบัติราชการ) for government offices.",
        footer = {"", "Exit codes: 0 ok, 1 findings or refused by a rule, 2 usage or input error, 3 not found, "
                + "4 conflict (changed by someone else), 5 I/O or database error (down, full, read-only: nothing saved), "
                + "6 the database stopped answering while committing (the change may or may not be saved: look before running it again).",
                "Examples:", "  appraisal demo", "  appraisal score --format json", "  appraisal rubric lint examples/buriram-2565-r2-individual.yaml",
                "  appraisal backup backups/appraisal-2565-04-01.db", "  appraisal check"},
        subcommands = {
                DemoCommand.class,
                RubricCommand.class,
                RoundCommand.class,
                OrgCommand.class,
                PersonCommand.class,
                AgreementCommand.class,
                CascadeCommand.class,
                ResultCommand.class,
                EvaluateCommand.class,
                LifecycleCommands.Acknowledge.class,
                LifecycleCommands.Review.class,
                LifecycleCommands.Reopen.class,
                LifecycleCommands.Close.class,
                ScoreCommand.class,
                ReportCommand.class,
                DocumentCommands.Print.class,
                StoreCommands.Backup.class,
                StoreCommands.Restore.class,
                StoreCommands.Check.class,
                ServeCommand.class,
                UserCommand.class,
                TokenCommand.class,
                CompletionCommand.class
        })
public final class AppraisalCommand extends CommandBase {

    /** The store used when {@code --db} is not given: a SQLite file in the working directory. */
    public static final String DEFAULT_DB = "appraisal.db";

    /** An application on an opened store, and how to close that store. */
    public record Opened(Application application, AutoCloseable store) {
    }

    private final BiFunction<String, Clock, Opened> opener;
    final Input input;
    private final Map<String, String> environment;
    private final Clock clock;
    private Opened opened;

    public AppraisalCommand(BiFunction<String, Clock, Opened> opener, Input input, Map<String, String> environment, Clock clock) {
        this.opener = Objects.requireNonNull(opener);
        this.input = input;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    protected ExitCode execute() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** Opens the store on first use only, so {@code --help} and {@code --version} stay fast. */
    Application application(String db) {
        return application(db, clock);
    }

    synchronized Application application(String db, Clock withClock) {
        if (opened == null) {
            opened = opener.apply(db, withClock);
        }
        return opened.application();
    }

    @Override
    protected Input input() {
        return input;
    }

    String environment(String name) {
        return environment.get(name);
    }

    Clock clock() {
        return clock;
    }

    /** Closes the store if a command opened it; once (serve closes it from its shutdown hook, then the launcher asks again). */
    synchronized void close() throws Exception {
        if (opened != null) {
            opened.store().close();
            opened = null;
        }
    }
}
