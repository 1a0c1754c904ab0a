package appraisal.web;

import appraisal.documents.AgreementForm;
import java.util.List;

/** An agreement as its page shows it: the form's rows (the same model the PDF prints) with results, levels and what the viewer may do. */
public record AgreementView(String id, String status, long version, String round, String appraisee, String appraiseePosition,
                            String evaluator, String totalWeight, String achievement, String total, String rating,
                            List<ItemView> items, List<String> signatures, List<String> events, Actions can,
                            List<CompetencyInput> competencies, AgreementForm form) {

    /** One item: the form's row (number, code, title, five levels, weight, unit), then what was reported and scored. */
    public record ItemView(String id, AgreementForm.Row row, String section, List<FactInput> facts, List<EvidenceView> evidence,
                           String level, String score, String overrideLevel, String overrideReason, String comment) {
    }

    /** A fact to report: its declared name, label, unit and type, with what was reported (a step's date apart). */
    public record FactInput(String name, String label, String unit, String type, String value, String date) {
    }

    /** Evidence: a file of this agreement (downloaded through it) or a link to a web page, with what to show beside its name. */
    public record EvidenceView(String name, String detail, String href, boolean link) {
    }

    /** What the viewer may do now (the domain has the last word: a refused action shows its reason). */
    public record Actions(boolean sign, boolean record, boolean submit, boolean evaluate, boolean acknowledge, boolean refuse,
                          boolean review, boolean close) {
        public boolean any() {
            return sign || record || submit || evaluate || acknowledge || refuse || review || close;
        }
    }

    /** A competency the evaluator rates (0–5). */
    public record CompetencyInput(String code, String name, String level) {
    }

    /** A line of a list of agreements. */
    public record Line(String id, String round, String person, String name, String unit, String status, String achievement,
                       String rating) {
    }
}
