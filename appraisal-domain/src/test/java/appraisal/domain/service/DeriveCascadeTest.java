package appraisal.domain.service;

import static appraisal.domain.seed.BuriramDistricts.ADMIN;
import static appraisal.domain.seed.BuriramDistricts.PROVINCE;
import static appraisal.domain.seed.BuriramDistricts.district;
import static appraisal.domain.seed.BuriramDistricts.head;
import static appraisal.domain.seed.BuriramDistricts.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CarriedItem;
import appraisal.domain.model.cascade.CascadeAnalysis;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.cascade.OwnIndicator;
import appraisal.domain.model.cascade.ParentItemLoad;
import appraisal.domain.model.cascade.PersonLoad;
import appraisal.domain.model.cascade.Portion;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.AmendAgreementCommand;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.CascadeReport;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveResult;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.seed.BuriramDistricts;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The province broadcasts to its 23 districts; the head of district 1 (three staff) derives their
 * agreements from the one they got, leaving T8 to nobody.
 */
class DeriveCascadeTest {

    private static final RoundId ROUND = BuriramRound2565.round().id();

    private final InMemorySystem system = new InMemorySystem();
    private final CountingAgreementRepository counted = new CountingAgreementRepository(system.agreementStore);
    private final CascadeService cascades = new CascadeService(counted, system.indicators, system.units, system.people,
            system.rounds, system.audit, system.unitOfWork, system.ids, system.clock);

    private AgreementId provincial;
    private AgreementId districtOne;

    @BeforeEach
    void theProvinceHasBroadcastToItsDistricts() {
        BuriramDistricts.setUp(system, 23);
        provincial = BuriramDistricts.provincialDraft(system);
        system.cascades.broadcast(new BroadcastCascadeCommand(ROUND, PROVINCE, ImmutableSet.of(), BuriramDistricts.teamTemplate(),
                Optional.of(provincial), ImmutableMap.of(), Actor.administrator(ADMIN)));
        districtOne = system.agreements.ofAppraisee(ROUND, head(1)).get(0).id();
    }

    private static CarriedItem carries(String item, Portion portion) {
        return new CarriedItem(new ItemId(item), portion);
    }

    private static Assignment assign(PersonId person, ImmutableList<CarriedItem> carries, OwnIndicator... own) {
        return new Assignment(person, carries, ImmutableList.copyOf(own));
    }

    /** Everything but T8, over the three staff of district 1; {@code t1} is staff 1's fixed weight on T1. */
    private static AssignmentPlan planWithoutT8(String t1) {
        return new AssignmentPlan(ImmutableList.of(
                // fixed 30 + 20 leaves 50 for two equal shares: 25 and 25
                assign(staff(1, 1), ImmutableList.of(carries("T1", Portion.weight(t1)), carries("T2", Portion.share("1")),
                        carries("T3", Portion.share("1"))), OwnIndicator.of("P7", Portion.weight("20"))),
                // shares 2:1:1 of 100: 50, 25, 25
                assign(staff(1, 2), ImmutableList.of(carries("T4", Portion.share("2")), carries("T5", Portion.share("1")),
                        carries("T6", Portion.share("1")))),
                // thirds of 100: 33.33 each and the last hundredth to the first listed (equal remainders): 33.34, 33.33, 33.33
                assign(staff(1, 3), ImmutableList.of(carries("T6", Portion.share("1")), carries("T7", Portion.share("1"))),
                        OwnIndicator.of("P4", Portion.share("1")))));
    }

    private DeriveResult derive(AssignmentPlan plan) {
        return cascades.derive(new DeriveCascadeCommand(districtOne, plan, head(1)));
    }

    private Agreement agreementOf(PersonId person) {
        return system.agreements.ofAppraisee(ROUND, person).get(0);
    }

    private static Map<String, String> weights(Agreement a) {
        Map<String, String> out = new LinkedHashMap<>();
        a.items().forEach(i -> out.put(i.id().value(), i.weight().toPlainString()));
        return out;
    }

