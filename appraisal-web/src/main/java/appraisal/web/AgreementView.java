package appraisal.web;

import appraisal.documents.AgreementForm;
import java.util.List;

/** An agreement as its page shows it: the form's rows (the same model the PDF prints) with results, levels and what the viewer may do. */
public record AgreementView(String id, String status, long version, String round, String appraisee, String appraiseePosition,
                            String evaluator, String totalWeight, String achievement, String total, String rating,
                            List<ItemView> items, List<String> signatures, List<String> events, Actions can,
                            List<CompetencyInput> competencies, List<Option> witnesses, Editor editor, AgreementForm form) {

    /**
     * One item: the form's row (number, code, title, five levels, weight, unit), the item it is cascaded from, then what was
     * reported and scored; {@code edit} is what the draft's editor shows of it (null when the draft is not being edited).
     */
    public record ItemView(String id, AgreementForm.Row row, String section, String parent, List<FactInput> facts,
                           List<EvidenceView> evidence, String level, String score, String overrideLevel, String overrideReason,
                           String comment, EditItem edit) {
    }

    /**
     * A fact of an item: its declared name, label, unit and type, with its value as typed (a step's date apart) and as read
     * out; a judgement is the evaluator's to answer with the evaluation, the others the appraisee's to report.
     */
    public record FactInput(String name, String label, String unit, String type, String value, String date, String shown,
                            boolean judgement) {
    }

    /** Evidence: a file of this agreement (downloaded through it) or a link to a web page, with what to show beside its name. */
    public record EvidenceView(String name, String detail, String href, boolean link) {
    }

    /** What the viewer may do now (the domain has the last word: a refused action shows its reason). */
    public record Actions(boolean sign, boolean edit, boolean record, boolean submit, boolean evaluate, boolean acknowledge,
                          boolean refuse, boolean review, boolean close, boolean reopen) {
        public boolean any() {
            return sign || edit || record || submit || evaluate || acknowledge || refuse || review || close || reopen;
        }
    }

    /** A competency the evaluator rates (0–5), with the level the round's scheme expects of the appraisee's position. */
    public record CompetencyInput(String code, String name, boolean management, String expected, String level) {
    }

    /** A choice in a select: the value sent and the text shown. */
    public record Option(String value, String text, boolean selected) {
    }

    /**
     * The draft's editor: the sum of the weights (and whether it is 100, which signing needs), the round's indicators not
     * in the draft yet, and the evaluator's items an item may be linked to.
     */
    public record Editor(String totalWeight, boolean hundred, List<Option> addable, List<Option> sections, List<Option> parents) {
    }

    /** One item in the editor: its weight as typed, its link, and per level the targets that may be adjusted. */
    public record EditItem(String weight, List<Option> parents, List<LevelTargets> levels, String reason) {
        public boolean hasTargets() {
            return levels.stream().anyMatch(l -> !l.targets().isEmpty());
        }
    }

    /** A level's text and its targets' inputs. */
    public record LevelTargets(int level, String text, List<TargetInput> targets) {
    }

    /** One target to type: what it is about, how it is compared, its value now, whether it is a date, and whether it differs from the indicator's. */
    public record TargetInput(String label, String comparison, String value, boolean date, boolean adjusted) {
    }

    /** "Copy last round's agreement" offered to a person without one in {@code round}: from which round it would come. */
    public record CopyOffer(String person, String round, String roundText, String fromText) {
    }

    /** A queue of "waiting for me": the step's page id and Thai name, and the agreements waiting. */
    public record Queue(String id, String title, List<Line> lines) {
    }

    /** A line of a list of agreements. */
    public record Line(String id, String round, String person, String name, String unit, String status, String achievement,
                       String rating) {
    }
}
