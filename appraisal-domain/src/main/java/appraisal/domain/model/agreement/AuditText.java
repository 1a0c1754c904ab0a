package appraisal.domain.model.agreement;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Renders agreement values as the short text the audit trail stores in before/after fields. */
final class AuditText {

    private AuditText() {
    }

    static String facts(Facts facts) {
        return facts.values().entrySet().stream()
                .map(e -> e.getKey() + "=" + value(e.getValue()))
                .collect(Collectors.joining("; "));
    }

    static String value(FactValue value) {
        if (value instanceof FactValue.Quantity q) {
            return q.value().toPlainString();
        } else if (value instanceof FactValue.Flag f) {
            return f.value() ? "yes" : "no";
        } else if (value instanceof FactValue.Completion c) {
            return c.done() ? c.on().map(d -> "done on " + d).orElse("done") : "not done";
        }
        return ((FactValue.Choice) value).value();
    }

    static String signatures(List<Signature> signatures) {
        return signatures.stream().map(s -> s.role() + ":" + s.signer()).collect(Collectors.joining(", "));
    }

    static String item(Item item) {
        return appendItem(new StringBuilder(96), item).toString();
    }

    /** The items, each as {@link #item}, separated by {@code " | "}: one buffer, as a cascade drafts ten thousand agreements. */
    static String items(Collection<Item> items) {
        StringBuilder out = new StringBuilder(96 * items.size());
        for (Item item : items) {
            if (out.length() > 0) {
                out.append(" | ");
            }
            appendItem(out, item);
        }
        return out.toString();
    }

    private static StringBuilder appendItem(StringBuilder out, Item item) {
        // The text of IndicatorRef and ItemRef, written part by part: "T1 TEAM T1@v1 weight 10.00 parent AG-1/T1".
        out.append(item.id().value()).append(' ').append(item.section()).append(' ')
                .append(item.indicator().code()).append("@v").append(item.indicator().version())
                .append(" weight ").append(item.weight().toPlainString());
        if (!item.responsibleUnit().isEmpty()) {
            out.append(" unit ").append(item.responsibleUnit());
        }
        if (item.parent().isPresent()) {
            ItemRef parent = item.parent().get();
            out.append(" parent ").append(parent.agreement().value()).append('/').append(parent.item().value());
        }
        if (item.rollUp().isPresent()) {
            out.append(" roll-up ").append(item.rollUp().get());
        }
        return out;
    }

    static String rollUp(Item item) {
        return item.rollUp().map(RollUp::toString).orElse("");
    }

    static String adjustments(Item item) {
        if (item.targetAdjustments().isEmpty()) {
            return "";
        }
        return item.targetAdjustments().entrySet().stream()
                .map(e -> "level " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")) + " (" + item.adjustmentReason() + ")";
    }

    static String evaluation(Evaluation evaluation) {
        String items = evaluation.items().entrySet().stream()
                .map(e -> e.getKey() + "[" + itemEvaluation(e.getValue()) + "]")
                .collect(Collectors.joining("; "));
        String competencies = evaluation.competencies().levels().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
        return "items: " + items + " | competencies: " + competencies;
    }

    private static String itemEvaluation(ItemEvaluation e) {
        StringBuilder text = new StringBuilder(facts(e.judgements()));
        e.override().ifPresent(o -> text.append(text.length() == 0 ? "" : "; ")
                .append("override level ").append(o.level()).append(" (").append(o.reason()).append(')'));
        if (!e.comment().isEmpty()) {
            text.append(text.length() == 0 ? "" : "; ").append("comment: ").append(e.comment());
        }
        return text.toString();
    }

    static String acknowledgement(Acknowledgement a) {
        if (a instanceof Acknowledgement.Acknowledged ack) {
            return "acknowledged by " + ack.appraisee() + " at " + ack.at();
        }
        Acknowledgement.Refused r = (Acknowledgement.Refused) a;
        return "refused; notified by " + r.notifier() + ", witness " + r.witness() + " at " + r.at()
                + (r.note().isEmpty() ? "" : ": " + r.note());
    }
}