    @Test
    void the_derive_is_recorded_with_each_person_their_agreement_the_outcome_and_the_weights() {
        DeriveResult result = derive(planWithoutT8("30"));

        List<AgreementId> ids = result.entries().stream().map(DeriveResult.Entry::agreement).toList();
        assertThat(system.audit.all()).filteredOn(e -> e.type().equals("cascade.derived")).singleElement()
                .satisfies(e -> assertThat(e.after().get("entries")).isEqualTo(
                        staff(1, 1).value() + " " + ids.get(0).value() + " DRAFTED T1=30.00,T2=25.00,T3=25.00,P7=20.00 | "
                                + staff(1, 2).value() + " " + ids.get(1).value() + " DRAFTED T4=50.00,T5=25.00,T6=25.00 | "
                                + staff(1, 3).value() + " " + ids.get(2).value() + " DRAFTED T6=33.34,T7=33.33,P4=33.33"));
    }

    @Test
    void a_plan_that_leaves_one_parent_item_to_nobody_is_reported_as_leaving_exactly_that_item_uncovered() {
        DeriveResult result = derive(planWithoutT8("30"));

        assertThat(result.entries()).extracting(DeriveResult.Entry::outcome).containsOnly(CascadeOutcome.DRAFTED);
        assertThat(counted.saveAllSizes).containsExactly(3);
        Agreement first = agreementOf(staff(1, 1));
        assertThat(first.evaluator()).isEqualTo(head(1));
        assertThat(first.parent()).contains(districtOne);
        assertThat(first.context().get("office.headcount")).contains(FactValue.of("4"));
        assertThat(weights(first)).containsExactly(Map.entry("T1", "30.00"), Map.entry("T2", "25.00"), Map.entry("T3", "25.00"),
                Map.entry("P7", "20.00"));
        assertThat(first.findItem(new ItemId("T1")).orElseThrow().parent()).contains(new ItemRef(districtOne, new ItemId("T1")));
        assertThat(first.findItem(new ItemId("P7")).orElseThrow().parent()).isEmpty();
        assertThat(first.findItem(new ItemId("P7")).orElseThrow().section()).isEqualTo(Section.INDIVIDUAL);
        assertThat(weights(agreementOf(staff(1, 2)))).containsExactly(Map.entry("T4", "50.00"), Map.entry("T5", "25.00"),
                Map.entry("T6", "25.00"));
        assertThat(weights(agreementOf(staff(1, 3)))).containsExactly(Map.entry("T6", "33.34"), Map.entry("T7", "33.33"),
                Map.entry("P4", "33.33"));

        CascadeReport report = system.cascadeReports.report(districtOne);

        CascadeAnalysis analysis = report.analysis().orElseThrow();
        assertThat(analysis.uncovered()).containsExactly(new ItemId("T8"));
        assertThat(analysis.orphans()).isEmpty();
        assertThat(report.withoutAgreement()).isEmpty();
        assertThat(report.office()).isEqualTo(district(1));
        assertThat(analysis.people()).extracting(PersonLoad::person, l -> l.carried().toPlainString(), l -> l.own().toPlainString())
                .containsExactly(
                        tuple(staff(1, 1), "80.00", "20.00"),
                        tuple(staff(1, 2), "100.00", "0.00"),
                        tuple(staff(1, 3), "66.67", "33.33"));
        ParentItemLoad t6 = analysis.items().get(5);
        assertThat(t6.item()).isEqualTo(new ItemId("T6"));
        assertThat(t6.carriers()).containsExactly(staff(1, 2), staff(1, 3));
        assertThat(t6.carriedWeight()).isEqualByComparingTo("58.34");
        assertThat(analysis.items().get(7).carriers()).isEmpty();

        // The same report, asked for by unit and round.
        assertThat(system.cascadeReports.report(ROUND, district(1)).analysis()).contains(analysis);
    }

    @Test
    void the_province_sees_its_own_cascade_as_fully_covered_by_the_district_heads() {
        CascadeReport report = system.cascadeReports.report(provincial);

        assertThat(report.analysis().orElseThrow().uncovered()).isEmpty();
        assertThat(report.analysis().orElseThrow().people()).hasSize(23)
                .allSatisfy(l -> assertThat(l.carried()).isEqualByComparingTo("100"));
        assertThat(report.analysis().orElseThrow().items().get(0).carriers()).hasSize(23);
        // The strategy work group's officer is in the province office and has no agreement yet.
        assertThat(report.withoutAgreement()).extracting(p -> p.id().value()).containsExactly("BRM-STR-01");
    }

