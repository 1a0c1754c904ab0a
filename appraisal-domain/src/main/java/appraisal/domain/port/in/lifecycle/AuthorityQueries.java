package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import java.util.Set;

/**
 * What an actor may do now: the page offers exactly these acts, the API lists them, and the use
 * cases refuse every other (the rule is {@link appraisal.domain.model.agreement.Authority}'s).
 */
public interface AuthorityQueries {

    /** The acts {@code actor} may do on the agreement now, given its status, the org and the round. */
    Set<Act> allowedActs(AgreementId agreement, Actor actor);
}
