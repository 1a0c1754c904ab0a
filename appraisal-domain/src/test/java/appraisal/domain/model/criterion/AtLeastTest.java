package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtLeastTest extends CriterionContract<AtLeast> {

    private static final AtLeast THREE_OF_FOUR = AtLeast.of(3, AllOfTest.POVERTY_LEVEL_3.items());

    @Override
    protected List<AtLeast> samples() {
        return List.of(
                THREE_OF_FOUR,
                AtLeast.of(1, List.of(new Threshold("trained_staff", Comparator.AT_LEAST, new BigDecimal("10")),
                        StepDone.of("training_plan_sent"))),
                AtLeast.of(2, List.of(
                        AnyOf.of(new Threshold("complaints", Comparator.LESS_THAN, new BigDecimal("5")), StepDone.of("complaints_answered")),
                        new Threshold("complaints", Comparator.AT_MOST, BigDecimal.TEN),
                        new Judgement("service_adequate", "Is the service adequate?"))));
    }

    @Override
    protected CriterionCodec codec() {
        return new CriterionCodec(List.of());
    }

    private static final FactValue SURVEYED_IN_TIME = FactValue.Completion.doneOn(LocalDate.of(2022, 11, 30));

    @Test
    void threeMetOfFourIsMetEvenWithTheFourthUnknown() {
        Facts facts = Facts.of(Map.of(
                "households_surveyed", SURVEYED_IN_TIME,
                "households_helped_pct", FactValue.of("80"),
                "plan_approved", FactValue.Completion.doneUndated()));

        assertThat(THREE_OF_FOUR.evaluate(facts).isMet()).isTrue();
    }

    @Test
    void twoMetOneNotMetAndOneUnknownIsUnknownNamingTheUndecidedFact() {
        Facts facts = Facts.of(Map.of(
                "households_surveyed", SURVEYED_IN_TIME,
                "households_helped_pct", FactValue.of("80"),
                "plan_approved", FactValue.Completion.notDone()));

        Verdict v = THREE_OF_FOUR.evaluate(facts);

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("report_adequate");
        assertThat(v.explanation()).contains("2 of 4 met, 3 needed");
    }

    @Test
    void twoMetAndTwoNotMetIsNotMet() {
        Facts facts = Facts.of(Map.of(
                "households_surveyed", SURVEYED_IN_TIME,
                "households_helped_pct", FactValue.of("80"),
                "plan_approved", FactValue.Completion.notDone(),
                "report_adequate", FactValue.flag(false)));

        assertThat(THREE_OF_FOUR.evaluate(facts).isNotMet()).isTrue();
    }

    @Test
    void aKLargerThanTheListIsRefusedAtItsPointer() {
        Node.Obj tree = Node.obj().put("kind", "at-least").put("k", 5)
                .put("of", new CriterionCodec(List.of()).write(AllOfTest.POVERTY_LEVEL_3).fields().get("of")).build();

        assertThatThrownBy(() -> codec().read(TreeCursor.root(tree)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("criterion.at-least-out-of-range");
                    assertThat(e.location()).isEqualTo("/k");
                });
    }
}
