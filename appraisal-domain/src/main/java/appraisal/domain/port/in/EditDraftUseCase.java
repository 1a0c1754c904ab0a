package appraisal.domain.port.in;

/** Changes a draft agreement's items before both parties sign. */
public interface EditDraftUseCase {

    /** Adds an item; returns the agreement's new version. */
    long addItem(AddItemCommand command);

    long removeItem(RemoveItemCommand command);

    long changeWeight(ChangeWeightCommand command);

    long adjustTargets(AdjustTargetsCommand command);
}
