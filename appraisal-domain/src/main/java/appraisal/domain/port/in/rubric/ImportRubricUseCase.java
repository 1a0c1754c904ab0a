package appraisal.domain.port.in.rubric;

/**
 * Stores a rubric's indicators as versions. Refused when the lint finds an error. An indicator
 * whose content equals the latest stored version reuses it; a changed one becomes a new version
 * (the old one stays, so agreements that use it keep their meaning).
 */
public interface ImportRubricUseCase {

    RubricImport importRubric(ImportRubricCommand command);
}
