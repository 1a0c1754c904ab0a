package appraisal.domain.model.interchange;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reported facts in the interchange format: a map from fact name to a number, a yes/no
 * ({@code true}/{@code false}), a choice (text), or a step ({@code {done: true, on: 2022-08-30}}).
 */
public final class FactsCodec {

    public Node.Obj write(Facts facts) {
        Node.ObjBuilder o = Node.obj();
        facts.values().forEach((name, value) -> o.put(name, writeValue(value)));
        return o.build();
    }

    public static Node writeValue(FactValue value) {
        if (value instanceof FactValue.Quantity q) {
            return Node.num(q.value());
        } else if (value instanceof FactValue.Flag f) {
            return Node.bool(f.value());
        } else if (value instanceof FactValue.Completion c) {
            return Node.obj().put("done", c.done()).putIfPresent("on", c.on().map(d -> Node.text(d.toString()))).build();
        }
        return Node.text(((FactValue.Choice) value).value());
    }

    public Facts read(TreeCursor at) {
        Map<String, FactValue> out = new LinkedHashMap<>();
        for (String name : at.object().fields().keySet()) {
            out.put(name, readValue(at.field(name)));
        }
        return Facts.of(out);
    }

    public static FactValue readValue(TreeCursor at) {
        Node n = at.node();
        if (n instanceof Node.Num num) {
            return FactValue.of(num.value());
        } else if (n instanceof Node.Bool b) {
            return FactValue.flag(b.value());
        } else if (n instanceof Node.Text t) {
            return new FactValue.Choice(t.value());
        }
        at.onlyFields(Set.of("done", "on"));
        boolean done = at.field("done").bool();
        Optional<java.time.LocalDate> on = at.optionalField("on").map(TreeCursor::date);
        if (!done && on.isPresent()) {
            throw at.error("fact.bad-step", "a step that is not done has no date");
        }
        return new FactValue.Completion(done, on);
    }
}
