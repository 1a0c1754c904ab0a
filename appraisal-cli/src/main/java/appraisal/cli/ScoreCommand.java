package appraisal.cli;

import appraisal.domain.model.round.Round;
import appraisal.domain.port.in.RoundScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code appraisal score [ID]}: one agreement's score item by item, or every agreement of a
 * round with the ones that cannot be scored yet and why. Computed from the stored facts each
 * time, so the same facts always print the same numbers.
 */
@Command(name = "score", description = "Score one agreement (its items, then achievement, competency, total and rating) "
        + "or, without an id, every agreement of a round; agreements that cannot be scored yet are listed with the reason.",
        footer = {"", "Numbers are exact decimals, rounded where the form rounds them (see docs/scoring.md).",
                "Examples:", "  appraisal score AG-1", "  appraisal score AG-1 --format json",
                "  appraisal score --round 2565-2 --format csv > scores.csv"})
public final class ScoreCommand extends CommandBase {

    @Parameters(arity = "0..1", paramLabel = "AGREEMENT", description = "The agreement to score; all of the round when left out.")
    String agreement;

    @Mixin
    RoundOption round = new RoundOption();

    @Override
    protected ExitCode execute() {
        if (agreement != null) {
            if (round.round != null) {
                throw new CliException(ExitCode.USAGE, "give an agreement or --round, not both");
            }
            ScoreTables.printAgreement(this, app().scoreAgreement.score(AgreementCommand.agreementId(agreement)));
            return ExitCode.OK;
        }
        Round r = round.resolve(app());
        RoundScores scores = app().scoreRound.score(r.id());
        ScoreTables.printRound(this, scores);
        out().note(scores.scores().size() + " scored, " + scores.unscored().size() + " not yet scorable in round " + r.id());
        return ExitCode.OK;
    }
}
