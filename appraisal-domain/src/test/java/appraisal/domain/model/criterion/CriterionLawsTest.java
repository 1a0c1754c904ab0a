package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.indicator.FactType;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The kit's checks catch the faults they are meant to catch: each is run against a plug-in kind
 * that has exactly one fault, and against the same kind without it.
 */
class CriterionLawsTest {

    private static final CriterionCodec CODEC = new CriterionCodec(List.of(new FaultyKind()));
    private static final CriterionLaws<Faulty> LAWS = new CriterionLaws<>(CODEC,
            c -> RandomFacts.around(c, CODEC).expecting(c.fact(), FactType.NUMBER), 300, 7L);

    private static Faulty with(Fault fault) {
        return new Faulty(fault, "disbursed_pct", new BigDecimal("90"));
    }

    @Test
    void aFaultlessKindPassesEveryCheckAndReachesEveryOutcome() {
        Faulty sound = with(Fault.NONE);

        assertThat(LAWS.determinismBreaches(sound)).isEmpty();
        assertThat(LAWS.totalityBreaches(sound)).isEmpty();
        assertThat(LAWS.roundTripBreaches(sound)).isEmpty();
        assertThat(LAWS.monotonicityBreaches(sound)).isEmpty();
        assertThat(LAWS.undeclaredReadBreaches(sound)).isEmpty();
        assertThat(LAWS.outcomesReached(sound)).containsExactlyInAnyOrder(Verdict.Outcome.values());
    }

    @Test
    void aKindThatThrowsOnAWrongTypeIsNotTotal() {
        assertThat(LAWS.totalityBreaches(with(Fault.THROWS_ON_WRONG_TYPE)))
                .isNotEmpty().allSatisfy(b -> assertThat(b).contains("threw").startsWith("seed "));
    }

    @Test
    void aKindThatNamesAFactItDoesNotDeclareAsMissingIsNotTotal() {
        assertThat(LAWS.totalityBreaches(with(Fault.NAMES_A_STRANGER_AS_MISSING)))
                .isNotEmpty().allSatisfy(b -> assertThat(b).contains("[bonus]"));
    }

    @Test
    void aKindThatFlipsOnEveryCallIsNotDeterministic() {
        assertThat(LAWS.determinismBreaches(with(Fault.FLIPS_ON_EVERY_CALL))).isNotEmpty();
    }

    @Test
    void aKindThatWritesAnotherTargetThanItHoldsDoesNotRoundTrip() {
        Faulty forgetful = with(Fault.FORGETS_ITS_TARGET);

        assertThat(LAWS.roundTripBreaches(forgetful)).singleElement().asString().contains("reads back as");
        assertThat(LAWS.determinismBreaches(forgetful)).isNotEmpty();
    }

    @Test
    void aKindCheckedTheOppositeWayToItsDeclaredDirectionIsNotMonotone() {
        assertThat(LAWS.monotonicityBreaches(with(Fault.BACKWARDS)))
                .isNotEmpty().allSatisfy(b -> assertThat(b).contains("turned MET into NOT_MET"));
    }

    @Test
    void aKindThatReadsAFactItDoesNotDeclareIsCaughtByTheFactsNamedInItsTree() {
        Faulty sneaky = with(Fault.READS_AN_UNDECLARED_FACT);

        assertThat(LAWS.undeclaredReadBreaches(sneaky)).isNotEmpty();
        assertThat(LAWS.totalityBreaches(sneaky)).as("totality alone cannot see it").isEmpty();
    }

    @Test
    void aDirectionDeclaredForAFactTheKindDoesNotReadIsABreach() {
        assertThat(LAWS.monotonicityBreaches(with(Fault.DIRECTION_FOR_AN_UNREAD_FACT)))
                .contains("declares a direction for 'bonus', which it does not read");
    }

    /** The one thing wrong with a {@link Faulty} criterion. */
    enum Fault {
        NONE, THROWS_ON_WRONG_TYPE, NAMES_A_STRANGER_AS_MISSING, FLIPS_ON_EVERY_CALL, FORGETS_ITS_TARGET, BACKWARDS,
        READS_AN_UNDECLARED_FACT, DIRECTION_FOR_AN_UNREAD_FACT
    }

    /** {@code fact >= target}, as a plug-in kind, but with {@code fault}. It mentions a fact {@code bonus}. */
    record Faulty(Fault fault, String fact, BigDecimal target) implements Extension {

        private static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public Verdict evaluate(Facts facts) {
            if (fault == Fault.THROWS_ON_WRONG_TYPE) {
                BigDecimal value = ((FactValue.Quantity) facts.get(fact).orElseThrow()).value();
                return value.compareTo(target) >= 0 ? Verdict.met("met") : Verdict.notMet("not met");
            }
            if (fault == Fault.READS_AN_UNDECLARED_FACT && FactValue.flag(true).equals(facts.get("bonus").orElse(null))) {
                return Verdict.met("bonus");
            }
            var value = facts.get(fact);
            if (value.isEmpty() || !(value.get() instanceof FactValue.Quantity q)) {
                return Verdict.unknown(fault == Fault.NAMES_A_STRANGER_AS_MISSING ? Set.of("bonus") : Set.of(fact), "no number");
            }
            if (fault == Fault.FLIPS_ON_EVERY_CALL) {
                return CALLS.incrementAndGet() % 2 == 0 ? Verdict.met("even call") : Verdict.notMet("odd call");
            }
            int c = q.value().compareTo(target);
            boolean met = fault == Fault.BACKWARDS ? c <= 0 : c >= 0;
            return met ? Verdict.met("met") : Verdict.notMet("not met");
        }

        @Override
        public String kind() {
            return "faulty";
        }

        @Override
        public ImmutableSet<String> factNames() {
            return ImmutableSet.of(fact);
        }

        @Override
        public ImmutableMap<String, Direction> directions() {
            return fault == Fault.DIRECTION_FOR_AN_UNREAD_FACT
                    ? ImmutableMap.of(fact, Direction.HIGHER_IS_BETTER, "bonus", Direction.HIGHER_IS_BETTER)
                    : ImmutableMap.of(fact, Direction.HIGHER_IS_BETTER);
        }

        @Override
        public Node.Obj parameters() {
            BigDecimal written = fault == Fault.FORGETS_ITS_TARGET ? BigDecimal.ZERO : target;
            return Node.obj().put("fault", fault.name()).put("fact", fact).put("target", written).put("mentions", "bonus").build();
        }
    }

    /** Reads {@link Faulty} criteria. */
    static final class FaultyKind implements CriterionKind {
        @Override
        public String name() {
            return "faulty";
        }

        @Override
        public Extension read(TreeCursor node) {
            return new Faulty(Fault.valueOf(node.field("fault").text()), node.field("fact").text(), node.field("target").number());
        }
    }
}
