package appraisal.cli;

import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.round.RoundQueries;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --round R}, mixed into the commands that look at one round; the newest round when not given. */
final class RoundOption {

    @Option(names = "--round", paramLabel = "ROUND", description = "Round id such as 2565-2 (default: the newest round).")
    String round;

    /** The round named, which must exist, else the newest one. */
    Round resolve(RoundQueries rounds) {
        return resolve(rounds, round);
    }

    /** The round {@code id} names, which must exist, or the newest one when {@code id} is null. */
    static Round resolve(RoundQueries rounds, String id) {
        if (id != null) {
            return rounds.round(new RoundId(id.strip()));
        }
        List<Round> all = rounds.rounds();
        if (all.isEmpty()) {
            throw DomainException.notFound("round.none", "no round has been opened yet; open one with: appraisal round open ROUND.yaml");
        }
        return all.get(0);
    }
}
