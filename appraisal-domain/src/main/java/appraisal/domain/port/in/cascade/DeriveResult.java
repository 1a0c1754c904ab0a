package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.org.PersonId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;

/**
 * What a derive did, per person of the plan: the agreement drafted, updated or left unchanged —
 * or, {@link CascadeOutcome#SKIPPED}, the agreement the person already had in the round from
 * elsewhere — and the weights the plan gives them (indicator code → weight, summing to 100.00).
 */
public record DeriveResult(AgreementId parent, PersonId evaluator, ImmutableList<Entry> entries) {

    /** One person of the plan. */
    public record Entry(PersonId person, AgreementId agreement, CascadeOutcome outcome, ImmutableMap<String, BigDecimal> weights) {
    }

    public ImmutableList<Entry> with(CascadeOutcome outcome) {
        return entries.stream().filter(e -> e.outcome() == outcome).collect(ImmutableList.toImmutableList());
    }
}
