package appraisal.domain.port.in.round;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.shared.Require;

/** The round to open (validated by its own constructor), by whom. */
public record OpenRoundCommand(Round round, PersonId actor) {
    public OpenRoundCommand {
        Require.present(round, "round");
        Require.present(actor, "actor");
    }
}
