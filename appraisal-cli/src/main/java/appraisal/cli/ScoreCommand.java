package appraisal.cli;

import appraisal.domain.model.round.Round;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.domain.port.in.scoring.ScoreAgreementUseCase;
import appraisal.domain.port.in.scoring.ScoreRoundUseCase;
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

    /** What {@code score} may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(RoundQueries rounds, ScoreAgreementUseCase scoreAgreement, ScoreRoundUseCase scoreRound, AgreementQueries agreements, OrgQueries org) {
        static Uses of(Application app) {
            return new Uses(app.rounds, app.scoreAgreement, app.scoreRound, app.agreements, app.org);
        }
    }

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
            ScoreTables.printAgreement(this, uses(Uses::of).scoreAgreement().score(AgreementCommand.agreementId(agreement)));
            return ExitCode.OK;
        }
        Round r = round.resolve(uses(Uses::of).rounds());
        RoundScores scores = uses(Uses::of).scoreRound().score(r.id());
        ScoreTables.printRound(this, scores, uses(Uses::of).agreements(), uses(Uses::of).org());
        out().note(scores.scores().size() + " scored, " + scores.unscored().size() + " not yet scorable in round " + r.id());
        return ExitCode.OK;
    }
}