    @Test
    void people_of_the_office_left_out_of_the_plan_are_reported_without_an_agreement() {
        derive(new AssignmentPlan(ImmutableList.of(planWithoutT8("30").assignments().get(0))));

        CascadeReport report = system.cascadeReports.report(ROUND, district(1));

        assertThat(report.withoutAgreement()).extracting(p -> p.id()).containsExactly(staff(1, 2), staff(1, 3));
        assertThat(report.analysis().orElseThrow().uncovered()).extracting(ItemId::value).containsExactly("T4", "T5", "T6", "T7", "T8");
    }

    @Test
    void running_the_same_plan_again_leaves_every_agreement_as_it_is() {
        DeriveResult first = derive(planWithoutT8("30"));
        int events = system.audit.all().size();
        long version = agreementOf(staff(1, 1)).version();

        DeriveResult again = derive(planWithoutT8("30"));

        assertThat(again.entries()).extracting(DeriveResult.Entry::outcome).containsOnly(CascadeOutcome.UNCHANGED);
        assertThat(again.entries()).extracting(DeriveResult.Entry::agreement)
                .containsExactlyElementsOf(first.entries().stream().map(DeriveResult.Entry::agreement).toList());
        assertThat(system.agreementStore.children(districtOne)).hasSize(3);
        assertThat(system.audit.all()).hasSize(events);
        assertThat(counted.saveAllSizes).containsExactly(3);
        assertThat(agreementOf(staff(1, 1)).version()).isEqualTo(version);
    }

    @Test
    void a_changed_plan_updates_a_draft_in_place_and_leaves_the_others_alone() {
        DeriveResult first = derive(planWithoutT8("30"));

        DeriveResult changed = derive(planWithoutT8("40"));

        assertThat(changed.entries()).extracting(DeriveResult.Entry::outcome)
                .containsExactly(CascadeOutcome.UPDATED, CascadeOutcome.UNCHANGED, CascadeOutcome.UNCHANGED);
        Agreement updated = agreementOf(staff(1, 1));
        assertThat(updated.id()).isEqualTo(first.entries().get(0).agreement());
        // 40 + 20 fixed leave 40 for two equal shares.
        assertThat(weights(updated)).containsExactly(Map.entry("T1", "40.00"), Map.entry("T2", "20.00"), Map.entry("T3", "20.00"),
                Map.entry("P7", "20.00"));
        assertThat(counted.saveAllSizes).containsExactly(3, 1);
        assertThat(system.agreements.history(updated.id())).extracting(e -> e.type())
                .containsExactly("agreement.drafted", "agreement.item-weight-changed", "agreement.item-weight-changed",
                        "agreement.item-weight-changed");
        assertThat(system.audit.all()).filteredOn(e -> e.type().equals("cascade.derived")).hasSize(2)
                .last().satisfies(e -> assertThat(e.after().get("entries")).contains("BRM-D01-01 " + updated.id() + " UPDATED"));
    }

    @Test
    void a_plan_that_drops_an_item_and_adds_another_replaces_them_in_the_draft() {
        derive(planWithoutT8("30"));
        AssignmentPlan swapped = new AssignmentPlan(ImmutableList.of(
                assign(staff(1, 1), ImmutableList.of(carries("T1", Portion.weight("30")), carries("T8", Portion.share("1")),
                        carries("T3", Portion.share("1"))), OwnIndicator.of("P7", Portion.weight("20")))));

        derive(swapped);

        Agreement updated = agreementOf(staff(1, 1));
        assertThat(weights(updated)).containsOnly(Map.entry("T1", "30.00"), Map.entry("T3", "25.00"), Map.entry("P7", "20.00"),
                Map.entry("T8", "25.00"));
        assertThat(updated.findItem(new ItemId("T8")).orElseThrow().parent()).contains(new ItemRef(districtOne, new ItemId("T8")));
    }

