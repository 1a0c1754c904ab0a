package appraisal.domain.model.agreement;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/**
 * Who acts: the person the audit trail names, and whether they act with an administrator's
 * account. An administrator without a person is named {@code user:<name>}; an administrator who is
 * also a person is that person, and is still that person's party to an agreement (an administrator
 * does not evaluate or close their own agreement either).
 *
 * @param id            who the audit trail names
 * @param administrator whether the account acting administers the store
 */
public record Actor(PersonId id, boolean administrator) {

    public Actor {
        Require.present(id, "actor");
    }

    /** A person acting with an ordinary account (or named by the CLI's {@code --as}). */
    public static Actor person(PersonId id) {
        return new Actor(id, false);
    }

    /** Someone acting with an administrator's account. */
    public static Actor administrator(PersonId id) {
        return new Actor(id, true);
    }
}
