package appraisal.cli;

/** A command that only groups subcommands ({@code appraisal rubric}): run alone, it shows its usage. */
abstract class CommandGroup extends CommandBase {

    @Override
    protected ExitCode execute() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.USAGE;
    }
}
