package appraisal.domain.port.in.org;

/** Adds or updates a person. Their unit and supervisor must exist; the supervisor chain has no cycle. */
public interface RegisterPersonUseCase {

    void register(RegisterPersonCommand command);
}
