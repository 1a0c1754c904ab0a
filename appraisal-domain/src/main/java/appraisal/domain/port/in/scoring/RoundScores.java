package appraisal.domain.port.in.scoring;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/** The scores of a round's agreements, and the agreements that could not be scored, with why. */
public record RoundScores(RoundId round, ImmutableList<AgreementScore> scores, ImmutableMap<AgreementId, String> unscored) {
}
