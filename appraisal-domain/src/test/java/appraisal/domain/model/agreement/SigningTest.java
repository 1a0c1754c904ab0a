package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.STRANGER;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.item;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigningTest {

    @ParameterizedTest(name = "weights {0} + {1} = {2} are refused")
    @CsvSource({"60, 39.99, 99.99", "60, 40.01, 100.01", "50, 49, 99.00", "70.5, 30, 100.50"})
    void weights_that_do_not_sum_to_exactly_100_are_refused_with_the_actual_sum(String first, String second, String sum) {
        Agreement agreement = anAgreement().withItems(first, second).draft();

        DomainException refusal = refusalOf(() -> agreement.sign(APPRAISEE, day(1)));

        assertThat(refusal.code()).isEqualTo("agreement.weights-not-100");
        assertThat(refusal.getMessage()).contains("weights sum to " + sum);
        assertThat(agreement.signatures()).isEmpty();
    }

    @Test
    void weights_of_exactly_100_00_are_signed_and_both_signatures_make_it_agreed() {
        Agreement agreement = anAgreement().withItems("33.33", "33.33", "33.34").draft();

        agreement.sign(EVALUATOR, day(1));
        agreement.sign(APPRAISEE, day(2));

        assertThat(agreement.totalWeight()).isEqualTo(new BigDecimal("100.00"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.AGREED);
        assertThat(agreement.signatures()).containsExactly(
                new Signature(EVALUATOR, SignatureRole.EVALUATOR, day(1)),
                new Signature(APPRAISEE, SignatureRole.APPRAISEE, day(2)));
    }

    @Test
    void a_stranger_cannot_sign() {
        Agreement agreement = anAgreement().draft();

        DomainException refusal = refusalOf(() -> agreement.sign(STRANGER, day(1)));

        assertThat(refusal.code()).isEqualTo("agreement.not-a-party");
        assertThat(refusal.getMessage()).contains(STRANGER.value());
        assertThat(agreement.signatures()).isEmpty();
    }

    @Test
    void a_party_cannot_sign_the_same_revision_twice() {
        Agreement agreement = anAgreement().draft();
        agreement.sign(APPRAISEE, day(1));

        DomainException refusal = refusalOf(() -> agreement.sign(APPRAISEE, day(2)));

        assertThat(refusal.code()).isEqualTo("agreement.already-signed");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void an_agreement_without_items_cannot_be_signed() {
        Agreement agreement = anAgreement().items(List.of()).draft();

        DomainException refusal = refusalOf(() -> agreement.sign(EVALUATOR, day(1)));

        assertThat(refusal.code()).isEqualTo("agreement.no-items");
    }

    @Test
    void adding_a_second_item_on_the_same_indicator_is_refused_even_in_another_version() {
        Agreement agreement = anAgreement().draft();
        Item sameIndicator = Item.of(new ItemId("9"), Section.INDIVIDUAL, new IndicatorRef("IND-1", 2), BigDecimal.TEN, "");

        DomainException refusal = refusalOf(() -> agreement.addItem(sameIndicator, EVALUATOR, day(1)));

        assertThat(refusal.code()).isEqualTo("agreement.duplicate-indicator");
        assertThat(agreement.items()).hasSize(2);
    }

    @Test
    void adding_an_item_with_an_id_already_used_is_refused() {
        Agreement agreement = anAgreement().draft();

        DomainException refusal = refusalOf(() -> agreement.addItem(item("1", "IND-7", "5"), EVALUATOR, day(1)));

        assertThat(refusal.code()).isEqualTo("agreement.duplicate-item");
    }

    @Test
    void a_stored_draft_with_a_duplicated_indicator_cannot_be_signed() {
        // Drafts written before the add-time check existed may hold duplicates; signing is the last guard.
        AgreementSnapshot stored = anAgreement().draft().snapshot();
        Agreement agreement = Agreement.restore(new AgreementSnapshot(stored.id(), stored.round(), stored.appraisee(),
                stored.evaluator(), stored.parent(), stored.context(),
                ImmutableList.of(item("1", "IND-1", "50"), item("2", "IND-1", "50")), stored.results(), stored.evaluation(),
                stored.signatures(), stored.acknowledgement(), stored.review(), stored.status(), 3, 1,
                stored.priorRevisions(), stored.reopenings()));

        DomainException refusal = refusalOf(() -> agreement.sign(APPRAISEE, day(1)));

        assertThat(refusal.code()).isEqualTo("agreement.duplicate-indicator");
        assertThat(refusal.getMessage()).contains("IND-1");
    }

    @Test
    void editing_a_draft_withdraws_the_signature_already_on_it() {
        Agreement agreement = anAgreement().draft();
        agreement.sign(APPRAISEE, day(1));
        agreement.clearPendingEvents();

        agreement.changeWeight(new ItemId("1"), new BigDecimal("50"), EVALUATOR, day(2));

        assertThat(agreement.signatures()).isEmpty();
        var event = agreement.pendingEvents().get(0);
        assertThat(event.before()).containsEntry("signatures", "APPRAISEE:" + APPRAISEE).containsEntry("weight", "60.00");
        assertThat(event.after()).containsEntry("signatures", "").containsEntry("weight", "50.00");
    }

    @Test
    void the_appraisee_and_the_evaluator_must_be_different_people() {
        DomainException refusal = refusalOf(() -> anAgreement().evaluator(APPRAISEE).draft());

        assertThat(refusal.code()).isEqualTo("agreement.self-evaluation");
    }
}
