package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.ROUND;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.item;
import static appraisal.domain.model.agreement.AgreementFixtures.measured;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rule of one agreement per person per round, and the replacement of a draft's items by an imported file's. */
class OneAgreementPerRoundTest {

    private static final PersonId ADMIN = new PersonId("admin");

    @Test
    void a_person_without_an_agreement_in_the_round_may_have_one_and_one_with_an_agreement_may_not() {
        Agreement theirs = anAgreement().id("AG-4").in(AgreementStatus.AGREED);

        OneAgreementPerRound.requireNone(ROUND, APPRAISEE, List.of());
        DomainException refusal = refusalOf(() -> OneAgreementPerRound.requireNone(ROUND, APPRAISEE, List.of(theirs)));

        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.REFUSED);
        assertThat(refusal.code()).isEqualTo("agreement.already-exists");
        assertThat(refusal.getMessage()).isEqualTo(APPRAISEE + " already has agreement AG-4 (AGREED) in round " + ROUND
                + ", and a person has one agreement per round: change AG-4 instead (edit its draft, or amend it once agreed), "
                + "or import the file as an amendment of it (appraisal agreement import --as-amendment)");
    }

    @Test
    void progress_follows_the_lifecycle_and_a_reopened_agreement_ranks_where_results_are_redone() {
        List<AgreementStatus> inOrder = List.of(AgreementStatus.DRAFT, AgreementStatus.AGREED, AgreementStatus.SELF_ASSESSED,
                AgreementStatus.EVALUATED, AgreementStatus.ACKNOWLEDGED, AgreementStatus.REVIEWED, AgreementStatus.CLOSED);

        for (int i = 1; i < inOrder.size(); i++) {
            assertThat(OneAgreementPerRound.progress(inOrder.get(i))).as(inOrder.get(i).name())
                    .isGreaterThan(OneAgreementPerRound.progress(inOrder.get(i - 1)));
        }
        assertThat(OneAgreementPerRound.progress(AgreementStatus.REFUSED)).isEqualTo(OneAgreementPerRound.progress(AgreementStatus.ACKNOWLEDGED));
        assertThat(OneAgreementPerRound.progress(AgreementStatus.REOPENED)).isEqualTo(OneAgreementPerRound.progress(AgreementStatus.SELF_ASSESSED));
        assertThat(Arrays.stream(AgreementStatus.values()).map(OneAgreementPerRound::progress)).allMatch(p -> p >= 0);
    }

    @Test
    void of_two_equal_drafts_either_may_be_withdrawn_and_the_event_names_the_one_kept() {
        Agreement one = anAgreement().id("AG-1").draft();
        Agreement two = anAgreement().id("AG-2").draft();

        DomainEvent first = OneAgreementPerRound.withdrawal(one, List.of(one, two), List.of(), ADMIN, " duplicate ", day(5));
        DomainEvent second = OneAgreementPerRound.withdrawal(two, List.of(one, two), List.of(), ADMIN, "duplicate", day(5));

        assertThat(first.type()).isEqualTo("agreement.withdrawn");
        assertThat(first.aggregateId()).isEqualTo("AG-1");
        assertThat(first.after()).containsEntry("reason", "duplicate").containsEntry("kept", "AG-2");
        assertThat(second.after()).containsEntry("kept", "AG-1");
    }

    @Test
    void the_one_furthest_along_is_never_withdrawn() {
        Agreement draft = anAgreement().id("AG-1").draft();
        Agreement evaluated = anAgreement().id("AG-2").in(AgreementStatus.EVALUATED);

        DomainException refusal = refusalOf(() -> OneAgreementPerRound.withdrawal(evaluated, List.of(draft, evaluated), List.of(), ADMIN,
                "duplicate", day(5)));

        assertThat(refusal.code()).isEqualTo("agreement.withdraw-furthest");
        assertThat(refusal.getMessage()).isEqualTo("agreement AG-2 (EVALUATED) is the furthest along of " + APPRAISEE
                + "'s agreements in round " + ROUND + " (the others: AG-1 DRAFT); keep it and withdraw the others");
        assertThat(OneAgreementPerRound.withdrawal(draft, List.of(draft, evaluated), List.of(), ADMIN, "duplicate", day(5))
                .after()).containsEntry("kept", "AG-2");
    }

    @Test
    void a_person_s_only_agreement_one_with_agreements_cascaded_from_it_and_one_without_a_reason_stay() {
        Agreement one = anAgreement().id("AG-1").draft();
        Agreement two = anAgreement().id("AG-2").draft();
        Agreement child = anAgreement().id("AG-3").appraisee(new PersonId("staff")).evaluator(APPRAISEE).parent(one.id()).draft();

        assertThat(refusalOf(() -> OneAgreementPerRound.withdrawal(one, List.of(one), List.of(), ADMIN, "x", day(5))).code())
                .isEqualTo("agreement.not-a-duplicate");
        DomainException withChildren = refusalOf(() -> OneAgreementPerRound.withdrawal(one, List.of(one, two), List.of(child), ADMIN,
                "x", day(5)));
        assertThat(withChildren.code()).isEqualTo("agreement.withdraw-has-children");
        assertThat(withChildren.getMessage()).contains("AG-3").contains("withdraw AG-2 DRAFT instead");
        DomainException noReason = refusalOf(() -> OneAgreementPerRound.withdrawal(one, List.of(one, two), List.of(), ADMIN, "  ", day(5)));
        assertThat(noReason.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(noReason.code()).isEqualTo("agreement.withdraw-needs-reason");
    }

    @Test
    void a_withdrawn_signed_agreement_leaves_what_it_held_in_its_event() {
        Agreement closed = anAgreement().id("AG-1").in(AgreementStatus.CLOSED);
        Agreement evaluated = anAgreement().id("AG-2").in(AgreementStatus.EVALUATED);

        DomainEvent event = OneAgreementPerRound.withdrawal(evaluated, List.of(closed, evaluated), List.of(), ADMIN, "entered twice",
                day(200));

        assertThat(event.version()).isEqualTo(evaluated.version());
        assertThat(event.at()).isEqualTo(day(200));
        assertThat(event.before()).containsEntry("status", "EVALUATED").containsEntry("revision", "1")
                .containsEntry("appraisee", APPRAISEE.value()).containsEntry("evaluator", EVALUATOR.value())
                .containsEntry("signatures", "APPRAISEE:" + APPRAISEE + ", EVALUATOR:" + EVALUATOR)
                .containsEntry("results", "1: percent=80 | 2: percent=80")
                .containsKeys("items", "evaluation");
        assertThat(event.before().get("items")).contains("IND-1@v1 weight 60.00").contains("IND-2@v1 weight 40.00");
    }

    // ---------------------------------------------------------------- replacing a draft's items

    @Test
    void a_draft_takes_the_wanted_items_keeping_the_result_of_an_item_that_stays() {
        Agreement a = anAgreement().in(AgreementStatus.AGREED);
        a.recordResult(new ItemId("1"), measured("70"), List.of(), APPRAISEE, day(40));
        a.amend(EVALUATOR, "new plan", day(50));
        a.clearPendingEvents();
        Item adjusted = item("1", "IND-1", "30").withTargetAdjustments(Map.of(5,
                new Threshold("percent", Comparator.AT_LEAST, new BigDecimal("95"))), "harder");
        Item added = item("9", "IND-9", "70");

        boolean changed = DraftReplacement.apply(a, List.of(adjusted, added), EVALUATOR, day(51));

        assertThat(changed).isTrue();
        assertThat(a.items()).containsExactly(adjusted, added);
        assertThat(a.result(new ItemId("1"))).isPresent();
        assertThat(a.pendingEvents()).extracting(DomainEvent::type).containsExactly("agreement.item-removed",
                "agreement.item-weight-changed", "agreement.item-targets-adjusted", "agreement.item-added");
    }

    @Test
    void an_item_on_another_indicator_version_is_replaced_and_the_same_items_change_nothing() {
        Agreement a = anAgreement().draft();
        a.clearPendingEvents();
        List<Item> same = a.items();

        assertThat(DraftReplacement.apply(a, same, EVALUATOR, day(1))).isFalse();
        assertThat(a.pendingEvents()).isEmpty();

        Item one = a.items().get(0);
        Item two = a.items().get(1);
        Item newer = new Item(one.id(), one.section(), new IndicatorRef("IND-1", 2), one.weight(), one.responsibleUnit(), Optional.empty(),
                ImmutableMap.of(), "");
        DraftReplacement.apply(a, List.of(newer, two), EVALUATOR, day(2));

        assertThat(a.items()).as("a kept item keeps its place, an added one comes after").containsExactly(two, newer);
        assertThat(a.pendingEvents()).extracting(DomainEvent::type).containsExactly("agreement.item-removed", "agreement.item-added");
    }

    @Test
    void a_signed_agreement_s_items_are_not_replaced_in_place() {
        Agreement a = anAgreement().in(AgreementStatus.AGREED);

        DomainException refusal = refusalOf(() -> DraftReplacement.apply(a, List.of(item("1", "IND-1", "100")), EVALUATOR, day(60)));

        assertThat(refusal.code()).isEqualTo("agreement.illegal-transition");
        assertThat(a.items()).hasSize(2);
    }
}
