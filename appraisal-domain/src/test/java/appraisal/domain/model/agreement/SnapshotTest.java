package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a repository relies on: a snapshot restores to the same agreement, and nonsense is not restored. */
class SnapshotTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(AgreementStatus.class)
    void an_agreement_restored_from_its_snapshot_has_the_same_state(AgreementStatus status) {
        Agreement original = anAgreement().in(status);

        Agreement restored = Agreement.restore(original.snapshot());

        assertThat(restored.snapshot()).isEqualTo(original.snapshot());
        assertThat(restored.status()).isEqualTo(status);
    }

    @Test
    void an_amended_agreement_restores_with_its_prior_revision() {
        Agreement original = anAgreement().in(AgreementStatus.AGREED);
        original.amend(AgreementFixtures.EVALUATOR, "new target", AgreementFixtures.day(60));

        Agreement restored = Agreement.restore(original.snapshot());

        assertThat(restored.revision()).isEqualTo(2);
        assertThat(restored.priorRevisions()).isEqualTo(original.priorRevisions());
    }

    @Test
    void a_stored_result_for_an_item_the_agreement_does_not_have_is_not_restored() {
        AgreementSnapshot s = anAgreement().in(AgreementStatus.SELF_ASSESSED).snapshot();
        ItemResult result = s.results().values().iterator().next();

        DomainException refusal = refusalOf(() -> Agreement.restore(new AgreementSnapshot(
                s.id(), s.round(), s.appraisee(), s.evaluator(), s.parent(), s.context(), s.items(),
                ImmutableMap.of(new ItemId("ghost"), result), s.evaluation(), s.signatures(), s.acknowledgement(),
                s.review(), s.status(), s.version(), s.revision(), s.priorRevisions(), s.reopenings())));

        assertThat(refusal.code()).isEqualTo("agreement.inconsistent");
        assertThat(refusal.getMessage()).contains("ghost");
    }

    @Test
    void a_stored_revision_number_that_does_not_match_its_prior_revisions_is_not_restored() {
        AgreementSnapshot s = anAgreement().in(AgreementStatus.AGREED).snapshot();

        DomainException refusal = refusalOf(() -> Agreement.restore(new AgreementSnapshot(
                s.id(), s.round(), s.appraisee(), s.evaluator(), s.parent(), s.context(), s.items(), s.results(),
                s.evaluation(), s.signatures(), s.acknowledgement(), s.review(), s.status(), s.version(), 2,
                ImmutableList.of(), s.reopenings())));

        assertThat(refusal.code()).isEqualTo("agreement.inconsistent");
    }

    @Test
    void a_stored_signature_by_someone_other_than_the_party_of_its_role_is_not_restored() {
        AgreementSnapshot s = anAgreement().in(AgreementStatus.AGREED).snapshot();
        Signature forged = new Signature(AgreementFixtures.STRANGER, SignatureRole.EVALUATOR, AgreementFixtures.day(1));

        DomainException refusal = refusalOf(() -> Agreement.restore(new AgreementSnapshot(
                s.id(), s.round(), s.appraisee(), s.evaluator(), s.parent(), s.context(), s.items(), s.results(),
                s.evaluation(), ImmutableList.of(s.signatures().get(0), forged), s.acknowledgement(), s.review(), s.status(),
                s.version(), s.revision(), s.priorRevisions(), s.reopenings())));

        assertThat(refusal.code()).isEqualTo("agreement.inconsistent");
        assertThat(refusal.getMessage()).contains(AgreementFixtures.STRANGER.value());
    }
}
