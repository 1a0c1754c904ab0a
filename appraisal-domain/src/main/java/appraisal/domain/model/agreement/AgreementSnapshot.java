package appraisal.domain.model.agreement;

import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The whole stored state of an {@link Agreement}, as one value: what a repository writes and
 * what {@link Agreement#restore(AgreementSnapshot)} reads back. Pending events are not state.
 */
public record AgreementSnapshot(
        AgreementId id,
        RoundId round,
        PersonId appraisee,
        PersonId evaluator,
        Optional<AgreementId> parent,
        Facts context,
        ImmutableList<Item> items,
        ImmutableMap<ItemId, ItemResult> results,
        Optional<Evaluation> evaluation,
        ImmutableList<Signature> signatures,
        Optional<Acknowledgement> acknowledgement,
        Optional<Review> review,
        AgreementStatus status,
        long version,
        int revision,
        ImmutableList<SignedRevision> priorRevisions,
        ImmutableList<Reopening> reopenings) {

    public AgreementSnapshot {
        Require.present(id, "id");
        Require.present(round, "round");
        Require.present(appraisee, "appraisee");
        Require.present(evaluator, "evaluator");
        Require.present(parent, "parent");
        Require.present(context, "context");
        Require.present(items, "items");
        Require.present(results, "results");
        Require.present(evaluation, "evaluation");
        Require.present(signatures, "signatures");
        Require.present(acknowledgement, "acknowledgement");
        Require.present(review, "review");
        Require.present(status, "status");
        Require.present(priorRevisions, "priorRevisions");
        Require.present(reopenings, "reopenings");
    }
}
