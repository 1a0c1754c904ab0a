package appraisal.domain.service;

import static appraisal.domain.seed.BuriramDistricts.ADMIN;
import static appraisal.domain.seed.BuriramDistricts.DIRECTOR;
import static appraisal.domain.seed.BuriramDistricts.PROVINCIAL;
import static appraisal.domain.seed.BuriramDistricts.head;
import static appraisal.domain.seed.BuriramDistricts.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.CopiedAgreement;
import appraisal.domain.port.in.agreement.CopyAgreementCommand;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.RetargetCommand;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.seed.BuriramDistricts;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A district head starts round 1 of 2566 from their agreement of round 2 of 2565. */
class CopyAgreementTest {

    private static final RoundId NEXT = new RoundId("2566-1");

    private final InMemorySystem system = new InMemorySystem();
    private AgreementId last;

    @BeforeEach
    void lastRound() {
        BuriramDistricts.setUp(system, 2);
        last = system.cascades.broadcast(BroadcastCascadeCommand.toEveryOffice(BuriramRound2565.round().id(), BuriramDistricts.PROVINCE,
                BuriramDistricts.teamTemplate(), PROVINCIAL)).entries().get(0).agreement();
        system.agreements.retarget(new RetargetCommand(AgreementChange.of(last, head(1)), new ItemId("T1"),
                ImmutableMap.of(3, ImmutableList.of("85")), "งบประมาณล่าช้า"));
        BuriramDistricts.signByBoth(system, last, head(1), PROVINCIAL);
        system.roundService.open(new OpenRoundCommand(Round.open(new FiscalYear(2566), 1, ImmutableList.of(), ScoringScheme.standard()),
                ADMIN));
    }

    @Test
    void the_copy_is_a_draft_with_the_same_items_weights_targets_and_context_and_no_signatures() {
        CopiedAgreement copied = system.copies.copy(new CopyAgreementCommand(head(1), NEXT, head(1)));

        Agreement before = system.agreements.show(last);
        Agreement copy = system.agreements.show(copied.draft());
        assertThat(copied.source()).isEqualTo(last);
        assertThat(copied.adjustmentsLeftOut()).isEmpty();
        assertThat(copy.round()).isEqualTo(NEXT);
        assertThat(copy.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(copy.signatures()).isEmpty();
        assertThat(copy.appraisee()).isEqualTo(head(1));
        assertThat(copy.evaluator()).isEqualTo(PROVINCIAL);
        assertThat(copy.items()).isEqualTo(before.items());
        assertThat(copy.context()).isEqualTo(before.context());
        assertThat(system.agreements.history(copy.id())).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("agreement.drafted");
            assertThat(e.actor()).isEqualTo(head(1));
        });
    }

    @Test
    void items_link_to_the_evaluators_agreement_in_the_new_round_by_indicator_code() {
        AgreementId provincial = system.agreements.draft(new DraftAgreementCommand(NEXT, PROVINCIAL, DIRECTOR, Optional.empty(),
                Facts.NONE, BuriramDistricts.teamTemplate(), DIRECTOR));

        Agreement copy = system.agreements.show(system.copies.copy(new CopyAgreementCommand(head(1), NEXT, PROVINCIAL)).draft());

        assertThat(copy.parent()).contains(provincial);
        assertThat(copy.findItem(new ItemId("T4")).orElseThrow().parent()).contains(new ItemRef(provincial, new ItemId("T4")));
    }

    @Test
    void a_second_copy_someone_elses_copy_and_a_copy_with_nothing_before_are_refused() {
        system.copies.copy(new CopyAgreementCommand(head(1), NEXT, head(1)));
        int agreements = system.agreements.inRound(NEXT).size();

        assertThatThrownBy(() -> system.copies.copy(new CopyAgreementCommand(head(1), NEXT, PROVINCIAL)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.already-exists"));
        assertThatThrownBy(() -> system.copies.copy(new CopyAgreementCommand(head(2), NEXT, head(1))))
                .as("a head of another district is no party to it").isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("authority.not-allowed");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                });
        assertThatThrownBy(() -> system.copies.copy(new CopyAgreementCommand(staff(1, 1), NEXT, head(1))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("agreement.nothing-to-copy");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                });
        assertThat(system.agreements.inRound(NEXT)).hasSize(agreements);
    }

    @Test
    void an_indicator_with_a_newer_version_is_copied_at_it_and_its_old_local_targets_are_left_out() {
        var tree = BuriramRound2565.teamTree();
        var t1 = (appraisal.domain.model.criterion.Node.Obj) ((appraisal.domain.model.criterion.Node.Arr) tree.fields().get("indicators"))
                .items().get(0);
        var fields = new java.util.LinkedHashMap<>(t1.fields());
        fields.put("title", appraisal.domain.model.criterion.Node.text("ร้อยละของการเบิกจ่ายงบประมาณ ๒๕๖๖"));
        var indicators = new java.util.ArrayList<>(((appraisal.domain.model.criterion.Node.Arr) tree.fields().get("indicators")).items());
        indicators.set(0, new appraisal.domain.model.criterion.Node.Obj(ImmutableMap.copyOf(fields)));
        var root = new java.util.LinkedHashMap<>(tree.fields());
        root.put("indicators", appraisal.domain.model.criterion.Node.arr(indicators));
        system.rubrics.importRubric(new appraisal.domain.port.in.rubric.ImportRubricCommand(
                new appraisal.domain.model.criterion.Node.Obj(ImmutableMap.copyOf(root)), ADMIN));

        CopiedAgreement copied = system.copies.copy(new CopyAgreementCommand(head(1), NEXT, head(1)));

        Agreement copy = system.agreements.show(copied.draft());
        assertThat(copied.adjustmentsLeftOut()).containsExactly("T1");
        assertThat(copy.findItem(new ItemId("T1")).orElseThrow().indicator().version()).isEqualTo(2);
        assertThat(copy.findItem(new ItemId("T1")).orElseThrow().targetAdjustments()).isEmpty();
        assertThat(copy.findItem(new ItemId("T1")).orElseThrow().weight()).isEqualByComparingTo(new BigDecimal("15"));
        assertThat(copy.findItem(new ItemId("T2")).orElseThrow().section()).isEqualTo(Section.TEAM);
        assertThat(copy.context().get("office.headcount")).contains(FactValue.of(BigDecimal.valueOf(1 + BuriramDistricts.staffCount(1))));
    }
}
