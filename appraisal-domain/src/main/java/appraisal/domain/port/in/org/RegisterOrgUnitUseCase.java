package appraisal.domain.port.in.org;

/** Adds a unit to the organisation tree, or renames it. The parent must exist; no cycles. */
public interface RegisterOrgUnitUseCase {

    void register(RegisterOrgUnitCommand command);
}
