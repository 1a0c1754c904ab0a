package appraisal.web;

import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.web.AgreementView.Option;
import java.util.List;

/** The cascade's pages as they show it: the broadcast's template being edited and what it drafted; the derive's form and what it drafted. */
public final class CascadeView {

    private CascadeView() {
    }

    /** What a broadcast or a derive did to one agreement, as the pages say it. */
    static String outcome(CascadeOutcome outcome) {
        return switch (outcome) {
            case DRAFTED -> "ร่างใหม่";
            case UPDATED -> "ปรับร่างเดิมตามที่เลือก";
            case UNCHANGED -> "ร่างเดิมตรงกับที่เลือกแล้ว";
            case SKIPPED -> "มีข้อตกลงอยู่แล้ว (ไม่เปลี่ยน)";
        };
    }

    /**
     * The template a unit head broadcasts to the heads of the offices under their unit: its rows, the weights' sum, the
     * round's indicators that may be added, the offices it goes to, and the head's own agreements it may be cascaded from.
     */
    public record Template(String round, String roundText, String unit, String unitName, List<TemplateRow> rows, String total,
                           boolean hundred, List<Option> addable, List<Option> sections, List<Office> offices, List<Option> parents) {
    }

    /** One item of the template: the indicator's stored version, its section, weight and responsible unit. */
    public record TemplateRow(int n, String code, String version, String section, String sectionText, String title, String weight,
                              String responsibleUnit) {
    }

    /** An office under the unit, and whether the template goes to it. */
    public record Office(String id, String name, boolean chosen) {
    }

    /** What a broadcast drafted. */
    public record Broadcast(String round, String unitName, String drafted, String skipped, List<Entry> entries, List<String> unlinked) {
    }

    /** What a cascade did for one person: their agreement and whether it was drafted, updated, left or skipped. */
    public record Entry(String where, String person, String agreement, String outcome, String detail) {
    }

    /**
     * The derive's form: the head's agreement in the round with its items, and per subordinate the items they carry
     * (those of an agreement an earlier derive drafted are ticked).
     */
    public record Derive(String parent, String parentStatus, List<ParentItem> items, List<StaffRow> staff) {
    }

    /** An item of the head's agreement that staff may carry. */
    public record ParentItem(String id, String code, String title, String weight) {
    }

    /** A subordinate: their agreement in the round (if any), and per parent item whether they carry it. */
    public record StaffRow(String person, String name, String position, String agreement, String status, List<Boolean> carries) {
    }

    /** A subordinate without an agreement in the round, and the round their last agreement is in (blank: none to copy). */
    public record TeamMember(String person, String name, String position, String copyFrom) {
    }

    /** What a derive did. */
    public record Derived(String parent, String drafted, List<Entry> entries) {
    }
}
