package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.item;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.audit.DomainEvent;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The roll-up rule an item may carry: what it needs, where it may change, and that it survives storage. */
class RollUpTest {

    private static final ItemId ONE = new ItemId("1");

    @Test
    void a_sum_and_an_all_done_name_their_fact_and_the_level_methods_name_none() {
        assertThat(refusalOf(() -> new RollUp(RollUpMethod.SUM, Optional.empty())).code()).isEqualTo("rollup.fact-missing");
        assertThat(refusalOf(() -> new RollUp(RollUpMethod.ALL_DONE, Optional.of(" "))).code()).isEqualTo("rollup.fact-missing");
        assertThat(refusalOf(() -> new RollUp(RollUpMethod.MEAN_LEVEL, Optional.of("percent"))).code())
                .isEqualTo("rollup.fact-not-used");
        assertThat(RollUp.sum(" households ").fact()).contains("households");
    }

    @Test
    void an_item_keeps_its_roll_up_when_its_weight_or_parent_changes() {
        Item withRollUp = item("1", "IND-1", "60").withRollUp(Optional.of(RollUp.meanLevel()));

        assertThat(withRollUp.withWeight(new java.math.BigDecimal("50")).rollUp()).contains(RollUp.meanLevel());
        assertThat(withRollUp.withParent(new ItemRef(new AgreementId("up"), ONE)).rollUp()).contains(RollUp.meanLevel());
        assertThat(item("1", "IND-1", "60").rollUp()).isEmpty();
    }

    @Test
    void a_roll_up_is_set_on_a_draft_with_an_event_and_withdraws_a_signature() {
        Agreement draft = anAgreement().in(AgreementStatus.DRAFT);
        draft.sign(APPRAISEE, day(1));
        draft.clearPendingEvents();

        draft.setRollUp(ONE, Optional.of(RollUp.sum("percent")), EVALUATOR, day(2));

        assertThat(draft.findItem(ONE).orElseThrow().rollUp()).contains(RollUp.sum("percent"));
        assertThat(draft.signatures()).isEmpty();
        DomainEvent event = draft.pendingEvents().get(0);
        assertThat(event.type()).isEqualTo("agreement.item-roll-up-set");
        assertThat(event.before()).containsEntry("rollUp", "");
        assertThat(event.after()).containsEntry("rollUp", "SUM(percent)");
    }

    @Test
    void a_roll_up_of_a_signed_agreement_is_not_changed_in_place() {
        Agreement agreed = anAgreement().in(AgreementStatus.AGREED);

        assertThat(refusalOf(() -> agreed.setRollUp(ONE, Optional.of(RollUp.minLevel()), EVALUATOR, day(5))).code())
                .isEqualTo("agreement.illegal-transition");
    }

    @Test
    void a_roll_up_survives_the_snapshot() {
        Agreement draft = anAgreement().in(AgreementStatus.DRAFT);
        draft.setRollUp(ONE, Optional.of(RollUp.allDone("report.sent")), EVALUATOR, day(2));

        Agreement restored = Agreement.restore(draft.snapshot());

        assertThat(restored.findItem(ONE).orElseThrow().rollUp()).contains(RollUp.allDone("report.sent"));
    }
}
