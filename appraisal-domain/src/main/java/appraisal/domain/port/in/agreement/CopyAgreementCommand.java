package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.Require;

/** Copy {@code appraisee}'s agreement of the last round before {@code round} into {@code round} as a draft. */
public record CopyAgreementCommand(PersonId appraisee, RoundId round, Actor actor) {
    public CopyAgreementCommand {
        Require.present(appraisee, "appraisee");
        Require.present(round, "round");
        Require.present(actor, "actor");
    }

    /** A copy made by a person acting with an ordinary account. */
    public CopyAgreementCommand(PersonId appraisee, RoundId round, PersonId actor) {
        this(appraisee, round, Actor.person(actor));
    }
}
