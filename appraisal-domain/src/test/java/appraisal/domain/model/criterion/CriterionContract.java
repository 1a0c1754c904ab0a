package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The criterion test kit: extend this class for any criterion kind, built-in or plug-in, and its
 * inherited tests prove the kind behaves as every rubric relies on. Each test runs once per
 * sample over {@link #trials()} seeded random fact sets (see {@link CriterionLaws}):
 * <ol>
 *   <li>deterministic: equal verdicts for the same criterion and facts, also after a round trip;</li>
 *   <li>total: evaluation never throws, and UNKNOWN names only the criterion's own facts;</li>
 *   <li>round trip: reading the tree the codec writes gives an equal criterion and an equal tree;</li>
 *   <li>monotone: where {@link Criterion#directions()} declares a direction, a better value of that
 *       fact never turns MET into NOT_MET (only decided verdicts are compared);</li>
 *   <li>facts the criterion does not declare never change its verdict;</li>
 *   <li>the generated facts reach MET, NOT_MET and UNKNOWN, so the checks above are not vacuous.</li>
 * </ol>
 *
 * <pre>
 * class ShareOfTargetTest extends CriterionContract&lt;ShareOfTarget&gt; {
 *     protected List&lt;ShareOfTarget&gt; samples() { return List.of(new ShareOfTarget("helped", "surveyed", new BigDecimal("80"))); }
 *     protected CriterionCodec codec() { return CriterionCodec.withInstalledKinds(); }
 * }
 * </pre>
 *
 * A breach message names the seed of the failing trial so it can be replayed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CriterionContract<C extends Criterion> {

    /** Well-formed criteria of the kind under test; the more shapes, the more the kit sees. */
    protected abstract List<C> samples();

    /** A codec that knows the kind under test. */
    protected abstract CriterionCodec codec();

    /**
     * Facts to check {@code criterion} against. By default random facts aimed at the criterion's
     * own fact names, targets and dates; override to name the fact types of a plug-in kind.
     */
    protected FactGenerator factGenerator(C criterion) {
        return RandomFacts.around(criterion, codec());
    }

    /** How many fact sets each check tries per sample. */
    protected int trials() {
        return 400;
    }

    /** Where the trials' seeds start; fixed, so a failure is reproducible. */
    protected long seed() {
        return 25_651_001L;
    }

    /** The checks behind this class's tests, for a subclass that wants to add its own. */
    protected final CriterionLaws<C> laws() {
        return new CriterionLaws<>(codec(), this::factGenerator, trials(), seed());
    }

    Stream<Named<C>> samplesToCheck() {
        List<C> samples = samples();
        return IntStream.range(0, samples.size()).mapToObj(i -> Named.of(describe(i, samples.get(i)), samples.get(i)));
    }

    private static String describe(int index, Criterion c) {
        String text = c.toString();
        return c.kind() + " #" + index + ": " + (text.length() > 100 ? text.substring(0, 97) + "..." : text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesToCheck")
    public void givesEqualVerdictsForEqualFactsAlsoAfterARoundTrip(C criterion) {
        assertThat(laws().determinismBreaches(criterion)).as("determinism breaches").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesToCheck")
    public void neverThrowsAndNamesOnlyItsOwnFactsAsMissing(C criterion) {
        assertThat(laws().totalityBreaches(criterion)).as("totality breaches").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesToCheck")
    public void readsBackEqualFromTheTreeItWrites(C criterion) {
        assertThat(laws().roundTripBreaches(criterion)).as("round-trip breaches").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesToCheck")
    public void neverTurnsMetIntoNotMetWhenADeclaredFactMovesTheBetterWay(C criterion) {
        assumeFalse(criterion.directions().isEmpty(), "declares no direction, so there is no monotonicity to check");
        assertThat(laws().monotonicityBreaches(criterion)).as("monotonicity breaches").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesToCheck")
    public void ignoresFactsItDoesNotDeclare(C criterion) {
        assertThat(laws().undeclaredReadBreaches(criterion)).as("undeclared-read breaches").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplesToCheck")
    public void theGeneratedFactsReachEveryOutcome(C criterion) {
        assertThat(laws().outcomesReached(criterion))
                .as("outcomes reached by the generated facts; if one is missing, give factGenerator() better facts")
                .containsExactlyInAnyOrder(Verdict.Outcome.values());
    }
}
