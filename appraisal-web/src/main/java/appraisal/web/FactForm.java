package appraisal.web;

import appraisal.documents.FormText;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The facts of an indicator as a form carries them: read from the fields typed (blank ones left out,
 * a step done with the date it was done), and written back as a person would type them or read them
 * out. The agreement's page, its level preview and the lifecycle's result and evaluation posts read
 * facts through this one parser.
 */
final class FactForm {

    private FactForm() {
    }

    /** The facts of an item only its evaluator answers (its levels' judgements, as the agreement holds them): not the appraisee's to report. */
    static Set<String> judgements(Item item, Indicator indicator) {
        List<Criterion> levels = new ArrayList<>();
        for (int l = 1; l <= Level.COUNT; l++) {
            levels.add(item.criterion(indicator, l));
        }
        return Criterion.judgementFactsOf(levels);
    }

    /** The facts typed for an indicator: blank ones left out; a step is done/not-done with the date it was done. */
    static Facts facts(Indicator indicator, Function<String, Optional<String>> values, Function<String, Optional<String>> dates) {
        Map<String, FactValue> out = new LinkedHashMap<>();
        for (FactDeclaration f : indicator.facts()) {
            Optional<String> v = values.apply(f.name()).map(String::strip).filter(x -> !x.isEmpty());
            if (v.isEmpty()) {
                continue;
            }
            String text = v.get();
            if (f.type() == FactType.STEP && text.equals("done")) {
                Optional<String> date = dates.apply(f.name()).map(String::strip).filter(x -> !x.isEmpty());
                if (date.isPresent()) {
                    text = "done " + date.get();
                }
            }
            out.put(f.name(), f.parse(text));
        }
        return Facts.of(out);
    }

    /** A fact as the page reads it out: a number as the form prints it, yes/no and done/not done in Thai, a step's date in the Buddhist era. */
    static String shown(FormText t, FactValue v) {
        return switch (v) {
            case FactValue.Quantity q -> t.plain(q.value());
            case FactValue.Flag f -> f.value() ? "ใช่" : "ไม่ใช่";
            case FactValue.Completion c -> c.done() ? "ทำแล้ว" + c.on().map(d -> " เมื่อ " + t.date(d)).orElse("") : "ยังไม่ทำ";
            case FactValue.Choice c -> c.value();
        };
    }

    /** A fact as a person would type it again. */
    static String typed(FactValue v) {
        return switch (v) {
            case FactValue.Quantity q -> q.value().toPlainString();
            case FactValue.Flag f -> f.value() ? "yes" : "no";
            case FactValue.Completion c -> c.done() ? "done" : "not-done";
            case FactValue.Choice c -> c.value();
        };
    }
}
