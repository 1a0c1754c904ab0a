package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generator delivers the awkward facts the kit promises to try. */
class RandomFactsTest {

    private static final LocalDate DUE = LocalDate.of(2022, 9, 2);
    private static final Criterion CRITERION = AllOf.of(
            new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("90")), StepDone.by("evidence_sent", DUE));
    private static final RandomFacts GENERATOR = RandomFacts.around(CRITERION, new CriterionCodec(List.of()));

    private static List<Facts> draws() {
        List<Facts> out = new ArrayList<>();
        for (long seed = 0; seed < 400; seed++) {
            out.add(GENERATOR.facts(new Random(seed)));
        }
        return out;
    }

    private static List<BigDecimal> numbers(List<Facts> draws) {
        List<BigDecimal> out = new ArrayList<>();
        draws.forEach(f -> f.get("disbursed_pct").filter(FactValue.Quantity.class::isInstance)
                .ifPresent(v -> out.add(((FactValue.Quantity) v).value())));
        return out;
    }

    @Test
    void theSameSeedGivesTheSameFacts() {
        assertThat(GENERATOR.facts(new Random(42))).isEqualTo(GENERATOR.facts(new Random(42)));
    }

    @Test
    void factsAreSometimesMissingAndSometimesOfTheWrongType() {
        List<Facts> draws = draws();

        assertThat(draws).anySatisfy(f -> assertThat(f.get("disbursed_pct")).isEmpty());
        assertThat(draws).anySatisfy(f -> assertThat(f.get("disbursed_pct")).get().isNotInstanceOf(FactValue.Quantity.class));
        assertThat(draws).anySatisfy(f -> assertThat(f.get("evidence_sent")).get().isNotInstanceOf(FactValue.Completion.class));
    }

    @Test
    void numbersHitTheTargetItsNeighboursZeroNegativesAndHugeValues() {
        List<BigDecimal> numbers = numbers(draws());

        assertThat(numbers).anySatisfy(n -> assertThat(n).isEqualByComparingTo("90"));
        assertThat(numbers).anySatisfy(n -> assertThat(n).isEqualByComparingTo("89.99"));
        assertThat(numbers).anySatisfy(n -> assertThat(n).isEqualByComparingTo("0"));
        assertThat(numbers).anySatisfy(n -> assertThat(n.signum()).isNegative());
        assertThat(numbers).anySatisfy(n -> assertThat(n).isGreaterThan(new BigDecimal("1E+20")));
    }

    @Test
    void stepsAreDoneOnTimeLateUndatedOrNotAtAll() {
        List<FactValue> steps = new ArrayList<>();
        draws().forEach(f -> f.get("evidence_sent").ifPresent(steps::add));

        assertThat(steps).contains(FactValue.Completion.doneOn(DUE), FactValue.Completion.doneOn(DUE.plusDays(1)),
                FactValue.Completion.doneUndated(), FactValue.Completion.notDone());
    }
}
