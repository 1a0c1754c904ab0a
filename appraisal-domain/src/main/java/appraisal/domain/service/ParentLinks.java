package appraisal.domain.service;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AgreementRepository;

/**
 * The rule of a parent link, for every use case that makes one (a draft, an item added to it, an
 * imported file): it goes only to the evaluator's own agreement in the same round — the one the new
 * agreement is cascaded from — and only to one the actor may see. A missing agreement and one out of
 * the actor's sight get the same answer, so ids cannot be probed.
 */
final class ParentLinks {

    private final AgreementRepository agreements;
    private final Authorities authorities;

    ParentLinks(AgreementRepository agreements, Authorities authorities) {
        this.agreements = agreements;
        this.authorities = authorities;
    }

    void require(AgreementId parentId, RoundId round, PersonId evaluator, Actor actor) {
        Agreement parent = agreements.find(parentId).filter(p -> authorities.sees(actor, p.appraisee()))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "agreement.parent-not-found",
                        "parent agreement " + parentId + " does not exist, or is not one you may see", "parent"));
        if (!parent.appraisee().equals(evaluator) || !parent.round().equals(round)) {
            throw new DomainException(DomainException.Kind.REFUSED, "agreement.parent-not-evaluators", "agreement " + parentId
                    + " is " + parent.appraisee() + "'s in round " + parent.round() + "; a parent must be the evaluator's ("
                    + evaluator + ") own agreement in round " + round + ", the one this agreement is cascaded from", "parent");
        }
    }
}
