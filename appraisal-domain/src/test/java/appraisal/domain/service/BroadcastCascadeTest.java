package appraisal.domain.service;

import static appraisal.domain.seed.BuriramDistricts.ADMIN;
import static appraisal.domain.seed.BuriramDistricts.PROVINCE;
import static appraisal.domain.seed.BuriramDistricts.PROVINCIAL;
import static appraisal.domain.seed.BuriramDistricts.district;
import static appraisal.domain.seed.BuriramDistricts.head;
import static appraisal.domain.seed.BuriramDistricts.staffCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.BroadcastResult;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.seed.BuriramDistricts;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The province broadcasts its team indicators to the heads of its 23 districts. */
class BroadcastCascadeTest {

    private static final RoundId ROUND = BuriramRound2565.round().id();

    private final InMemorySystem system = new InMemorySystem();
    private final CountingAgreementRepository counted = new CountingAgreementRepository(system.agreementStore);
    private final CascadeService cascades = new CascadeService(counted, system.indicators, system.units, system.people,
            system.rounds, system.audit, system.unitOfWork, system.ids, system.clock);

    private BroadcastCascadeCommand toEveryDistrict(Optional<AgreementId> parent) {
        return new BroadcastCascadeCommand(ROUND, PROVINCE, ImmutableSet.of(), BuriramDistricts.teamTemplate(), parent,
                ImmutableMap.of(), Actor.administrator(ADMIN));
    }

