package appraisal.cli;

import appraisal.documents.DocumentSource;
import appraisal.documents.RoundSheet;
import appraisal.domain.model.round.Round;
import appraisal.domain.port.in.round.RoundQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code appraisal report}: the province's data file for a round, a row per appraisee with an
 * agreement: their office, who they are, each item's level in its own column ({@code level.T1} …)
 * and the final numbers. It is the round's sheet ({@link RoundSheet}), the one mapping that
 * {@code round sheet} also writes as XLSX or CSV.
 */
@Command(name = "report", description = "The round's data file for the province: a row per person with an agreement, "
        + "with their office, each item's level as a column (level.T1 …), achievement, competency, total and rating.",
        footer = {"", "Rows are ordered by office, then person id; someone with two agreements in the round has a row for each. "
                + "An agreement that cannot be scored yet has empty scores; an item still waiting for facts has an empty level. "
                + "The same table as a file: appraisal round sheet --out FILE.xlsx or FILE.csv.",
                "Examples:", "  appraisal report --format csv > buriram-2565-2.csv", "  appraisal report --round 2565-2"})
public final class ReportCommand extends CommandBase {

    /** What {@code report} may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(RoundQueries rounds, DocumentSource documents) {
        static Uses of(Application app) {
            return new Uses(app.rounds, app.documents);
        }
    }

    @Mixin
    RoundOption round = new RoundOption();

    @Override
    protected ExitCode execute() {
        Round r = round.resolve(uses(Uses::of).rounds());
        RoundSheet sheet = uses(Uses::of).documents().roundSheet(r.id());
        out().print(DocumentCommands.table(sheet));
        long unscored = sheet.rows().stream().filter(row -> row.get(sheet.column("achievement")) == null).count();
        out().note(sheet.rows().size() + " agreement(s) in round " + r.id() + "; " + unscored + " not yet scorable");
        return ExitCode.OK;
    }
}
