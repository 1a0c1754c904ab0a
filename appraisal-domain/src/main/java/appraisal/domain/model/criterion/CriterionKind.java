package appraisal.domain.model.criterion;

/**
 * The service-provider interface for a custom criterion kind. List the implementation in
 * {@code META-INF/services/appraisal.domain.model.criterion.CriterionKind}; the codec then reads
 * criteria whose {@code kind} equals {@link #name()} through {@link #read(TreeCursor)}.
 */
public interface CriterionKind {

    /** The {@code kind} value in the interchange format; must not clash with a built-in kind. */
    String name();

    /** Reads the parameters at {@code node} (the whole criterion object, {@code kind} included). */
    Extension read(TreeCursor node);
}
