package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.cascade.RolledUp;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;

/** Per item of a parent agreement, each child's result and the parent's rolled-up value. */
public record RollUpReport(AgreementId parent, RoundId round, ImmutableList<RolledUp> items) {

    /** The rolled-up item {@code itemId}, or a {@code NOT_FOUND} refusal. */
    public RolledUp item(String itemId) {
        return items.stream().filter(i -> i.item().value().equals(itemId)).findFirst().orElseThrow(() ->
                DomainException.notFound("agreement.item-not-found", "agreement " + parent + " has no item " + itemId));
    }
}
