package appraisal.domain.model.compliance;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One person against the round's deadlines: their office (work groups count as their office),
 * their agreement and evaluator when they have one, and one check per deadline.
 */
public record PersonCompliance(Person person, OrgUnitId office, Optional<AgreementId> agreement, Optional<PersonId> evaluator,
                               ImmutableList<DeadlineCheck> checks) {

    /** The deadlines this person missed or is missing, in the round's order. */
    public ImmutableList<DeadlineCheck> late() {
        return checks.stream().filter(c -> c.standing().late()).collect(ImmutableList.toImmutableList());
    }
}
