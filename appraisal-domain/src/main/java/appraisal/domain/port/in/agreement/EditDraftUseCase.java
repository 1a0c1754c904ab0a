package appraisal.domain.port.in.agreement;

/** Changes a draft agreement's items before both parties sign. */
public interface EditDraftUseCase {

    /** Adds an item; returns the agreement's new version. */
    long addItem(AddItemCommand command);

    long removeItem(RemoveItemCommand command);

    long changeWeight(ChangeWeightCommand command);

    /**
     * Changes the weights of the items named whose weight differs, in one change: all or none.
     * Refused ({@code agreement.weights-unchanged}) when no weight differs.
     */
    long changeWeights(ChangeWeightsCommand command);

    long adjustTargets(AdjustTargetsCommand command);

    /** Local targets from the values a form gives per level (see {@link RetargetCommand}); returns the new version. */
    long retarget(RetargetCommand command);

    /** Links an item to an item of the evaluator's own agreement in the same round, or unlinks it; returns the new version. */
    long linkItem(LinkItemCommand command);
}
