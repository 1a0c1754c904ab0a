package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.REVIEWER;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.competencies;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.measured;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.model.shared.DomainException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReopeningTest {

    private static final ItemId ONE = new ItemId("1");

    @ParameterizedTest(name = "reason \"{0}\" is refused")
    @NullSource
    @ValueSource(strings = {"", "   "})
    void reopening_needs_a_reason(String reason) {
        Agreement agreement = anAgreement().in(AgreementStatus.CLOSED);

        DomainException refusal = refusalOf(() -> agreement.reopen(EVALUATOR, reason, day(200)));

        assertThat(refusal.code()).isEqualTo("agreement.reopen-needs-reason");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CLOSED);
        assertThat(agreement.reopenings()).isEmpty();
        assertThat(agreement.pendingEvents()).isEmpty();
    }

    @Test
    void reopening_a_closed_agreement_leaves_a_trace_that_keeps_the_acknowledgement_and_review_it_sets_aside() {
        Agreement agreement = anAgreement().in(AgreementStatus.CLOSED);
        Acknowledgement acknowledged = agreement.acknowledgement().orElseThrow();
        Review reviewed = agreement.review().orElseThrow();

        agreement.reopen(REVIEWER, "district reported last year's figure", day(200));

        assertThat(agreement.status()).isEqualTo(AgreementStatus.REOPENED);
        assertThat(agreement.acknowledgement()).isEmpty();
        assertThat(agreement.review()).isEmpty();
        assertThat(agreement.reopenings()).containsExactly(new Reopening(REVIEWER, "district reported last year's figure",
                day(200), AgreementStatus.CLOSED, Optional.of(acknowledged), Optional.of(reviewed)));
    }

    @Test
    void after_reopening_results_are_recorded_again_and_the_agreement_is_evaluated_again() {
        Agreement agreement = anAgreement().in(AgreementStatus.ACKNOWLEDGED);
        agreement.reopen(EVALUATOR, "item 1 figure was wrong", day(200));

        agreement.recordResult(ONE, measured("95"), List.of(), APPRAISEE, day(201));
        agreement.evaluate(EVALUATOR, AgreementFixtures.evaluations("1", ItemEvaluation.overridden(5, "verified on site")),
                competencies(), day(202));
        agreement.acknowledge(APPRAISEE, day(203));

        assertThat(agreement.result(ONE)).map(ItemResult::facts).contains(measured("95"));
        assertThat(agreement.evaluationOf(ONE)).map(e -> e.override().orElseThrow().level()).contains(5);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACKNOWLEDGED);
        assertThat(agreement.reopenings()).hasSize(1);
    }

    @Test
    void a_reopened_agreement_can_go_back_through_self_assessment() {
        Agreement agreement = anAgreement().in(AgreementStatus.REOPENED);

        agreement.submitSelfAssessment(APPRAISEE, day(201));
        agreement.evaluate(EVALUATOR, Map.of(), competencies(), day(202));

        assertThat(agreement.status()).isEqualTo(AgreementStatus.EVALUATED);
    }

    @Test
    void each_reopening_is_traced_in_order() {
        Agreement agreement = anAgreement().in(AgreementStatus.EVALUATED);
        agreement.reopen(EVALUATOR, "first", day(200));
        agreement.evaluate(EVALUATOR, Map.of(), competencies(), day(201));
        agreement.refuse(EVALUATOR, AgreementFixtures.WITNESS, "", day(202));

        agreement.reopen(REVIEWER, "second", day(203));

        assertThat(agreement.reopenings()).extracting(Reopening::reason, Reopening::from)
                .containsExactly(tuple("first", AgreementStatus.EVALUATED),
                        tuple("second", AgreementStatus.REFUSED));
        assertThat(agreement.reopenings().get(1).setAsideAcknowledgement()).containsInstanceOf(Acknowledgement.Refused.class);
    }
}
