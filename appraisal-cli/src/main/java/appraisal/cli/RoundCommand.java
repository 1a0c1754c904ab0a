package appraisal.cli;

import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.RatingBand;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.round.OpenRoundUseCase;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.interchange.ParsedTree;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code appraisal round …}: appraisal rounds, their deadlines and scoring schemes. */
@Command(name = "round", description = "Open and show appraisal rounds, their deadlines, scoring scheme and settings; follow who is late against the deadlines.",
        subcommands = {RoundCommand.Open.class, RoundCommand.ListRounds.class, RoundCommand.Show.class, RoundCommand.Deadlines.class,
                ComplianceCommand.class, DocumentCommands.Sheet.class})
public final class RoundCommand extends CommandGroup {

    /** What the round commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(RoundQueries rounds, OpenRoundUseCase openRound, RoundCodec roundCodec) {
        static Uses of(Application app) {
            return new Uses(app.rounds, app.openRound, app.roundCodec);
        }
    }

    /** The round named, or the newest one when none is. */
    static Round chosen(CommandBase command, String id) {
        return RoundOption.resolve(command.uses(Uses::of).rounds(), id);
    }

    @Command(name = "open", description = "Open a round from a round file (fiscal year, round, deadlines, scheme, settings).",
            footer = {"", "Example:", "  appraisal round open examples/buriram-2565-r2-round.yaml"})
    static final class Open extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "YAML or JSON round file, or - for standard input.")
        String file;

        @Override
        protected ExitCode execute() {
            ParsedTree parsed = input().tree(file);
            RoundId id;
            try {
                id = uses(Uses::of).openRound().open(new OpenRoundCommand(uses(Uses::of).roundCodec().read(parsed.tree()), actor()));
            } catch (DomainException e) {
                throw parsed.locate(e);
            }
            out().note("opened round " + id);
            if (out().format() != Format.TABLE) {
                out().print(Table.of("round", "round").row(id.value()).build());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List rounds, newest first.", footer = {"", "Example:", "  appraisal round list"})
    static final class ListRounds extends CommandBase {
        @Override
        protected ExitCode execute() {
            Table.Builder table = Table.of("round", "รอบ", "fiscal_year", "ปีงบประมาณ", "number", "รอบที่", "start", "เริ่ม", "end", "สิ้นสุด");
            for (Round r : uses(Uses::of).rounds().rounds()) {
                table.row(r.id().value(), r.fiscalYear().buddhistEra(), r.number(), r.start(), r.end());
            }
            out().print(table.build());
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "Show a round: dates, deadlines, its scoring scheme and settings (as a round file).",
            footer = {"", "Examples:", "  appraisal round show 2565-2", "  appraisal round show --format json"})
    static final class Show extends CommandBase {
        @Parameters(paramLabel = "ROUND", arity = "0..1", description = "Round id such as 2565-2; the newest when left out.")
        String id;

        @Override
        protected ExitCode execute() {
            Round round = chosen(this, id);
            out().note("round " + round.id() + ": " + round.start() + " – " + round.end() + "; rating bands "
                    + round.scheme().bands().stream().map(RatingBand::name).collect(Collectors.joining(", ")) + "; review "
                    + round.settings().review().name().toLowerCase(Locale.ROOT) + "; evidence per agreement: "
                    + round.settings().evidence().describe());
            out().print(uses(Uses::of).roundCodec().write(round));
            return ExitCode.OK;
        }
    }

    @Command(name = "deadlines", description = "The round's deadlines and how many days are left (or how late it is).",
            footer = {"", "Example:", "  appraisal round deadlines 2565-2"})
    static final class Deadlines extends CommandBase {
        @Parameters(paramLabel = "ROUND", arity = "0..1", description = "Round id; the newest when left out.")
        String id;

        @Override
        protected ExitCode execute() {
            Round round = chosen(this, id);
            LocalDate today = LocalDate.now(root().clock());
            Table.Builder table = Table.of("kind", "ประเภท", "due", "กำหนด", "label", "รายการ", "days_left", "เหลือ(วัน)");
            for (Deadline d : round.deadlines()) {
                table.row(d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), d.due(), d.label(),
                        ChronoUnit.DAYS.between(today, d.due()));
            }
            out().print(table.build());
            return ExitCode.OK;
        }
    }
}
