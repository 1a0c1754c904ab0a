package appraisal.domain.model.store;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.port.out.contract.PortExamples;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AgreementIntegrityTest {

    /** As a repository would have stored it: saved once more than it was loaded. */
    private static Agreement saved(Agreement a) {
        a.markSaved(a.version() + 1);
        return a;
    }

    private static StoredAgreement listed(Agreement a, long events, long lastAudited) {
        return new StoredAgreement(a.id(), a.round(), a.appraisee(), a.version(), events, OptionalLong.of(lastAudited));
    }

    /** {@code a} as stored with its items' weights changed behind the domain's back. */
    private static Agreement withWeights(Agreement a, String... weights) {
        AgreementSnapshot s = a.snapshot();
        ImmutableList.Builder<Item> items = ImmutableList.builder();
        for (int i = 0; i < weights.length; i++) {
            items.add(Item.of(new ItemId(String.valueOf(i + 1)), Section.TEAM, new IndicatorRef("IND-" + (i + 1), 1),
                    new BigDecimal(weights[i]), ""));
        }
        return Agreement.restore(new AgreementSnapshot(s.id(), s.round(), s.appraisee(), s.evaluator(), s.parent(), s.context(),
                items.build(), com.google.common.collect.ImmutableMap.of(), s.evaluation(), s.signatures(), s.acknowledgement(),
                s.review(), s.status(), s.version(), s.revision(), s.priorRevisions(), s.reopenings()));
    }

    @Test
    void an_agreement_saved_through_the_use_cases_has_no_problem_in_any_status() {
        for (AgreementStatus status : AgreementStatus.values()) {
            Agreement a = saved(anAgreement().in(status));

            assertThat(AgreementIntegrity.check(a, listed(a, 3, 0))).as(status.name()).isEmpty();
        }
    }

    @Test
    void a_draft_may_weigh_anything_but_an_agreed_agreement_must_weigh_exactly_100() {
        Agreement draft = withWeights(saved(anAgreement().draft()), "60", "35");
        Agreement agreed = withWeights(saved(anAgreement().in(AgreementStatus.AGREED)), "60", "35");

        assertThat(AgreementIntegrity.check(draft, listed(draft, 1, 0))).isEmpty();
        assertThat(AgreementIntegrity.check(agreed, listed(agreed, 1, 0))).extracting(IntegrityProblem::code, IntegrityProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agreement.weights-not-100",
                        "status AGREED but the weights sum to 95.00, not 100.00"));
    }

    @Test
    void every_signed_revision_kept_by_an_amendment_must_weigh_100_too() {
        Agreement amended = saved(PortExamples.amendedTwice("agr-amended"));

        assertThat(amended.priorRevisions()).hasSize(2);
        assertThat(AgreementIntegrity.check(amended, listed(amended, 9, 0))).isEmpty();
    }

    @Test
    void an_agreement_never_saved_has_version_0_which_no_stored_agreement_may_have() {
        Agreement unsaved = anAgreement().draft();

        assertThat(AgreementIntegrity.check(unsaved, new StoredAgreement(unsaved.id(), unsaved.round(), unsaved.appraisee(), 0, 1, OptionalLong.empty())))
                .extracting(IntegrityProblem::code).containsExactly("agreement.version-not-positive");
    }

    @Test
    void an_agreement_without_audit_events_is_a_problem() {
        Agreement a = saved(anAgreement().draft());

        assertThat(AgreementIntegrity.check(a, new StoredAgreement(a.id(), a.round(), a.appraisee(), 1, 0, OptionalLong.empty())))
                .extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agreement.no-audit", a.id().value()));
    }

}
