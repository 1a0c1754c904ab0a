package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import appraisal.domain.model.thai.BuddhistDates;
import appraisal.domain.model.thai.ThaiDigits;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The targets (ค่าเป้าหมาย) written in a criterion, as people adjust them: each threshold's number and
 * each step's due date, in the order they are written (depth first through all-of, any-of,
 * at-least, cases and brackets). A local target adjustment keeps the criterion's shape and changes
 * only these values, so a form can show one box per target instead of the criterion's structure.
 * Judgements, steps without a date and plug-in kinds have no target to adjust.
 */
public final class Targets {

    /** One adjustable value: the fact it is about, how it is compared ({@code >=}, {@code <}, … or {@code by} for a step's date) and the value as written (a plain number or an ISO date). */
    public record Target(String fact, String comparison, String value) {
        public Target {
            fact = Require.text(fact, "fact");
            comparison = Require.text(comparison, "comparison");
            value = Require.text(value, "value");
        }

        /** Whether the value is a date (a step's deadline) rather than a number. */
        public boolean date() {
            return comparison.equals(BY);
        }
    }

    static final String BY = "by";

    private Targets() {
    }

    /** Every target of {@code criterion}, in order. */
    public static ImmutableList<Target> of(Criterion criterion) {
        List<Target> out = new ArrayList<>();
        collect(Require.present(criterion, "criterion"), out);
        return ImmutableList.copyOf(out);
    }

    /**
     * {@code criterion} with its targets replaced, in the order {@link #of} lists them, by
     * {@code values} (numbers with Thai or Arabic digits; dates in the Buddhist era or ISO); a blank
     * value keeps the target. Refuses a count that does not match and a value that cannot be read,
     * naming {@code where} and the target's position.
     */
    public static Criterion with(Criterion criterion, List<String> values, String where) {
        Require.present(criterion, "criterion");
        Require.present(values, "values");
        int count = of(criterion).size();
        if (values.size() != count) {
            throw DomainException.invalid("targets.count-mismatch", where + ": the criterion has " + count + " target(s), "
                    + values.size() + " value(s) were given", where);
        }
        Iterator<String> it = values.iterator();
        int[] position = {0};
        return replace(criterion, () -> {
            String v = it.next();
            return new Value(v == null ? "" : v.strip(), where + "/" + position[0]++);
        });
    }

    private record Value(String text, String where) {
    }

    private interface Values {
        Value next();
    }

    private static void collect(Criterion c, List<Target> out) {
        switch (c) {
            case Threshold t -> out.add(new Target(t.fact(), t.comparator().symbol(), t.target().toPlainString()));
            case StepDone s -> s.by().ifPresent(d -> out.add(new Target(s.fact(), BY, d.toString())));
            case AllOf a -> a.items().forEach(i -> collect(i, out));
            case AnyOf a -> a.items().forEach(i -> collect(i, out));
            case AtLeast a -> a.items().forEach(i -> collect(i, out));
            case Cases cs -> {
                cs.cases().forEach(k -> collect(k.then(), out));
                cs.otherwise().ifPresent(o -> collect(o, out));
            }
            case Bracket b -> b.branches().forEach(br -> collect(br.then(), out));
            // nothing a form can adjust
            case Judgement _ -> { }
            case Extension _ -> { }
        }
    }

    private static Criterion replace(Criterion c, Values values) {
        return switch (c) {
            case Threshold t -> {
                Value v = values.next();
                yield v.text().isEmpty() ? t : new Threshold(t.fact(), t.comparator(), number(v));
            }
            case StepDone s -> {
                if (s.by().isEmpty()) {
                    yield s;
                }
                Value v = values.next();
                yield v.text().isEmpty() ? s : new StepDone(s.fact(), Optional.of(date(v)));
            }
            case AllOf a -> new AllOf(all(a.items(), values));
            case AnyOf a -> new AnyOf(all(a.items(), values));
            case AtLeast a -> new AtLeast(a.k(), all(a.items(), values));
            case Cases cs -> {
                ImmutableList<Cases.Case> cases = cs.cases().stream().map(k -> new Cases.Case(k.when(), replace(k.then(), values)))
                        .collect(ImmutableList.toImmutableList());
                yield new Cases(cs.fact(), cases, cs.otherwise().map(o -> replace(o, values)));
            }
            case Bracket b -> new Bracket(b.fact(), b.branches().stream()
                    .map(br -> new Bracket.Branch(br.range(), replace(br.then(), values)))
                    .collect(ImmutableList.toImmutableList()));
            case Judgement _ -> c;
            case Extension _ -> c;
        };
    }

    private static ImmutableList<Criterion> all(List<Criterion> items, Values values) {
        ImmutableList.Builder<Criterion> out = ImmutableList.builder();
        for (Criterion i : items) {
            out.add(replace(i, values));
        }
        return out.build();
    }

    private static BigDecimal number(Value v) {
        try {
            return ThaiDigits.parseDecimal(v.text());
        } catch (DomainException e) {
            throw DomainException.invalid("targets.not-a-number", "target " + v.where() + ": " + e.getMessage(), v.where());
        }
    }

    private static LocalDate date(Value v) {
        try {
            return BuddhistDates.parse(v.text());
        } catch (DomainException e) {
            throw DomainException.invalid("targets.not-a-date", "target " + v.where() + ": " + e.getMessage(), v.where());
        }
    }
}