    @Test
    void the_province_drafts_one_agreement_per_district_head_in_one_unit_of_work_with_one_bulk_save() {
        BuriramDistricts.setUp(system, 23);
        AgreementId provincial = BuriramDistricts.provincialDraft(system);
        int transactionsBefore = system.unitOfWork.transactions();
        int eventsBefore = system.audit.all().size();

        BroadcastResult result = cascades.broadcast(toEveryDistrict(Optional.of(provincial)));

        assertThat(system.unitOfWork.transactions()).isEqualTo(transactionsBefore + 1);
        assertThat(counted.saveAllSizes).containsExactly(23);
        assertThat(counted.singleSaves).isZero();
        assertThat(result.evaluator()).isEqualTo(PROVINCIAL);
        assertThat(result.unlinked()).isEmpty();
        // The work group BRM-STR is inside the province office, not a district: it gets nothing.
        assertThat(result.entries()).extracting(BroadcastResult.Entry::office)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 23).mapToObj(BuriramDistricts::district).toList());
        assertThat(result.entries()).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(CascadeOutcome.DRAFTED));

        for (int n = 1; n <= 23; n++) {
            int district = n;
            BroadcastResult.Entry entry = result.entries().get(n - 1);
            assertThat(entry.head()).isEqualTo(head(n));
            assertThat(entry.headcount()).isEqualTo(1 + staffCount(n));
            Agreement a = system.agreements.show(entry.agreement());
            assertThat(a.status()).isEqualTo(AgreementStatus.DRAFT);
            assertThat(a.appraisee()).isEqualTo(head(n));
            assertThat(a.evaluator()).isEqualTo(PROVINCIAL);
            assertThat(a.parent()).contains(provincial);
            assertThat(a.context().get("office.headcount")).contains(FactValue.of(BigDecimal.valueOf(1 + staffCount(district))));
            assertThat(a.items()).extracting(i -> i.id().value()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8");
            assertThat(a.items()).allSatisfy(i -> assertThat(i.parent()).contains(new ItemRef(provincial, i.id())));
            assertThat(a.totalWeight()).isEqualByComparingTo("100.00");
        }
        List<DomainEvent> events = system.audit.all().subList(eventsBefore, system.audit.all().size());
        assertThat(events).filteredOn(e -> e.type().equals("agreement.drafted")).hasSize(23);
        assertThat(events).filteredOn(e -> e.type().equals("cascade.broadcast")).singleElement().satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("cascade");
            assertThat(e.aggregateId()).isEqualTo("2565-2/BRM");
            assertThat(e.actor()).isEqualTo(ADMIN);
            assertThat(e.after()).containsEntry("parent", provincial.value()).containsEntry("evaluator", PROVINCIAL.value());
        });
    }

    @Test
    void broadcasting_again_skips_every_head_who_already_has_an_agreement_and_changes_nothing() {
        BuriramDistricts.setUp(system, 23);
        BroadcastResult first = cascades.broadcast(toEveryDistrict(Optional.empty()));
        int eventsBefore = system.audit.all().size();

        BroadcastResult again = cascades.broadcast(toEveryDistrict(Optional.empty()));

        assertThat(again.with(CascadeOutcome.SKIPPED)).hasSize(23);
        assertThat(again.entries()).extracting(BroadcastResult.Entry::agreement)
                .containsExactlyElementsOf(first.entries().stream().map(BroadcastResult.Entry::agreement).toList());
        assertThat(system.agreementStore.inRound(ROUND)).hasSize(23);
        assertThat(system.audit.all()).hasSize(eventsBefore);
        assertThat(counted.saveAllSizes).containsExactly(23);
    }

    @Test
    void a_district_opened_later_is_drafted_on_the_next_run_and_the_others_are_skipped() {
        BuriramDistricts.setUp(system, 23);
        cascades.broadcast(toEveryDistrict(Optional.empty()));
        OrgUnitId newDistrict = new OrgUnitId("BRM-D24");
        system.org.importOrg(new ImportOrgCommand(
                ImmutableList.of(new OrgUnit(newDistrict, "สำนักงานพัฒนาชุมชนอำเภอใหม่", OrgUnitKind.DISTRICT, Optional.of(PROVINCE))),
                ImmutableList.of(new Person(new PersonId("BRM-D24-00"), "พัฒนาการอำเภอใหม่", "พัฒนาการอำเภอ", PositionLevel.D1,
                        newDistrict, Optional.of(PROVINCIAL), false)), ADMIN));

        BroadcastResult again = cascades.broadcast(toEveryDistrict(Optional.empty()));

        assertThat(again.with(CascadeOutcome.DRAFTED)).singleElement().satisfies(e -> {
            assertThat(e.office()).isEqualTo(newDistrict);
            assertThat(e.headcount()).isEqualTo(1);
        });
        assertThat(again.with(CascadeOutcome.SKIPPED)).hasSize(23);
        assertThat(counted.saveAllSizes).containsExactly(23, 1);
    }

    @Test
    void a_chosen_subset_of_districts_gets_the_template_with_its_own_facts_over_the_headcount() {
        BuriramDistricts.setUp(system, 5);
        Facts defaulted = Facts.of("kkj.defaulted_loans_exist", FactValue.flag(true));

        BroadcastResult result = cascades.broadcast(new BroadcastCascadeCommand(ROUND, PROVINCE,
                ImmutableSet.of(district(4), district(2)), BuriramDistricts.teamTemplate(), Optional.empty(),
                ImmutableMap.of(district(4), defaulted), Actor.administrator(ADMIN)));

        assertThat(result.entries()).extracting(BroadcastResult.Entry::office).containsExactly(district(2), district(4));
        Agreement fourth = system.agreements.show(result.entries().get(1).agreement());
        assertThat(fourth.context().values()).containsOnlyKeys("office.headcount", "kkj.defaulted_loans_exist");
        assertThat(fourth.context().get("office.headcount")).contains(FactValue.of("3"));
        assertThat(fourth.items()).allSatisfy(i -> assertThat(i.parent()).isEmpty());
    }

    @Test
    void facts_for_an_office_the_broadcast_does_not_reach_are_refused_rather_than_ignored() {
        BuriramDistricts.setUp(system, 3);

        assertThatThrownBy(() -> cascades.broadcast(new BroadcastCascadeCommand(ROUND, PROVINCE, ImmutableSet.of(district(1)),
                BuriramDistricts.teamTemplate(), Optional.empty(), ImmutableMap.of(district(3), Facts.NONE), Actor.administrator(ADMIN))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("cascade.facts-for-another-office");
                    assertThat(e.getMessage()).contains("BRM-D03");
                });
        assertThat(system.agreementStore.inRound(ROUND)).isEmpty();
    }

    @Test
    void a_unit_that_is_not_directly_under_the_province_is_refused() {
        BuriramDistricts.setUp(system, 2);

        assertThatThrownBy(() -> cascades.broadcast(new BroadcastCascadeCommand(ROUND, PROVINCE,
                ImmutableSet.of(new OrgUnitId("CDD")), BuriramDistricts.teamTemplate(), Optional.empty(), ImmutableMap.of(), Actor.administrator(ADMIN))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("cascade.not-a-child-unit"));
    }

    @Test
    void a_district_with_two_people_reporting_outside_it_has_no_single_head_and_nothing_is_drafted() {
        BuriramDistricts.setUp(system, 3);
        system.org.importOrg(new ImportOrgCommand(ImmutableList.of(), ImmutableList.of(new Person(new PersonId("BRM-D02-99"),
                "รักษาการพัฒนาการอำเภอ", "พัฒนาการอำเภอ", PositionLevel.D1, district(2), Optional.of(PROVINCIAL), false)), ADMIN));

        assertThatThrownBy(() -> cascades.broadcast(toEveryDistrict(Optional.empty())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.unit-with-several-heads");
                    assertThat(e.getMessage()).contains("BRM-D02-00").contains("BRM-D02-99");
                });
        assertThat(system.agreementStore.inRound(ROUND)).isEmpty();
        assertThat(counted.saveAllSizes).isEmpty();
    }

    @Test
    void a_district_nobody_works_in_has_no_head() {
        BuriramDistricts.setUp(system, 2);
        system.org.importOrg(new ImportOrgCommand(ImmutableList.of(new OrgUnit(new OrgUnitId("BRM-D03"), "อำเภอว่าง",
                OrgUnitKind.DISTRICT, Optional.of(PROVINCE))), ImmutableList.of(), ADMIN));

        assertThatThrownBy(() -> cascades.broadcast(toEveryDistrict(Optional.empty())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("org.unit-without-head");
                    assertThat(e.getMessage()).contains("BRM-D03").contains("nobody works there");
                });
        assertThat(system.agreementStore.inRound(ROUND)).isEmpty();
    }

    @Test
    void a_parent_agreement_that_is_not_the_provincial_heads_is_refused() {
        BuriramDistricts.setUp(system, 2);
        cascades.broadcast(toEveryDistrict(Optional.empty()));
        AgreementId districtOne = system.agreements.ofAppraisee(ROUND, head(1)).get(0).id();

        assertThatThrownBy(() -> cascades.broadcast(new BroadcastCascadeCommand(ROUND, PROVINCE, ImmutableSet.of(),
                BuriramDistricts.teamTemplate(), Optional.of(districtOne), ImmutableMap.of(), Actor.administrator(ADMIN))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("cascade.parent-not-of-head"));
    }

    @Test
    void template_indicators_the_parent_agreement_lacks_stay_unlinked_and_are_reported() {
        BuriramDistricts.setUp(system, 2);
        AgreementId provincial = BuriramDistricts.provincialDraft(system);
        ImmutableList<ItemDraft> template = ImmutableList.<ItemDraft>builder()
                .addAll(BuriramDistricts.teamTemplate().subList(0, 7))
                .add(ItemDraft.of("P7", Section.INDIVIDUAL, BigDecimal.TEN))
                .build();

        BroadcastResult result = cascades.broadcast(new BroadcastCascadeCommand(ROUND, PROVINCE, ImmutableSet.of(), template,
                Optional.of(provincial), ImmutableMap.of(), Actor.administrator(ADMIN)));

        assertThat(result.unlinked()).containsExactly("P7");
        Agreement first = system.agreements.show(result.entries().get(0).agreement());
        assertThat(first.findItem(new ItemId("P7")).flatMap(Item::parent)).isEmpty();
        assertThat(first.findItem(new ItemId("T7")).flatMap(Item::parent)).contains(new ItemRef(provincial, new ItemId("T7")));
    }
}
