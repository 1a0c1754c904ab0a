package appraisal.domain.port.in.agreement;

/**
 * Change the office facts of an agreement: the evaluator (or an administrator), while it is a
 * draft, agreed or reopened; audited like every change, and each signed revision keeps its own.
 */
public interface UpdateContextUseCase {

    /** Returns the agreement's new version. */
    long updateContext(UpdateContextCommand command);
}
