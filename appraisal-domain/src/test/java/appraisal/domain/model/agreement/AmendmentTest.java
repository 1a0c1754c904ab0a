package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.STRANGER;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.measured;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmendmentTest {

    private static final ItemId ONE = new ItemId("1");
    private static final ItemId TWO = new ItemId("2");

    @Test
    void amending_starts_a_new_draft_revision_and_keeps_the_signed_one_readable() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);
        List<Item> signedItems = agreement.items();
        List<Signature> signedBy = agreement.signatures();

        agreement.amend(EVALUATOR, "budget cut in the second quarter", day(60));
        agreement.changeWeight(ONE, new BigDecimal("80"), EVALUATOR, day(60));
        agreement.changeWeight(TWO, new BigDecimal("20"), EVALUATOR, day(60));

        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.revision()).isEqualTo(2);
        assertThat(agreement.signatures()).isEmpty();
        SignedRevision first = agreement.priorRevisions().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.items()).isEqualTo(signedItems);
        assertThat(first.items().get(0).weight()).isEqualByComparingTo("60");
        assertThat(first.signatures()).isEqualTo(signedBy);
        assertThat(first.amendedBy()).isEqualTo(EVALUATOR);
        assertThat(first.amendmentReason()).isEqualTo("budget cut in the second quarter");
    }

    @Test
    void an_amended_agreement_is_agreed_again_when_both_sign_the_new_revision_and_keeps_earlier_results() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);
        agreement.recordResult(ONE, measured("40"), List.of(), APPRAISEE, day(50));
        agreement.amend(APPRAISEE, "target of item 2 unreachable after the flood", day(60));

        agreement.sign(APPRAISEE, day(61));
        agreement.sign(EVALUATOR, day(62));

        assertThat(agreement.status()).isEqualTo(AgreementStatus.AGREED);
        assertThat(agreement.revision()).isEqualTo(2);
        assertThat(agreement.signatures()).extracting(Signature::at).containsExactly(day(61), day(62));
        assertThat(agreement.priorRevisions().get(0).signatures()).extracting(Signature::at).containsExactly(day(1), day(1));
        assertThat(agreement.result(ONE)).map(ItemResult::facts).contains(measured("40"));
    }

    @Test
    void removing_an_item_in_an_amendment_drops_its_result_and_the_event_keeps_what_was_dropped() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);
        agreement.recordResult(TWO, measured("12"), List.of(), APPRAISEE, day(50));
        agreement.amend(EVALUATOR, "item 2 moved to another office", day(60));
        agreement.clearPendingEvents();

        agreement.removeItem(TWO, EVALUATOR, day(60));

        assertThat(agreement.result(TWO)).isEmpty();
        assertThat(agreement.pendingEvents().get(0).before()).containsEntry("result", "percent=12");
        assertThat(agreement.priorRevisions().get(0).items()).extracting(Item::id).contains(TWO);
    }

    @Test
    void amending_needs_a_reason() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);

        DomainException refusal = refusalOf(() -> agreement.amend(EVALUATOR, "  ", day(60)));

        assertThat(refusal.code()).isEqualTo("agreement.amend-needs-reason");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.AGREED);
        assertThat(agreement.priorRevisions()).isEmpty();
    }

    @Test
    void only_a_party_to_the_agreement_can_amend_it() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);

        DomainException refusal = refusalOf(() -> agreement.amend(STRANGER, "I would like to", day(60)));

        assertThat(refusal.code()).isEqualTo("agreement.not-a-party");
        assertThat(agreement.revision()).isEqualTo(1);
    }
}
