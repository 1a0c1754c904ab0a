package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.documents.FormText;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.seed.BuriramRound2565;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one reading of the facts a form carries (results, evaluation, level preview), and facts written back as typed and as read out. */
class FactFormTest {

    /** T1: a number (budget.disbursed_pct) and a step (budget.loan_evidence_complete). */
    private final Indicator t1 = BuriramRound2565.teamRubric().entry("T1").orElseThrow().indicator();

    private Facts read(Map<String, String> values, Map<String, String> dates) {
        return FactForm.facts(t1, n -> Optional.ofNullable(values.get(n)), n -> Optional.ofNullable(dates.get(n)));
    }

    @Test
    void blank_fields_are_left_out_and_thai_digits_read_as_numbers() {
        assertThat(read(Map.of("budget.disbursed_pct", "  ", "budget.loan_evidence_complete", ""), Map.of()).isEmpty()).isTrue();

        Facts typed = read(Map.of("budget.disbursed_pct", " ๙๖.๕ "), Map.of());

        assertThat(typed.get("budget.disbursed_pct")).contains(FactValue.of(new BigDecimal("96.5")));
        assertThat(typed.get("budget.loan_evidence_complete")).isEmpty();
    }

    @Test
    void a_step_done_takes_the_date_typed_beside_it_and_without_one_is_done_undated() {
        Facts dated = read(Map.of("budget.loan_evidence_complete", "done"), Map.of("budget.loan_evidence_complete", "2022-08-30"));
        Facts undated = read(Map.of("budget.loan_evidence_complete", "done"), Map.of("budget.loan_evidence_complete", " "));
        Facts notDone = read(Map.of("budget.loan_evidence_complete", "not-done"), Map.of("budget.loan_evidence_complete", "2022-08-30"));

        assertThat(dated.get("budget.loan_evidence_complete")).contains(FactValue.Completion.doneOn(LocalDate.of(2022, 8, 30)));
        assertThat(undated.get("budget.loan_evidence_complete")).contains(FactValue.Completion.doneUndated());
        assertThat(notDone.get("budget.loan_evidence_complete")).contains(FactValue.Completion.notDone());
    }

    @Test
    void a_value_the_fact_cannot_take_is_refused_naming_the_fact() {
        assertThatThrownBy(() -> read(Map.of("budget.disbursed_pct", "เก้าสิบ"), Map.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("budget.disbursed_pct"));
    }

    @Test
    void facts_written_back_as_typed_read_again_as_the_same_facts_and_read_out_in_thai() {
        Facts facts = Facts.of(Map.of("budget.disbursed_pct", FactValue.of(new BigDecimal("85.50")),
                "budget.loan_evidence_complete", FactValue.Completion.doneOn(LocalDate.of(2022, 8, 30))));
        Map<String, String> typed = Map.of("budget.disbursed_pct", FactForm.typed(facts.get("budget.disbursed_pct").orElseThrow()),
                "budget.loan_evidence_complete", FactForm.typed(facts.get("budget.loan_evidence_complete").orElseThrow()));

        assertThat(typed).containsEntry("budget.disbursed_pct", "85.50").containsEntry("budget.loan_evidence_complete", "done");
        assertThat(read(typed, Map.of("budget.loan_evidence_complete", "2022-08-30"))).isEqualTo(facts);
        FormText thai = new FormText(true);
        assertThat(FactForm.shown(thai, facts.get("budget.loan_evidence_complete").orElseThrow())).startsWith("ทำแล้ว เมื่อ ");
        assertThat(FactForm.shown(thai, FactValue.Completion.notDone())).isEqualTo("ยังไม่ทำ");
        assertThat(FactForm.shown(thai, new FactValue.Flag(true))).isEqualTo("ใช่");
        assertThat(FactForm.typed(new FactValue.Flag(false))).isEqualTo("no");
        assertThat(FactForm.typed(new FactValue.Choice("ดีมาก"))).isEqualTo("ดีมาก");
    }
}
