package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What to draft: round, parties, optional parent agreement, office facts and items. */
public record DraftAgreementCommand(RoundId round, PersonId appraisee, PersonId evaluator, Optional<AgreementId> parent,
                                    Facts context, ImmutableList<ItemDraft> items, Actor actor) {
    public DraftAgreementCommand {
        Require.present(round, "round");
        Require.present(appraisee, "appraisee");
        Require.present(evaluator, "evaluator");
        Objects.requireNonNull(parent, "parent");
        Require.present(context, "context");
        Require.present(items, "items");
        Require.present(actor, "actor");
        Require.that(!appraisee.equals(evaluator), "agreement.self-evaluation",
                "the appraisee cannot be their own evaluator", "evaluator");
        Set<String> codes = new HashSet<>();
        for (ItemDraft item : items) {
            Require.that(codes.add(item.indicatorCode()), "agreement.duplicate-indicator",
                    "indicator " + item.indicatorCode() + " is listed twice", "items");
        }
    }

    /** A draft by a person acting with an ordinary account. */
    public DraftAgreementCommand(RoundId round, PersonId appraisee, PersonId evaluator, Optional<AgreementId> parent,
                                 Facts context, ImmutableList<ItemDraft> items, PersonId actor) {
        this(round, appraisee, evaluator, parent, context, items, Actor.person(actor));
    }
}
