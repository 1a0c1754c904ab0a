package appraisal.documents;

import java.util.List;

/**
 * The agreement form (แบบข้อตกลงการปฏิบัติราชการ) as the source document's attachment lays it out:
 * the header, then the team section and the individual section, each a table of indicator and its
 * five levels' targets | weight | responsible unit with the section's total weight, the total of
 * the agreement, and the signatures of the appraisee and the evaluator. Every value is text as
 * printed (digits as chosen), so the PDF and the web page print the same thing.
 */
public record AgreementForm(String title, FormHeader header, List<Section> sections, String totalWeight,
                            List<SignatureLine> signatures) {

    public AgreementForm {
        sections = List.copyOf(sections);
        signatures = List.copyOf(signatures);
    }

    /** A section of the table ({@code ตัวชี้วัดงานรายทีม}) with its rows and the sum of their weights. */
    public record Section(String title, List<Row> rows, String totalWeight) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One indicator: its number in the section, code, title, the five levels' targets
     * ({@code ระดับ ๑ : …}), weight, responsible unit, and notes (targets adjusted for this
     * agreement only, with the reason).
     */
    public record Row(String number, String code, String title, List<String> levels, String weight, String responsibleUnit,
                      List<String> notes) {
        public Row {
            levels = List.copyOf(levels);
            notes = List.copyOf(notes);
        }
    }
}
