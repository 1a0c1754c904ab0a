package appraisal.domain.port.in;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.Require;

/** Copy {@code appraisee}'s agreement of the last round before {@code round} into {@code round} as a draft. */
public record CopyAgreementCommand(PersonId appraisee, RoundId round, PersonId actor) {
    public CopyAgreementCommand {
        Require.present(appraisee, "appraisee");
        Require.present(round, "round");
        Require.present(actor, "actor");
    }
}
