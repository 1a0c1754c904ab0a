package appraisal.domain.port.in.cascade;

/** Sets the roll-up rule of an item of a draft agreement; returns the agreement's new version. */
public interface SetRollUpUseCase {

    long setRollUp(SetRollUpCommand command);
}
