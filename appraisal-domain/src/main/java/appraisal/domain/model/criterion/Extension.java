package appraisal.domain.model.criterion;

/**
 * A criterion of a kind plugged in from outside the core. Implementations must be immutable
 * values (equal when their parameters are equal), total, and written back by
 * {@link #parameters()} so that reading them again gives an equal criterion. Prove it with the
 * criterion test kit shipped in this module's test-jar.
 */
public non-sealed interface Extension extends Criterion {

    /** The parameters as written in the interchange format, without the {@code kind} key. */
    Node.Obj parameters();
}
