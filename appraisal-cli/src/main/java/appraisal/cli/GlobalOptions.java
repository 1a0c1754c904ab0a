package appraisal.cli;

import picocli.CommandLine.Option;

/**
 * Options every command accepts, before or after the subcommand name. Each command mixes these
 * in; the value that counts is the one given nearest to the command that runs (see
 * {@link CommandBase#global(java.util.function.Function)}).
 */
public final class GlobalOptions {

    @Option(names = "--db", paramLabel = "STORE",
            description = "Database: a SQLite file (default ./appraisal.db, created on first use), jdbc:sqlite:…, "
                    + "jdbc:postgresql:… or postgresql://user:password@host/db.")
    String db;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json or csv; json and csv are stable for scripts.")
    String format;

    @Option(names = "--thai-digits", description = "Print numbers and dates with Thai digits (table format only).")
    Boolean thaiDigits;

    @Option(names = "--as", paramLabel = "PERSON", description = "Who acts: a person id, or user:NAME for an administrator's account; recorded in the "
            + "audit trail, and the authority decides what they may do (docs/authority.md). Default: $APPRAISAL_ACTOR.")
    String actor;

    @Option(names = "--debug", description = "Print the full stack trace of an error.")
    Boolean debug;
}
