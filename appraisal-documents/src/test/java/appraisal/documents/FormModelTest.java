package appraisal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.scoring.FinalScore;
import appraisal.domain.seed.BuriramRound2565;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormModelTest {

    private static final BuriramAppraisals round = new BuriramAppraisals();
    private final FormText arabic = new FormText(false);
    private final FormText thai = new FormText(true);

    @Test
    void the_agreement_form_lists_the_eight_team_indicators_with_their_levels_weights_and_units() {
        AgreementForm form = round.documents.agreementForm(round.head, arabic);

        assertThat(form.header().round()).isEqualTo("รอบที่ 2 (1 เมษายน 2565 – 30 กันยายน 2565)");
        assertThat(form.header().fiscalYear()).isEqualTo("2565");
        assertThat(form.header().appraisee()).isEqualTo(new Party("BRM-LPM-01", "นางสาวมาลี ศรีสุข", "พัฒนาการอำเภอ",
                "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ"));
        assertThat(form.header().evaluator().name()).isEqualTo("นายสมชาย ใจดี");
        assertThat(form.sections()).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("ตัวชี้วัดงานรายทีม");
            assertThat(s.rows()).extracting(AgreementForm.Row::weight).containsExactly("15", "15", "10", "15", "10", "15", "10", "10");
            assertThat(s.totalWeight()).isEqualTo("100");
        });
        List<RubricEntry> team = BuriramRound2565.teamRubric().entries();
        List<AgreementForm.Row> rows = form.sections().get(0).rows();
        for (int i = 0; i < team.size(); i++) {
            AgreementForm.Row row = rows.get(i);
            assertThat(row.number()).isEqualTo(String.valueOf(i + 1));
            assertThat(row.title()).isEqualTo(team.get(i).indicator().title());
            assertThat(row.levels()).hasSize(5);
            for (int level = 1; level <= 5; level++) {
                assertThat(row.levels().get(level - 1)).isEqualTo("ระดับ " + level + " : " + team.get(i).indicator().level(level).text());
            }
            assertThat(row.responsibleUnit()).isEqualTo(team.get(i).indicator().responsibleUnit());
        }
        assertThat(form.totalWeight()).isEqualTo("100");
    }

    @Test
    void the_agreement_form_is_signed_by_both_parties_on_the_day_they_signed_in_the_buddhist_era() {
        AgreementForm form = round.documents.agreementForm(round.head, arabic);

        assertThat(form.signatures()).extracting(SignatureLine::role).containsExactly("ผู้รับการประเมิน", "ผู้ประเมิน");
        assertThat(form.signatures()).extracting(s -> s.party().name()).containsExactly("นางสาวมาลี ศรีสุข", "นายสมชาย ใจดี");
        assertThat(form.signatures()).extracting(SignatureLine::date).containsExactly("1 เมษายน 2565", "1 เมษายน 2565");
        assertThat(round.documents.agreementForm(round.draft, arabic).signatures()).noneMatch(SignatureLine::signed);
    }

    @Test
    void thai_digits_reach_every_number_and_date_of_the_form() {
        AgreementForm form = round.documents.agreementForm(round.head, thai);

        assertThat(form.header().round()).isEqualTo("รอบที่ ๒ (๑ เมษายน ๒๕๖๕ – ๓๐ กันยายน ๒๕๖๕)");
        assertThat(form.sections().get(0).rows()).extracting(AgreementForm.Row::weight).containsExactly("๑๕", "๑๕", "๑๐", "๑๕", "๑๐", "๑๕", "๑๐", "๑๐");
        assertThat(form.sections().get(0).rows().get(0).levels().get(0)).startsWith("ระดับ ๑ : ").doesNotContainPattern("[0-9]");
        assertThat(form.signatures().get(0).date()).isEqualTo("๑ เมษายน ๒๕๖๕");
        assertThat(form.totalWeight()).isEqualTo("๑๐๐");
    }

    @Test
    void an_agreement_with_team_and_individual_items_prints_the_team_section_first_each_with_its_total() {
        AgreementForm form = round.documents.agreementForm(round.staff, arabic);

        assertThat(form.sections()).extracting(AgreementForm.Section::title).containsExactly("ตัวชี้วัดงานรายทีม", "ตัวชี้วัดงานรายบุคคล");
        assertThat(form.sections()).extracting(AgreementForm.Section::totalWeight).containsExactly("40", "60");
        assertThat(form.sections().get(1).rows()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("P4"));
        assertThat(form.header().appraisee().unit()).isEqualTo("กลุ่มงานส่งเสริมการพัฒนาชุมชน");
    }

    @Test
    void the_summary_prints_each_items_level_and_the_scores_the_scoring_use_case_gives() {
        SummaryForm form = round.documents.summaryForm(round.head, arabic);
        AgreementScore score = round.system.scoring.score(round.head);
        FinalScore fin = score.finalScore().orElseThrow();

        assertThat(form.items()).extracting(SummaryForm.ItemLine::level).containsExactly("4", "4", "5", "3", "3", "3", "5", "4");
        assertThat(form.items()).extracting(SummaryForm.ItemLine::weighted)
                .containsExactly("12", "12", "10", "9", "6", "9", "10", "8");
        assertThat(form.weightedTotal()).isEqualTo("76");
        assertThat(form.items().get(5).note()).isEqualTo("ผู้ประเมินกำหนดระดับ 3 : ตรวจพื้นที่แล้ว ครัวเรือนได้รับการตรวจสอบครบร้อยละ ๘๕");
        assertThat(form.achievement()).isEqualTo(fin.achievement().toPlainString()).isEqualTo("76.00");
        assertThat(form.provisional()).isFalse();
        assertThat(form.parts()).extracting(SummaryForm.Part::weighted).containsExactly("53.20", "29.09");
        assertThat(form.parts()).extracting(SummaryForm.Part::weight).containsExactly("70", "30");
        assertThat(form.parts().get(1).score()).isEqualTo(fin.competency().toPlainString());
        assertThat(form.total()).isEqualTo(fin.total().toPlainString()).isEqualTo("82.29");
        assertThat(form.rating()).isEqualTo("ดีมาก");
    }

    @Test
    void the_summary_carries_the_acknowledgement_and_the_reviewers_opinion_with_their_dates() {
        SummaryForm form = round.documents.summaryForm(round.head, arabic);

        assertThat(form.evaluation().date()).isEqualTo("24 กันยายน 2565");
        assertThat(form.acknowledgement()).hasValueSatisfying(a -> {
            assertThat(a.acknowledged()).isTrue();
            assertThat(a.appraisee().party().name()).isEqualTo("นางสาวมาลี ศรีสุข");
            assertThat(a.appraisee().date()).isEqualTo("26 กันยายน 2565");
            assertThat(a.witness()).isEmpty();
        });
        assertThat(form.review()).hasValueSatisfying(r -> {
            assertThat(r.opinion()).isEqualTo("เห็นด้วยกับผลการประเมิน");
            assertThat(r.reviewer().party().name()).isEqualTo("นายประเสริฐ รุ่งเรือง");
            assertThat(r.reviewer().date()).isEqualTo("27 กันยายน 2565");
        });
    }

    @Test
    void a_refusal_to_sign_is_printed_with_the_notifier_and_the_witness() {
        SummaryForm form = round.documents.summaryForm(round.staff, thai);

        assertThat(form.acknowledgement()).hasValueSatisfying(a -> {
            assertThat(a.acknowledged()).isFalse();
            assertThat(a.text()).isEqualTo("ได้แจ้งผลการประเมินเมื่อวันที่ ๒๖ กันยายน ๒๕๖๕ แล้ว แต่ผู้รับการประเมินไม่ลงนามรับทราบ");
            assertThat(a.appraisee().signed()).isFalse();
            assertThat(a.notifier()).hasValueSatisfying(n -> assertThat(n.party().name()).isEqualTo("นางสาวมาลี ศรีสุข"));
            assertThat(a.witness()).hasValueSatisfying(w -> {
                assertThat(w.party().name()).isEqualTo("นางบุญเรือน มีสุข");
                assertThat(w.date()).isEqualTo("๒๖ กันยายน ๒๕๖๕");
            });
            assertThat(a.note()).isEqualTo("ไม่เห็นด้วยกับระดับของตัวชี้วัดที่ ๒");
        });
        assertThat(form.review()).isEmpty();
        FinalScore fin = round.system.scoring.score(round.staff).finalScore().orElseThrow();
        assertThat(form.total()).isEqualTo(thai.figure(fin.total()));
    }

    @Test
    void a_draft_nobody_reported_on_shows_a_provisional_achievement_and_no_total() {
        SummaryForm form = round.documents.summaryForm(round.draft, arabic);

        assertThat(form.provisional()).isTrue();
        assertThat(form.items()).singleElement().satisfies(i -> {
            assertThat(i.level()).isEmpty();
            assertThat(i.note()).isEqualTo("ยังรอข้อมูล");
        });
        assertThat(form.total()).isEmpty();
        assertThat(form.rating()).isEmpty();
        assertThat(form.parts()).extracting(SummaryForm.Part::weighted).containsOnly("");
        assertThat(form.acknowledgement()).isEmpty();
        assertThat(form.evaluation().signed()).isFalse();
    }
}
