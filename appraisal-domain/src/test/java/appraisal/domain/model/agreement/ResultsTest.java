package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.STRANGER;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.evidence;
import static appraisal.domain.model.agreement.AgreementFixtures.measured;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.shared.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static final ItemId ONE = new ItemId("1");

    @Test
    void a_result_for_an_item_the_agreement_does_not_have_is_not_found() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);

        DomainException refusal = refusalOf(() -> agreement.recordResult(new ItemId("7"), measured("1"), List.of(), APPRAISEE, day(100)));

        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(refusal.code()).isEqualTo("agreement.item-not-found");
        assertThat(refusal.location()).isEqualTo("7");
    }

    @Test
    void the_evaluator_may_record_a_result_on_the_appraisees_behalf_and_is_named_as_reporter() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);

        agreement.recordResult(ONE, measured("88"), List.of(evidence("minutes.pdf")), EVALUATOR, day(100));

        ItemResult result = agreement.result(ONE).orElseThrow();
        assertThat(result.reportedBy()).isEqualTo(EVALUATOR);
        assertThat(result.reportedAt()).isEqualTo(day(100));
        assertThat(result.facts()).isEqualTo(measured("88"));
    }

    @Test
    void someone_outside_the_agreement_cannot_record_a_result() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);

        DomainException refusal = refusalOf(() -> agreement.recordResult(ONE, measured("88"), List.of(), STRANGER, day(100)));

        assertThat(refusal.code()).isEqualTo("agreement.not-a-party");
        assertThat(agreement.results()).isEmpty();
    }

    @Test
    void a_later_result_replaces_the_earlier_one_and_the_event_shows_both() {
        Agreement agreement = anAgreement().in(AgreementStatus.AGREED);
        agreement.recordResult(ONE, measured("70"), List.of(), APPRAISEE, day(100));

        agreement.recordResult(ONE, measured("91"), List.of(evidence("a.pdf"), evidence("b.pdf")), APPRAISEE, day(120));

        assertThat(agreement.result(ONE).orElseThrow().facts()).isEqualTo(measured("91"));
        var event = agreement.pendingEvents().get(1);
        assertThat(event.before()).containsEntry("facts", "percent=70").containsEntry("evidence", "0");
        assertThat(event.after()).containsEntry("facts", "percent=91").containsEntry("evidence", "2");
    }

    @Test
    void the_self_assessment_is_refused_while_items_have_no_result_and_names_them() {
        Agreement agreement = anAgreement().withItems("50", "30", "20").in(AgreementStatus.AGREED);
        agreement.recordResult(new ItemId("2"), measured("60"), List.of(), APPRAISEE, day(100));

        DomainException refusal = refusalOf(() -> agreement.submitSelfAssessment(APPRAISEE, day(160)));

        assertThat(refusal.code()).isEqualTo("agreement.results-missing");
        assertThat(refusal.getMessage()).contains("1, 3").doesNotContain("2,");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.AGREED);
    }

    @Test
    void evidence_must_carry_a_sha256_of_64_hex_digits() {
        DomainException refusal = refusalOf(() -> new EvidenceRef.File("report.pdf", "abc123", 10, "application/pdf"));

        assertThat(refusal.code()).isEqualTo("evidence.bad-sha256");
    }

    @Test
    void an_uppercase_sha256_is_kept_in_lowercase_so_equal_files_compare_equal() {
        EvidenceRef upper = new EvidenceRef.File("r.pdf", "AB".repeat(32), 10, "application/pdf");

        assertThat(upper).isEqualTo(new EvidenceRef.File("r.pdf", "ab".repeat(32), 10, "application/pdf"));
    }
}
