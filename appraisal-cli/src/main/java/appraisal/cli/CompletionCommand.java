package appraisal.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** Prints a bash completion script: {@code source <(appraisal completion)}. */
@Command(name = "completion", description = "Print a bash completion script for appraisal.",
        footer = {"", "Example:", "  source <(appraisal completion)"})
public final class CompletionCommand extends CommandBase {

    @Override
    protected ExitCode execute() {
        String script = AutoComplete.bash("appraisal", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
