package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgementTest extends CriterionContract<Judgement> {

    private static final Judgement PLAN_ADEQUATE = new Judgement("plan_adequate", "แผนปฏิบัติการมีคุณภาพเพียงพอหรือไม่");

    @Override
    protected List<Judgement> samples() {
        return List.of(PLAN_ADEQUATE, new Judgement("evidence_convincing", "Is the evidence convincing?"));
    }

    @Override
    protected CriterionCodec codec() {
        return new CriterionCodec(List.of());
    }

    @Test
    void theEvaluatorsYesMeetsItAndNoDoesNot() {
        assertThat(PLAN_ADEQUATE.evaluate(Facts.of("plan_adequate", FactValue.flag(true))).isMet()).isTrue();
        assertThat(PLAN_ADEQUATE.evaluate(Facts.of("plan_adequate", FactValue.flag(false))).isNotMet()).isTrue();
    }

    @Test
    void untilTheEvaluatorAnswersItIsUnknownAndRepeatsTheQuestion() {
        Verdict v = PLAN_ADEQUATE.evaluate(Facts.NONE);

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("plan_adequate");
        assertThat(v.explanation()).contains("แผนปฏิบัติการมีคุณภาพเพียงพอหรือไม่");
    }

    @Test
    void aNumberInsteadOfAYesOrNoIsUnknown() {
        assertThat(PLAN_ADEQUATE.evaluate(Facts.of("plan_adequate", FactValue.of("1"))).isUnknown()).isTrue();
    }

    @Test
    void declaresNoDirection() {
        assertThat(PLAN_ADEQUATE.directions()).isEmpty();
    }
}
