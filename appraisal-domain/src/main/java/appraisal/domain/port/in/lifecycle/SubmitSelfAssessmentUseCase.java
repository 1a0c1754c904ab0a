package appraisal.domain.port.in.lifecycle;

/** The appraisee declares their results complete and hands the agreement to the evaluator. */
public interface SubmitSelfAssessmentUseCase {

    long submit(SubmitSelfAssessmentCommand command);
}
