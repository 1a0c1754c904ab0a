package appraisal.domain.model.interchange;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an agreement file asks to draft: the round, the parties, the parent agreement, office
 * facts and the items. (A file written by export also carries results, evaluation and
 * signatures, for people and scripts to read; drafting from it takes only what a draft has.)
 */
public record AgreementDocument(RoundId round, PersonId appraisee, Optional<PersonId> evaluator, Optional<AgreementId> parent,
                                Facts context, ImmutableList<ItemDocument> items) {

    /** One item to draft. */
    public record ItemDocument(String indicator, OptionalInt version, Section section, BigDecimal weight, String responsibleUnit,
                               Optional<ItemRef> parent, ImmutableMap<Integer, Criterion> targets, String targetsReason,
                               Optional<RollUp> rollUp) {
    }
}
