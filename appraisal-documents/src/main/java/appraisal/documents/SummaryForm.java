package appraisal.documents;

import java.util.List;
import java.util.Optional;

/**
 * The appraisal summary (แบบสรุปผลการประเมินผลการปฏิบัติราชการ): per item the level achieved, its
 * score, weight and weighted score; the achievement; the competency score; the total as the sum of
 * the weighted parts and its rating band; the evaluator's signature, the appraisee's acknowledgement
 * or the refusal with a witness, and the reviewer's opinion. Numbers come from the scoring use case
 * and are printed as it rounded them; what has not happened yet is empty.
 */
public record SummaryForm(String title, FormHeader header, String status, List<ItemLine> items, String totalWeight,
                          String weightedTotal, String achievement, boolean provisional, List<Part> parts, String total,
                          String rating, SignatureLine evaluation, Optional<Acknowledgement> acknowledgement,
                          Optional<ReviewNote> review) {

    public SummaryForm {
        items = List.copyOf(items);
        parts = List.copyOf(parts);
    }

    /**
     * One item: number, section heading, title, level achieved (empty while undecided), its score,
     * weight and weighted score (score × weight ÷ 5, exact), and a note such as the evaluator's
     * reason for overriding the level.
     */
    public record ItemLine(String number, String section, String code, String title, String level, String score, String weight,
                           String weighted, String note) {
    }

    /** A part of the total: what ({@code ผลสัมฤทธิ์ของงาน}), its score (0–100), its weight in percent and its weighted score. */
    public record Part(String label, String score, String weight, String weighted) {
    }

    /**
     * How the appraisee took note: {@code acknowledged} with their signature and date, or notified
     * and refused, with the notifier, the witness and a note.
     */
    public record Acknowledgement(boolean acknowledged, String text, SignatureLine appraisee, Optional<SignatureLine> notifier,
                                  Optional<SignatureLine> witness, String note) {
    }

    /** The reviewer's (ผู้บังคับบัญชาเหนือขึ้นไป) opinion and signature. */
    public record ReviewNote(String opinion, SignatureLine reviewer) {
    }
}
