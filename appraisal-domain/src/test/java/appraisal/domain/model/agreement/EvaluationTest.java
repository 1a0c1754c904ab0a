package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.REVIEWER;
import static appraisal.domain.model.agreement.AgreementFixtures.STRANGER;
import static appraisal.domain.model.agreement.AgreementFixtures.WITNESS;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.competencies;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Evaluation, acknowledgement, refusal, review and closing: who may do what. */
class EvaluationTest {

    @ParameterizedTest(name = "reason \"{0}\"")
    @ValueSource(strings = {"", " \t "})
    void an_override_without_a_reason_is_refused(String reason) {
        DomainException refusal = refusalOf(() -> new ItemEvaluation(Facts.NONE, Optional.of(new LevelOverride(3, reason)), ""));

        assertThat(refusal.code()).isEqualTo("agreement.override-needs-reason");
    }

    @Test
    void an_override_outside_levels_0_to_5_is_refused() {
        DomainException refusal = refusalOf(() -> new LevelOverride(6, "great work"));

        assertThat(refusal.code()).isEqualTo("agreement.override-out-of-range");
    }

    @Test
    void only_the_evaluator_evaluates() {
        Agreement agreement = anAgreement().in(AgreementStatus.SELF_ASSESSED);

        DomainException refusal = refusalOf(() -> agreement.evaluate(APPRAISEE, Map.of(), competencies(), day(170)));

        assertThat(refusal.code()).isEqualTo("agreement.not-the-evaluator");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SELF_ASSESSED);
    }

    @Test
    void evaluating_an_item_the_agreement_does_not_have_is_not_found() {
        Agreement agreement = anAgreement().in(AgreementStatus.SELF_ASSESSED);

        DomainException refusal = refusalOf(() -> agreement.evaluate(EVALUATOR,
                AgreementFixtures.evaluations("99", ItemEvaluation.overridden(2, "why not")), competencies(), day(170)));

        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(refusal.code()).isEqualTo("agreement.item-not-found");
        assertThat(agreement.evaluation()).isEmpty();
    }

    @Test
    void a_judgement_must_be_a_yes_or_no() {
        DomainException refusal = refusalOf(() -> ItemEvaluation.judged(Facts.of("plan.quality", FactValue.of("4"))));

        assertThat(refusal.code()).isEqualTo("agreement.judgement-not-yes-no");
        assertThat(refusal.location()).isEqualTo("judgements/plan.quality");
    }

    @Test
    void competencies_are_rated_0_to_5() {
        DomainException refusal = refusalOf(() -> CompetencyAssessment.of(Map.of("service", 7)));

        assertThat(refusal.code()).isEqualTo("agreement.competency-out-of-range");
    }

    @Test
    void only_the_appraisee_acknowledges() {
        Agreement agreement = anAgreement().in(AgreementStatus.EVALUATED);

        DomainException refusal = refusalOf(() -> agreement.acknowledge(EVALUATOR, day(171)));

        assertThat(refusal.code()).isEqualTo("agreement.not-the-appraisee");
        assertThat(agreement.acknowledgement()).isEmpty();
    }

    @Test
    void only_the_evaluator_records_that_the_appraisee_refused_to_sign() {
        Agreement agreement = anAgreement().in(AgreementStatus.EVALUATED);

        DomainException refusal = refusalOf(() -> agreement.refuse(REVIEWER, WITNESS, "", day(171)));

        assertThat(refusal.code()).isEqualTo("agreement.not-the-evaluator");
    }

    @ParameterizedTest(name = "witness {0}")
    @ValueSource(strings = {"district-head-01", "province-head"})
    void the_witness_of_a_refusal_is_neither_the_appraisee_nor_the_evaluator(String witness) {
        Agreement agreement = anAgreement().in(AgreementStatus.EVALUATED);

        DomainException refusal = refusalOf(() -> agreement.refuse(EVALUATOR, new PersonId(witness), "declined", day(171)));

        assertThat(refusal.code()).isEqualTo("agreement.witness-not-independent");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.EVALUATED);
    }

    @ParameterizedTest(name = "reviewer {0}")
    @ValueSource(strings = {"district-head-01", "province-head"})
    void a_party_to_the_agreement_cannot_review_it(String reviewer) {
        Agreement agreement = anAgreement().in(AgreementStatus.ACKNOWLEDGED);

        DomainException refusal = refusalOf(() -> agreement.review(new PersonId(reviewer), "all good", day(172)));

        assertThat(refusal.code()).isEqualTo("agreement.reviewer-not-independent");
        assertThat(agreement.review()).isEmpty();
    }

    @Test
    void a_review_needs_an_opinion() {
        Agreement agreement = anAgreement().in(AgreementStatus.REFUSED);

        DomainException refusal = refusalOf(() -> agreement.review(STRANGER, " ", day(172)));

        assertThat(refusal.code()).isEqualTo("value.missing");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.REFUSED);
    }

    @Test
    void an_agreement_still_being_evaluated_does_not_close() {
        Agreement agreement = anAgreement().in(AgreementStatus.EVALUATED);

        DomainException refusal = refusalOf(() -> agreement.close(REVIEWER, day(180)));

        assertThat(refusal.code()).isEqualTo("agreement.illegal-transition");
        assertThat(refusal.getMessage()).contains("cannot close the appraisal while agreement").contains("is EVALUATED");
    }
}
