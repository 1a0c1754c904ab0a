package appraisal.domain.service;

import static appraisal.domain.seed.BuriramDistricts.ADMIN;
import static appraisal.domain.seed.BuriramDistricts.PROVINCE;
import static appraisal.domain.seed.BuriramDistricts.PROVINCIAL;
import static appraisal.domain.seed.BuriramDistricts.DIRECTOR;
import static appraisal.domain.seed.BuriramDistricts.head;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.cascade.ChildItemResult;
import appraisal.domain.model.cascade.RolledUp;
import appraisal.domain.model.criterion.FactValue.Completion;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.BroadcastResult;
import appraisal.domain.port.in.cascade.RollUpReport;
import appraisal.domain.port.in.cascade.SetRollUpCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.seed.BuriramDistricts;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The province reads its own items from its five districts' results: T1 as the mean of their
 * levels, T2 as the lowest level, T3 done when every district sent its evidence, T6 as the sum of
 * households helped outside the menu; T7 has no rule and is only listed.
 */
class RollUpReportTest {

    private static final RoundId ROUND = BuriramRound2565.round().id();

    private final InMemorySystem system = new InMemorySystem();
    private AgreementId provincial;
    private List<AgreementId> districts;

    @BeforeEach
    void theProvinceAgreedWithItsDistrictsAndTheyReported() {
        BuriramDistricts.setUp(system, 5);
        provincial = BuriramDistricts.provincialDraft(system);
        rollUp("T1", RollUp.meanLevel());
        rollUp("T2", RollUp.minLevel());
        rollUp("T3", RollUp.allDone("transparency.evidence_sent"));
        rollUp("T6", RollUp.sum("poverty.off_menu_units"));
        BuriramDistricts.signByBoth(system, provincial, PROVINCIAL, DIRECTOR);
        BroadcastResult broadcast = system.cascades.broadcast(new BroadcastCascadeCommand(ROUND, PROVINCE, ImmutableSet.of(),
                BuriramDistricts.teamTemplate(), Optional.of(provincial), ImmutableMap.of(), Actor.administrator(ADMIN)));
        districts = broadcast.entries().stream().map(BroadcastResult.Entry::agreement).toList();
        for (int n = 1; n <= 5; n++) {
            BuriramDistricts.signByBoth(system, districts.get(n - 1), head(n), PROVINCIAL);
        }
        // T1: disbursed ≥ 80/85/90/95/100 %, each with the loan evidence sent.
        report(1, "T1", Map.of("budget.disbursed_pct", FactValue.of("92"), "budget.loan_evidence_complete", Completion.doneUndated()));
        report(2, "T1", Map.of("budget.disbursed_pct", FactValue.of("100"), "budget.loan_evidence_complete", Completion.doneUndated()));
        report(3, "T1", Map.of("budget.disbursed_pct", FactValue.of("86"), "budget.loan_evidence_complete", Completion.doneUndated()));
        report(4, "T1", Map.of("budget.disbursed_pct", FactValue.of("97")));  // evidence not reported: undecided
        // T2: plan achieved > 75/80/85/90/95 %.
        report(1, "T2", Map.of("plan.achieved_pct", FactValue.of("91")));
        report(2, "T2", Map.of("plan.achieved_pct", FactValue.of("96")));
        report(3, "T2", Map.of("plan.achieved_pct", FactValue.of("80")));
        report(4, "T2", Map.of("plan.achieved_pct", FactValue.of("88")));
        // T3: the evidence sent to the province (step 5).
        report(1, "T3", Map.of("transparency.evidence_sent", Completion.doneOn(LocalDate.of(2022, 8, 20))));
        report(2, "T3", Map.of("transparency.evidence_sent", Completion.doneOn(LocalDate.of(2022, 8, 28))));
        report(3, "T3", Map.of("transparency.evidence_sent", Completion.doneOn(LocalDate.of(2022, 9, 1))));
        report(4, "T3", Map.of("transparency.evidence_sent", Completion.doneOn(LocalDate.of(2022, 8, 15))));
        // T6: households and people helped outside the poverty menu.
        report(1, "T6", Map.of("poverty.off_menu_units", FactValue.of("12")));
        report(2, "T6", Map.of("poverty.off_menu_units", FactValue.of("30")));
        report(3, "T6", Map.of("poverty.off_menu_units", FactValue.of("7")));
        report(5, "T6", Map.of("poverty.off_menu_units", FactValue.of("21")));
    }

    private void rollUp(String item, RollUp rule) {
        system.cascades.setRollUp(new SetRollUpCommand(AgreementChange.of(provincial, PROVINCIAL), new ItemId(item), Optional.of(rule)));
    }

