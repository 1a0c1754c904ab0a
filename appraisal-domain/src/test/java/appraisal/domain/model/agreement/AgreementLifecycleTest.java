package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.REVIEWER;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.competencies;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.evidence;
import static appraisal.domain.model.agreement.AgreementFixtures.item;
import static appraisal.domain.model.agreement.AgreementFixtures.measured;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.round.ReviewPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole story of one agreement, from the draft to closing, as the offices live it. */
class AgreementLifecycleTest {

    @Test
    void an_agreement_goes_from_draft_to_closed_and_keeps_everything_that_was_signed_and_judged() {
        // The province drafts with one item, then adds a second and balances the weights.
        Agreement agreement = anAgreement().items(List.of(item("1", "IND-1", "70"))).draft();
        agreement.addItem(item("2", "IND-2", "30"), EVALUATOR, day(0));
        agreement.changeWeight(new ItemId("1"), new BigDecimal("70.00"), EVALUATOR, day(0));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.totalWeight()).isEqualByComparingTo("100.00");

        agreement.sign(APPRAISEE, day(1));
        assertThat(agreement.status()).as("one signature is not an agreement").isEqualTo(AgreementStatus.DRAFT);
        agreement.sign(EVALUATOR, day(2));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.AGREED);
        assertThat(agreement.signatures()).extracting(Signature::role)
                .containsExactly(SignatureRole.APPRAISEE, SignatureRole.EVALUATOR);

        // Results come in; the evaluator may enter one on the appraisee's behalf.
        agreement.recordResult(new ItemId("1"), measured("92.5"), List.of(evidence("disbursement.pdf")), APPRAISEE, day(150));
        agreement.recordResult(new ItemId("2"), Facts.NONE, List.of(evidence("plan.pdf")), EVALUATOR, day(151));
        agreement.submitSelfAssessment(APPRAISEE, day(160));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SELF_ASSESSED);

        ItemEvaluation judged = ItemEvaluation.judged(Facts.of("plan.quality", FactValue.flag(true)));
        ItemEvaluation overridden = ItemEvaluation.overridden(4, "flood closed the office for a month");
        agreement.evaluate(EVALUATOR, Map.of(new ItemId("2"), judged, new ItemId("1"), overridden), competencies(), day(170));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.EVALUATED);
        assertThat(agreement.evaluation().orElseThrow().items().keySet())
                .as("kept in the agreement's item order").containsExactly(new ItemId("1"), new ItemId("2"));
        assertThat(agreement.evaluationOf(new ItemId("1")).orElseThrow().override().orElseThrow().level()).isEqualTo(4);
        assertThat(agreement.competencies().orElseThrow().level("service")).contains(4);

        agreement.acknowledge(APPRAISEE, day(171));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACKNOWLEDGED);
        agreement.review(REVIEWER, "agree with the evaluator", day(172));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.REVIEWED);
        agreement.close(REVIEWER, day(173));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CLOSED);

        assertThat(agreement.result(new ItemId("1")).orElseThrow().evidence()).extracting(EvidenceRef::name)
                .containsExactly("disbursement.pdf");
        assertThat(agreement.acknowledgement()).containsInstanceOf(Acknowledgement.Acknowledged.class);
        assertThat(agreement.review().orElseThrow().reviewer()).isEqualTo(REVIEWER);
        assertThat(agreement.pendingEvents()).extracting(DomainEvent::type).containsExactly(
                "agreement.drafted",
                "agreement.item-added",
                "agreement.item-weight-changed",
                "agreement.signed",
                "agreement.signed",
                "agreement.result-recorded",
                "agreement.result-recorded",
                "agreement.self-assessment-submitted",
                "agreement.evaluated",
                "agreement.acknowledged",
                "agreement.reviewed",
                "agreement.closed");
    }

    @Test
    void an_appraisee_who_refuses_to_sign_is_recorded_with_a_witness_and_the_agreement_still_closes() {
        Agreement agreement = anAgreement().in(AgreementStatus.EVALUATED);

        agreement.refuse(EVALUATOR, AgreementFixtures.WITNESS, "notified in the meeting room", day(171));
        agreement.close(EVALUATOR, day(172));

        assertThat(agreement.status()).isEqualTo(AgreementStatus.CLOSED);
        Acknowledgement.Refused refusal = (Acknowledgement.Refused) agreement.acknowledgement().orElseThrow();
        assertThat(refusal.notifier()).isEqualTo(EVALUATOR);
        assertThat(refusal.witness()).isEqualTo(AgreementFixtures.WITNESS);
        assertThat(refusal.note()).isEqualTo("notified in the meeting room");
    }

    @Test
    void the_facts_for_an_item_are_the_context_overlaid_by_the_result_overlaid_by_the_evaluators_judgement() {
        Agreement agreement = anAgreement()
                .context(Facts.of("office.headcount", FactValue.of("3")).with("plan.quality", FactValue.flag(false)))
                .in(AgreementStatus.SELF_ASSESSED);
        agreement.evaluate(EVALUATOR, AgreementFixtures.evaluations("1",
                ItemEvaluation.judged(Facts.of("plan.quality", FactValue.flag(true)))), competencies(), day(170));

        Facts facts = agreement.factsFor(new ItemId("1"));

        assertThat(facts.get("office.headcount")).contains(FactValue.of("3"));
        assertThat(facts.get(AgreementFixtures.MEASURED_FACT)).contains(FactValue.of("80"));
        assertThat(facts.get("plan.quality")).contains(FactValue.flag(true));
        assertThat(agreement.factsFor(new ItemId("2")).get("plan.quality")).contains(FactValue.flag(false));
    }
}
