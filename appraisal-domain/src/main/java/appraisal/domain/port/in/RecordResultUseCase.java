package appraisal.domain.port.in;

/** Records what the appraisee achieved on one item: facts and evidence. */
public interface RecordResultUseCase {

    long record(RecordResultCommand command);
}