    private void report(int district, String item, Map<String, FactValue> facts) {
        system.agreements.record(new RecordResultCommand(AgreementChange.of(districts.get(district - 1), head(district)),
                new ItemId(item), Facts.of(facts), ImmutableList.of()));
    }

    @Test
    void the_province_sees_each_districts_level_of_t1_and_their_mean_with_the_undecided_counted_as_missing() {
        RolledUp t1 = system.cascadeReports.rollUp(provincial).item("T1");

        assertThat(t1.children()).extracting(c -> c.appraisee().value(), ChildItemResult::level, ChildItemResult::decided)
                .containsExactly(
                        tuple("BRM-D01-00", 3, true),   // 92 % ≥ 90, not ≥ 95
                        tuple("BRM-D02-00", 5, true),   // 100 %
                        tuple("BRM-D03-00", 2, true),   // 86 % ≥ 85, not ≥ 90
                        tuple("BRM-D04-00", 0, false),  // 97 % but no word on the evidence
                        tuple("BRM-D05-00", 0, false)); // nothing reported
        assertThat(t1.children().get(0).score().score()).isEqualByComparingTo("3");
        // Mean of the decided levels: (3 + 5 + 2) / 3 = 10 / 3 = 3.333… → 3.33 at the round's result scale, half-up.
        assertThat(t1.value()).contains(FactValue.of("3.33"));
        assertThat(((FactValue.Quantity) t1.value().orElseThrow()).value().toPlainString()).isEqualTo("3.33");
        assertThat(t1.missing()).containsExactly(head(4), head(5));
        assertThat(t1.complete()).isFalse();
    }

    @Test
    void the_lowest_level_the_sum_and_all_done_are_rolled_up_by_their_own_rules() {
        RollUpReport report = system.cascadeReports.rollUp(provincial);

        // T2 levels: 91 % → 4, 96 % → 5, 80 % → 1 (not more than 80), 88 % → 3; district 5 missing. Lowest: 1.
        RolledUp t2 = report.item("T2");
        assertThat(t2.children()).extracting(ChildItemResult::level).containsExactly(4, 5, 1, 3, 0);
        assertThat(t2.value()).contains(FactValue.of("1"));
        assertThat(t2.missing()).containsExactly(head(5));

        // T6: 12 + 30 + 7 + 21 = 70 households and people; district 4 did not report the count.
        RolledUp t6 = report.item("T6");
        assertThat(t6.value()).contains(FactValue.of("70"));
        assertThat(t6.missing()).containsExactly(head(4));
        assertThat(t6.children().get(1).fact()).contains(FactValue.of("30"));

        // T3: four districts sent their evidence, district 5 has not: not done yet.
        RolledUp t3 = report.item("T3");
        assertThat(t3.value()).contains(Completion.notDone());
        assertThat(t3.missing()).containsExactly(head(5));

        // T7 has no rule: the districts are listed, nothing is computed.
        RolledUp t7 = report.item("T7");
        assertThat(t7.children()).hasSize(5);
        assertThat(t7.value()).isEmpty();
        assertThat(t7.rule()).isEmpty();
    }

    @Test
    void once_the_last_district_sends_its_evidence_the_province_is_done_on_that_last_day() {
        report(5, "T3", Map.of("transparency.evidence_sent", Completion.doneOn(LocalDate.of(2022, 9, 2))));

        RolledUp t3 = system.cascadeReports.rollUp(provincial).item("T3");

        // The latest of 20 Aug, 28 Aug, 1 Sep, 15 Aug and 2 Sep.
        assertThat(t3.value()).contains(Completion.doneOn(LocalDate.of(2022, 9, 2)));
        assertThat(t3.complete()).isTrue();
    }

    @Test
    void one_district_reporting_a_step_not_done_makes_the_province_not_done() {
        report(5, "T3", Map.of("transparency.evidence_sent", Completion.notDone()));
        report(2, "T3", Map.of("transparency.evidence_sent", Completion.notDone()));

        RolledUp t3 = system.cascadeReports.rollUp(provincial).item("T3");

        assertThat(t3.value()).contains(Completion.notDone());
        assertThat(t3.complete()).isTrue();
    }

    @Test
    void the_rule_was_set_on_the_draft_with_an_audit_event_and_cannot_change_once_signed() {
        assertThat(system.agreements.history(provincial)).filteredOn(e -> e.type().equals("agreement.item-roll-up-set"))
                .extracting(e -> e.after().get("rollUp"))
                .containsExactly("MEAN_LEVEL", "MIN_LEVEL", "ALL_DONE(transparency.evidence_sent)", "SUM(poverty.off_menu_units)");

        assertThatThrownBy(() -> rollUp("T7", RollUp.meanLevel()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.illegal-transition"));
    }
}
