package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepDoneTest extends CriterionContract<StepDone> {

    private static final LocalDate DUE = LocalDate.of(2022, 9, 2);
    private static final StepDone EVIDENCE_SENT_BY_2_SEPTEMBER = StepDone.by("evidence_sent", DUE);
    private static final StepDone PLAN_REPORTED = StepDone.of("plan_reported_to_executives");

    @Override
    protected List<StepDone> samples() {
        return List.of(EVIDENCE_SENT_BY_2_SEPTEMBER, PLAN_REPORTED);
    }

    @Override
    protected CriterionCodec codec() {
        return new CriterionCodec(List.of());
    }

    private static Verdict evidence(FactValue value) {
        return EVIDENCE_SENT_BY_2_SEPTEMBER.evaluate(Facts.of("evidence_sent", value));
    }

    @Test
    void aStepDoneOnTheDeadlineIsMet() {
        assertThat(evidence(FactValue.Completion.doneOn(DUE)).isMet()).isTrue();
    }

    @Test
    void aStepDoneTheDayAfterTheDeadlineIsNotMet() {
        Verdict v = evidence(FactValue.Completion.doneOn(DUE.plusDays(1)));

        assertThat(v.isNotMet()).isTrue();
        assertThat(v.explanation()).contains("2022-09-03").contains("after 2022-09-02");
    }

    @Test
    void aStepNotDoneIsNotMet() {
        assertThat(evidence(FactValue.Completion.notDone()).isNotMet()).isTrue();
        assertThat(PLAN_REPORTED.evaluate(Facts.of("plan_reported_to_executives", FactValue.Completion.notDone())).isNotMet()).isTrue();
    }

    @Test
    void aStepDoneWithoutADateIsUnknownWhenThereIsADeadline() {
        Verdict v = evidence(FactValue.Completion.doneUndated());

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("evidence_sent");
    }

    @Test
    void aStepDoneWithoutADateIsMetWhenThereIsNoDeadline() {
        assertThat(PLAN_REPORTED.evaluate(Facts.of("plan_reported_to_executives", FactValue.Completion.doneUndated())).isMet()).isTrue();
    }

    @Test
    void anUnreportedStepIsUnknownAndNamesTheFact() {
        assertThat(EVIDENCE_SENT_BY_2_SEPTEMBER.evaluate(Facts.NONE).missingFacts()).containsExactly("evidence_sent");
    }

    @Test
    void aDeadlineThatIsNotADateIsRefusedAtItsPointer() {
        Node.Obj tree = Node.obj().put("kind", "step").put("fact", "evidence_sent").put("by", "next Friday").build();

        assertThatThrownBy(() -> codec().read(TreeCursor.root(tree)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("date.unreadable");
                    assertThat(e.location()).isEqualTo("/by");
                });
    }

    @Test
    void aDeadlineWrittenInTheBuddhistEraWithThaiMonthIsRead() {
        Node.Obj tree = Node.obj().put("kind", "step").put("fact", "evidence_sent").put("by", "๒ ก.ย. ๒๕๖๕").build();

        assertThat(codec().read(TreeCursor.root(tree))).isEqualTo(EVIDENCE_SENT_BY_2_SEPTEMBER);
    }
}
