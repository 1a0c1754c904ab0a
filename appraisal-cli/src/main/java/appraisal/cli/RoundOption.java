package appraisal.cli;

import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --round R}, mixed into the commands that look at one round; the newest round when not given. */
final class RoundOption {

    @Option(names = "--round", paramLabel = "ROUND", description = "Round id such as 2565-2 (default: the newest round).")
    String round;

    /** The round named, which must exist, else the newest one. */
    Round resolve(Application app) {
        if (round != null) {
            return app.rounds.round(new RoundId(round.strip()));
        }
        List<Round> rounds = app.rounds.rounds();
        if (rounds.isEmpty()) {
            throw DomainException.notFound("round.none", "no round has been opened yet");
        }
        return rounds.get(0);
    }
}
