package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;

/**
 * What a broadcast did: the evaluator (the parent unit's head), and per office its head, the
 * agreement drafted — or, {@link CascadeOutcome#SKIPPED}, the one the head already had in the round —
 * and the headcount given as {@code office.headcount}. {@code unlinked} lists template indicators
 * the parent agreement has no item for, so their items have no parent link.
 */
public record BroadcastResult(RoundId round, OrgUnitId unit, PersonId evaluator, ImmutableList<Entry> entries,
                              ImmutableList<String> unlinked) {

    /** One office of the broadcast. */
    public record Entry(OrgUnitId office, PersonId head, AgreementId agreement, CascadeOutcome outcome, int headcount) {
    }

    public ImmutableList<Entry> with(CascadeOutcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).collect(ImmutableList.toImmutableList());
    }
}
