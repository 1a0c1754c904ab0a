package appraisal.cli;

import appraisal.domain.model.shared.DomainException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Runs the {@code appraisal} command line: picocli set up once, and every failure turned into one
 * line on stderr — {@code appraisal: error [code] message} — and a documented exit code. A stack
 * trace is printed only with {@code --debug}. Used by {@link Main} and by the tests.
 */
public final class Launch {

    private Launch() {
    }

    public static int run(AppraisalCommand root, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(root);
        addHelpOption(commandLine);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            err.println("appraisal: usage error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return ExitCode.USAGE.code();
        });
        commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            ExitCode code = report(ex, err);
            Object user = cmd.getCommand();
            if (user instanceof CommandBase c && c.debug()) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code.code();
        });
        try {
            return commandLine.execute(args);
        } finally {
            try {
                root.close();
            } catch (Exception e) {
                err.println("appraisal: error [store.close] " + e.getMessage());
                err.flush();
            }
        }
    }

    /**
     * Gives every command a {@code -h/--help} (the root has it from picocli's standard options):
     * a usage error ends with "Try '… --help'", so each command must understand it.
     */
    private static void addHelpOption(CommandLine commandLine) {
        CommandLine.Model.CommandSpec spec = commandLine.getCommandSpec();
        if (spec.findOption("--help") == null && spec.findOption("-h") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help and exit.").build());
        }
        commandLine.getSubcommands().values().forEach(Launch::addHelpOption);
    }

    /** Prints the one-line message of a failure and returns its exit code. */
    static ExitCode report(Exception ex, PrintWriter err) {
        if (ex instanceof DomainException d) {
            err.println("appraisal: error [" + d.code() + "] " + d.getMessage()
                    + (d.location().isEmpty() || d.getMessage().contains(d.location()) ? "" : " (at " + d.location() + ")"));
            return ExitCode.of(d);
        }
        if (ex instanceof CliException c) {
            err.println("appraisal: error " + c.getMessage());
            return c.exitCode();
        }
        if (ex instanceof CommandLine.ParameterException p) {
            err.println("appraisal: usage error: " + p.getMessage());
            return ExitCode.USAGE;
        }
        if (ex instanceof UncheckedIOException io) {
            err.println("appraisal: I/O error: " + io.getMessage());
            return ExitCode.IO;
        }
        // Anything else comes from the store or the machine: say what it was, never a stack trace.
        err.println("appraisal: error [" + ex.getClass().getSimpleName() + "] " + ex.getMessage()
                + " (run again with --debug for details)");
        return ExitCode.IO;
    }
}
