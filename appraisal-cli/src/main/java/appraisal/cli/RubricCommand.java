package appraisal.cli;

import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.interchange.RubricReading;
import appraisal.domain.model.lint.Finding;
import appraisal.domain.model.lint.Severity;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.rubric.ImportRubricUseCase;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import appraisal.domain.port.in.rubric.LintReport;
import appraisal.domain.port.in.rubric.LintRubricCommand;
import appraisal.domain.port.in.rubric.LintRubricUseCase;
import appraisal.domain.port.in.rubric.RubricImport;
import appraisal.interchange.ParsedTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraisal rubric …}: check, lint, import and export tables of indicators. */
@Command(name = "rubric", description = "Check, lint, import and export rubrics (tables of indicators).",
        subcommands = {RubricCommand.Validate.class, RubricCommand.Lint.class, RubricCommand.Import.class, RubricCommand.Export.class})
public final class RubricCommand extends CommandGroup {

    /** What the rubric commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(IndicatorQueries indicators, LintRubricUseCase lintRubric, ImportRubricUseCase importRubric, RubricCodec rubricCodec) {
        static Uses of(Application app) {
            return new Uses(app.indicators, app.lintRubric, app.importRubric, app.rubricCodec);
        }
    }

    /** Reads a rubric file, pointing any format error at its file, line and column. */
    static RubricReading read(CommandBase command, ParsedTree parsed) {
        try {
            return command.uses(Uses::of).rubricCodec().read(parsed.tree());
        } catch (DomainException e) {
            throw parsed.locate(e);
        }
    }

    static Table findings(List<Finding> findings, ParsedTree parsed) {
        Table.Builder table = Table.of("severity", "ระดับ", "code", "รหัส", "location", "ตำแหน่ง", "pointer", "pointer", "message", "รายละเอียด");
        for (Finding f : findings) {
            table.row(f.severity().name(), f.code(), parsed.locate(f.location()), f.location(), f.message());
        }
        return table.build();
    }

    @Command(name = "validate", description = "Check that a rubric file is well formed and every indicator can be built.",
            footer = {"", "Examples:", "  appraisal rubric validate examples/buriram-2565-r2-team.yaml", "  cat rubric.json | appraisal rubric validate -"})
    static final class Validate extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "YAML or JSON rubric file, or - for standard input.")
        String file;

        @Override
        protected ExitCode execute() {
            ParsedTree parsed = input().tree(file);
            RubricReading reading = read(this, parsed);
            if (!reading.findings().isEmpty()) {
                out().print(findings(reading.findings(), parsed));
                return ExitCode.REFUSED;
            }
            out().note(parsed.source() + ": " + reading.rubric().entries().size() + " indicators, well formed");
            if (out().format() != Format.TABLE) {
                out().print(Table.of("indicators", "indicators").row(reading.rubric().entries().size()).build());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "lint", description = "List the problems real rubrics have: levels, targets that do not get harder, "
            + "comparators that flip, brackets, dates outside the round, undeclared facts, weights.",
            footer = {"", "Exit code 1 when a finding reaches --fail-on.", "Examples:",
                    "  appraisal rubric lint examples/buriram-2565-r2-individual.yaml",
                    "  appraisal rubric lint --format json --fail-on error rubric.yaml"})
    static final class Lint extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "YAML or JSON rubric file, or - for standard input.")
        String file;

        @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "error, warning (default) or never.")
        String failOn = "warning";

        @Override
        protected ExitCode execute() {
            Set<String> allowed = Set.of("error", "warning", "never");
            if (!allowed.contains(failOn)) {
                throw new CliException(ExitCode.USAGE, "--fail-on must be error, warning or never, not '" + failOn + "'");
            }
            ParsedTree parsed = input().tree(file);
            LintReport report;
            try {
                report = uses(Uses::of).lintRubric().lint(new LintRubricCommand(parsed.tree()));
            } catch (DomainException e) {
                throw parsed.locate(e);
            }
            out().print(findings(report.findings(), parsed));
            out().note(report.count(Severity.ERROR) + " error(s), " + report.count(Severity.WARNING) + " warning(s), "
                    + report.count(Severity.INFO) + " note(s) in " + parsed.source());
            boolean fail = switch (failOn) {
                case "error" -> report.count(Severity.ERROR) > 0;
                case "warning" -> report.count(Severity.ERROR) + report.count(Severity.WARNING) > 0;
                default -> false;
            };
            return fail ? ExitCode.REFUSED : ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Store a rubric's indicators: unchanged ones are reused, changed ones become new versions. "
            + "Refused when the lint finds an error.",
            footer = {"", "Example:", "  appraisal rubric import examples/buriram-2565-r2-team.yaml"})
    static final class Import extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "YAML or JSON rubric file, or - for standard input.")
        String file;

        @Override
        protected ExitCode execute() {
            ParsedTree parsed = input().tree(file);
            RubricImport result;
            try {
                result = uses(Uses::of).importRubric().importRubric(new ImportRubricCommand(parsed.tree(), actor()));
            } catch (DomainException e) {
                throw parsed.locate(e);
            }
            Table.Builder table = Table.of("code", "ตัวชี้วัด", "version", "ฉบับ", "new", "ใหม่", "section", "ส่วน", "weight", "น้ำหนัก",
                    "title", "ชื่อ");
            result.rubric().entries().forEach(e -> table.row(e.indicator().ref().code(), e.indicator().ref().version(),
                    result.newVersions().contains(e.indicator().ref()), e.section().name().toLowerCase(java.util.Locale.ROOT),
                    e.weight(), e.indicator().title()));
            out().print(table.build());
            long warnings = result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
            out().note(result.newVersions().size() + " new indicator version(s) stored"
                    + (warnings > 0 ? "; " + warnings + " lint warning(s): see appraisal rubric lint " + file : ""));
            return ExitCode.OK;
        }
    }

    @Command(name = "export", description = "Print stored indicators (latest versions) in the interchange format.",
            footer = {"", "Examples:", "  appraisal rubric export T1 T3", "  appraisal rubric export --format json > indicators.json"})
    static final class Export extends CommandBase {
        @Parameters(paramLabel = "CODE", arity = "0..*", description = "Indicator codes; all when none is given.")
        List<String> codes = new ArrayList<>();

        @Override
        protected ExitCode execute() {
            List<Node> out = new ArrayList<>();
            List<String> missing = new ArrayList<>(codes);
            for (Indicator i : uses(Uses::of).indicators().latestIndicators()) {
                if (codes.isEmpty() || codes.contains(i.ref().code())) {
                    out.add(uses(Uses::of).rubricCodec().write(i));
                    missing.remove(i.ref().code());
                }
            }
            if (!missing.isEmpty()) {
                throw DomainException.notFound("indicator.not-found", "no stored indicator with code " + String.join(", ", missing));
            }
            out().print(Node.obj().put("indicators", Node.arr(out)).build());
            return ExitCode.OK;
        }
    }
}
