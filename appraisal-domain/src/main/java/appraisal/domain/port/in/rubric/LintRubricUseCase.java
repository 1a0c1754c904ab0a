package appraisal.domain.port.in.rubric;

/** Checks a rubric for the problems real rubrics have, without storing anything. */
public interface LintRubricUseCase {

    LintReport lint(LintRubricCommand command);
}
