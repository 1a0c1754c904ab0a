package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.REVIEWER;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventsAndVersionsTest {

    @Test
    void drafting_raises_an_event_naming_the_parties_and_the_items() {
        Agreement agreement = anAgreement().draft();

        DomainEvent drafted = agreement.pendingEvents().get(0);

        assertThat(drafted.aggregateType()).isEqualTo("agreement");
        assertThat(drafted.aggregateId()).isEqualTo(AgreementFixtures.AGREEMENT_ID.value());
        assertThat(drafted.type()).isEqualTo("agreement.drafted");
        assertThat(drafted.actor()).isEqualTo(EVALUATOR);
        assertThat(drafted.version()).isZero();
        assertThat(drafted.before()).isEmpty();
        assertThat(drafted.after()).containsEntry("status", "DRAFT").containsEntry("appraisee", APPRAISEE.value())
                .containsEntry("evaluator", EVALUATOR.value());
        assertThat(drafted.after().get("items")).contains("IND-1@v1 weight 60.00").contains("IND-2@v1 weight 40.00");
    }

    @Test
    void the_drafted_event_names_each_item_in_one_line_of_text() {
        Item own = Item.of(new ItemId("P4"), Section.INDIVIDUAL, new IndicatorRef("P4", 2), new BigDecimal("10.00"), "");
        Item carried = Item.of(new ItemId("T1"), Section.TEAM, new IndicatorRef("T1", 1), new BigDecimal("33.5"), "BRM-LPM")
                .withParent(new ItemRef(new AgreementId("AG-7"), new ItemId("T1")))
                .withRollUp(Optional.of(new RollUp(RollUpMethod.SUM, Optional.of("households"))));

        assertThat(AuditText.items(List.of(own, carried))).isEqualTo(
                "P4 INDIVIDUAL P4@v2 weight 10.00 | T1 TEAM T1@v1 weight 33.50 unit BRM-LPM parent AG-7/T1 roll-up SUM(households)");
        assertThat(AuditText.item(carried)).isEqualTo("T1 TEAM T1@v1 weight 33.50 unit BRM-LPM parent AG-7/T1 roll-up SUM(households)");
        assertThat(AuditText.items(List.of())).isEmpty();
    }

    @Test
    void the_second_signature_raises_a_signed_event_with_status_and_signatures_before_and_after() {
        Agreement agreement = anAgreement().draft();
        agreement.sign(APPRAISEE, day(1));
        agreement.clearPendingEvents();

        agreement.sign(EVALUATOR, day(2));

        assertThat(agreement.pendingEvents()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("agreement.signed");
            assertThat(event.actor()).isEqualTo(EVALUATOR);
            assertThat(event.at()).isEqualTo(day(2));
            assertThat(event.before()).containsEntry("status", "DRAFT").containsEntry("signatures", "APPRAISEE:" + APPRAISEE);
            assertThat(event.after()).containsEntry("status", "AGREED")
                    .containsEntry("signatures", "APPRAISEE:" + APPRAISEE + ", EVALUATOR:" + EVALUATOR);
        });
    }

    @Test
    void reopening_raises_an_event_with_the_reason_and_what_was_set_aside() {
        Agreement agreement = anAgreement().in(AgreementStatus.REVIEWED);

        agreement.reopen(REVIEWER, "evidence was for the wrong year", day(180));

        DomainEvent reopened = agreement.pendingEvents().get(0);
        assertThat(reopened.type()).isEqualTo("agreement.reopened");
        assertThat(reopened.actor()).isEqualTo(REVIEWER);
        assertThat(reopened.before()).containsEntry("status", "REVIEWED").containsKeys("acknowledgement", "review");
        assertThat(reopened.after()).containsEntry("status", "REOPENED").containsEntry("reason", "evidence was for the wrong year");
    }

    @Test
    void an_evaluation_event_records_the_override_and_its_reason() {
        Agreement agreement = anAgreement().in(AgreementStatus.SELF_ASSESSED);

        agreement.evaluate(EVALUATOR, AgreementFixtures.evaluations("2", ItemEvaluation.overridden(1, "no evidence")),
                CompetencyAssessment.of(Map.of("service", 4)), day(170));

        DomainEvent evaluated = agreement.pendingEvents().get(0);
        assertThat(evaluated.before()).containsEntry("status", "SELF_ASSESSED").doesNotContainKey("evaluation");
        assertThat(evaluated.after().get("evaluation")).contains("2[override level 1 (no evidence)]").contains("service=4");
    }

    @Test
    void clearing_pending_events_empties_the_list_and_restoring_raises_none() {
        Agreement agreement = anAgreement().draft();
        agreement.sign(APPRAISEE, day(1));
        assertThat(agreement.pendingEvents()).hasSize(2);

        Agreement restored = Agreement.restore(agreement.snapshot());
        agreement.clearPendingEvents();

        assertThat(agreement.pendingEvents()).isEmpty();
        assertThat(restored.pendingEvents()).isEmpty();
    }

    @Test
    void events_raised_after_a_save_carry_the_saved_version() {
        Agreement agreement = anAgreement().draft();
        agreement.clearPendingEvents();

        agreement.markSaved(1);
        agreement.sign(APPRAISEE, day(1));

        assertThat(agreement.version()).isEqualTo(1);
        assertThat(agreement.pendingEvents().get(0).version()).isEqualTo(1);
    }

    @Test
    void a_saved_version_must_move_forward() {
        Agreement agreement = anAgreement().draft();
        agreement.markSaved(4);

        DomainException refusal = refusalOf(() -> agreement.markSaved(4));

        assertThat(refusal.code()).isEqualTo("agreement.bad-version");
        assertThat(agreement.version()).isEqualTo(4);
    }

    @Test
    void expecting_a_version_other_than_the_loaded_one_is_a_conflict() {
        Agreement agreement = anAgreement().draft();
        agreement.markSaved(3);

        DomainException refusal = refusalOf(() -> agreement.expectVersion(2));

        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(refusal.code()).isEqualTo("agreement.stale-version");
        assertThat(refusal.getMessage()).contains("version 3, not 2");
    }

    @Test
    void an_event_cannot_have_a_negative_version() {
        DomainException refusal = refusalOf(() -> DomainEvent.of("agreement", "a-1", -1,
                "agreement.signed", APPRAISEE, day(1), Map.of(), Map.of()));

        assertThat(refusal.code()).isEqualTo("event.bad-version");
    }
}
