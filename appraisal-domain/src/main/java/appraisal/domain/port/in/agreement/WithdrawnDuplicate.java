package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;

/** The agreement withdrawn, whose and in which round, and the agreements that person still has in it. */
public record WithdrawnDuplicate(AgreementId withdrawn, PersonId appraisee, RoundId round, ImmutableList<AgreementId> remaining) {
}
