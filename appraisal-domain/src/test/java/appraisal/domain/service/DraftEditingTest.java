package appraisal.domain.service;

import static appraisal.domain.seed.BuriramDistricts.PROVINCIAL;
import static appraisal.domain.seed.BuriramDistricts.head;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.criterion.Targets;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.ChangeWeightsCommand;
import appraisal.domain.port.in.agreement.LinkItemCommand;
import appraisal.domain.port.in.agreement.RetargetCommand;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.seed.BuriramDistricts;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A district head's draft edited on its form: targets adjusted by value with a reason, items linked to the province's. */
class DraftEditingTest {

    private final InMemorySystem system = new InMemorySystem();
    private final ItemId t1 = new ItemId("T1");
    private AgreementId provincial;
    private AgreementId district;

    @BeforeEach
    void broadcast() {
        BuriramDistricts.setUp(system, 2);
        provincial = BuriramDistricts.provincialDraft(system);
        district = system.cascades.broadcast(BroadcastCascadeCommand.toEveryOffice(BuriramRound2565.round().id(),
                BuriramDistricts.PROVINCE, BuriramDistricts.teamTemplate(), PROVINCIAL)).entries().get(0).agreement();
    }

    private RetargetCommand t1Level3(String value, String reason) {
        return new RetargetCommand(AgreementChange.of(district, head(1)), t1, ImmutableMap.of(3, ImmutableList.of(value)), reason);
    }

    @Test
    void a_lower_level_3_target_becomes_a_local_adjustment_with_its_reason_and_withdraws_a_signature() {
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(district, head(1))));

        system.agreements.retarget(t1Level3("85", "อำเภอได้รับจัดสรรงบประมาณล่าช้า"));

        Agreement a = system.agreements.show(district);
        assertThat(a.findItem(t1).orElseThrow().targetAdjustments()).containsOnlyKeys(3);
        assertThat(Targets.of(a.findItem(t1).orElseThrow().targetAdjustments().get(3))).extracting(Targets.Target::value)
                .containsExactly("85");
        assertThat(a.findItem(t1).orElseThrow().adjustmentReason()).isEqualTo("อำเภอได้รับจัดสรรงบประมาณล่าช้า");
        assertThat(a.signatures()).isEmpty();
        assertThat(system.agreements.history(district)).last().satisfies(e -> assertThat(e.type()).isEqualTo("agreement.item-targets-adjusted"));
    }

    @Test
    void giving_back_the_indicators_own_target_removes_the_adjustment() {
        system.agreements.retarget(t1Level3("85", "เหตุผล"));

        system.agreements.retarget(t1Level3("90", ""));

        assertThat(system.agreements.show(district).findItem(t1).orElseThrow().targetAdjustments()).isEmpty();
    }

    @Test
    void an_adjustment_without_a_reason_or_a_change_without_a_difference_is_refused_and_changes_nothing() {
        long version = system.agreements.show(district).version();

        assertThatThrownBy(() -> system.agreements.retarget(t1Level3("85", " ")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.adjustment-needs-reason"));
        assertThatThrownBy(() -> system.agreements.retarget(t1Level3("90", "")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.targets-unchanged"));
        assertThatThrownBy(() -> system.agreements.retarget(t1Level3("เก้าสิบ", "เหตุผล")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("targets.not-a-number");
                    assertThat(e.location()).isEqualTo("levels/3/0");
                });
        assertThat(system.agreements.show(district).version()).isEqualTo(version);
    }

    @Test
    void weights_change_together_or_not_at_all_and_a_bad_one_is_named() {
        ItemId t2 = new ItemId("T2");
        system.agreements.changeWeights(new ChangeWeightsCommand(AgreementChange.of(district, head(1)),
                ImmutableMap.of(t1, new BigDecimal("20"), t2, new BigDecimal("10"))));
        Agreement a = system.agreements.show(district);
        assertThat(a.findItem(t1).orElseThrow().weight()).isEqualByComparingTo("20");
        assertThat(a.totalWeight()).isEqualByComparingTo("100");

        assertThatThrownBy(() -> system.agreements.changeWeights(new ChangeWeightsCommand(AgreementChange.of(district, head(1)),
                ImmutableMap.of(t1, new BigDecimal("25"), t2, BigDecimal.ZERO))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("agreement.weight-not-positive");
                    assertThat(e.location()).isEqualTo("weights/T2");
                });
        assertThat(system.agreements.show(district).findItem(t1).orElseThrow().weight()).isEqualByComparingTo("20");
        assertThatThrownBy(() -> system.agreements.changeWeights(new ChangeWeightsCommand(AgreementChange.of(district, head(1)),
                ImmutableMap.of(t1, new BigDecimal("20.00")))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.weights-unchanged"));
    }

    @Test
    void an_item_links_to_the_evaluators_own_agreement_and_not_to_another() {
        system.agreements.linkItem(new LinkItemCommand(AgreementChange.of(district, PROVINCIAL), t1,
                Optional.of(new ItemRef(provincial, new ItemId("T2")))));
        assertThat(system.agreements.show(district).findItem(t1).orElseThrow().parent()).contains(new ItemRef(provincial, new ItemId("T2")));

        AgreementId otherDistrict = system.agreements.inRound(BuriramRound2565.round().id()).stream()
                .filter(a -> a.appraisee().equals(head(2))).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> system.agreements.linkItem(new LinkItemCommand(AgreementChange.of(district, PROVINCIAL), t1,
                Optional.of(new ItemRef(otherDistrict, t1)))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("agreement.parent-not-evaluators");
                    assertThat(e.location()).isEqualTo("parent");
                });
        assertThatThrownBy(() -> system.agreements.linkItem(new LinkItemCommand(AgreementChange.of(district, PROVINCIAL), t1,
                Optional.of(new ItemRef(provincial, new ItemId("P4"))))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("cascade.unknown-parent-item"));

        system.agreements.linkItem(new LinkItemCommand(AgreementChange.of(district, head(1)), t1, Optional.empty()));
        assertThat(system.agreements.show(district).findItem(t1).orElseThrow().parent()).isEmpty();
        assertThat(system.agreements.history(district)).last().satisfies(e -> assertThat(e.type()).isEqualTo("agreement.item-parent-set"));
    }
}
