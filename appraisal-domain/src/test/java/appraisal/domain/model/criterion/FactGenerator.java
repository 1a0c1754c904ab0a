package appraisal.domain.model.criterion;

import java.math.BigDecimal;
import java.util.Random;

/**
 * Makes facts for the criterion test kit to check a criterion against. Everything it makes comes
 * from the {@link Random} it is given, so a breach found with one seed can be replayed.
 *
 * <p>{@link RandomFacts} is the usual implementation; a kind whose facts need values it cannot
 * guess (say, a choice among names that never appear in the written criterion) supplies its own.
 */
public interface FactGenerator {

    /** One set of facts for the criterion's fact names: some missing, some of a wrong type. */
    Facts facts(Random random);

    /** One number of the sort a measured fact takes, boundary values included. */
    BigDecimal number(Random random);
}
