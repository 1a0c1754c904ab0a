package appraisal.domain.port.in.lifecycle;

/**
 * The appraisee acknowledges the evaluation, or — when they refuse to sign — the evaluator
 * records that they were notified, with a witness.
 */
public interface AcknowledgeUseCase {

    long acknowledge(AcknowledgeCommand command);

    long recordRefusal(RecordRefusalCommand command);
}