    @Test
    void after_signing_a_changed_plan_is_refused_as_needing_an_amendment_and_nothing_is_saved() {
        derive(planWithoutT8("30"));
        AgreementId signed = agreementOf(staff(1, 1)).id();
        BuriramDistricts.signByBoth(system, signed, staff(1, 1), head(1));
        int events = system.audit.all().size();

        assertThatThrownBy(() -> derive(planWithoutT8("40")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("cascade.amendment-needed");
                    assertThat(e.getMessage()).contains(signed.value()).contains("AGREED").contains("T1 weight 30.00 → 40.00");
                });
        assertThat(weights(agreementOf(staff(1, 1)))).containsEntry("T1", "30.00");
        assertThat(system.audit.all()).hasSize(events);
        assertThat(counted.saveAllSizes).containsExactly(3);

        // The same plan as signed is still fine: nothing to change.
        assertThat(derive(planWithoutT8("30")).entries().get(0).outcome()).isEqualTo(CascadeOutcome.UNCHANGED);

        // Once amended (a new revision in DRAFT), the cascade updates it.
        system.agreements.amend(new AmendAgreementCommand(AgreementChange.of(signed, head(1)), "งบประมาณ T1 เพิ่มขึ้น"));
        assertThat(derive(planWithoutT8("40")).entries().get(0).outcome()).isEqualTo(CascadeOutcome.UPDATED);
        assertThat(agreementOf(staff(1, 1)).revision()).isEqualTo(2);
        assertThat(weights(agreementOf(staff(1, 1)))).containsEntry("T1", "40.00");
    }

    @Test
    void one_signature_is_enough_to_refuse_a_change_in_place() {
        derive(planWithoutT8("30"));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(agreementOf(staff(1, 1)).id(), staff(1, 1))));

        assertThatThrownBy(() -> derive(planWithoutT8("40")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("cascade.amendment-needed");
                    assertThat(e.getMessage()).contains("signed by BRM-D01-01");
                });
    }

    @Test
    void someone_who_already_has_an_agreement_from_elsewhere_is_skipped_and_reported() {
        AgreementId own = system.agreements.draft(new DraftAgreementCommand(ROUND, staff(1, 2), head(1), Optional.empty(),
                Facts.NONE, ImmutableList.of(ItemDraft.of("P7", Section.INDIVIDUAL, new BigDecimal("100"))), Actor.administrator(ADMIN)));

        DeriveResult result = derive(planWithoutT8("30"));

        assertThat(result.entries()).extracting(DeriveResult.Entry::outcome)
                .containsExactly(CascadeOutcome.DRAFTED, CascadeOutcome.SKIPPED, CascadeOutcome.DRAFTED);
        assertThat(result.entries().get(1).agreement()).isEqualTo(own);
        assertThat(system.agreements.show(own).items()).singleElement().satisfies(i -> assertThat(i.id().value()).isEqualTo("P7"));
    }

    @Test
    void a_person_who_does_not_report_to_the_head_is_refused() {
        AssignmentPlan plan = new AssignmentPlan(ImmutableList.of(
                assign(staff(2, 1), ImmutableList.of(carries("T1", Portion.share("1"))))));

        assertThatThrownBy(() -> derive(plan)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("cascade.not-a-subordinate");
            assertThat(e.getMessage()).contains("BRM-D02-00");
        });
        assertThat(system.agreementStore.children(districtOne)).isEmpty();
    }

    @Test
    void carrying_an_item_the_head_does_not_have_is_refused() {
        AssignmentPlan plan = new AssignmentPlan(ImmutableList.of(
                assign(staff(1, 1), ImmutableList.of(carries("T9", Portion.share("1"))))));

        assertThatThrownBy(() -> derive(plan)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("cascade.unknown-parent-item"));
    }

    @Test
    void an_own_indicator_that_is_also_carried_is_refused() {
        AssignmentPlan plan = new AssignmentPlan(ImmutableList.of(
                assign(staff(1, 1), ImmutableList.of(carries("T1", Portion.share("1"))), OwnIndicator.of("T1", Portion.share("1")))));

        assertThatThrownBy(() -> derive(plan)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("cascade.duplicate-indicator"));
    }

    @Test
    void weights_that_cannot_make_100_are_refused_with_the_person_named() {
        AssignmentPlan plan = new AssignmentPlan(ImmutableList.of(
                assign(staff(1, 1), ImmutableList.of(carries("T1", Portion.weight("60")), carries("T2", Portion.weight("30"))))));

        assertThatThrownBy(() -> derive(plan)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("cascade.weights-not-100");
            assertThat(e.getMessage()).contains("BRM-D01-01").contains("90.00");
        });
    }
}
