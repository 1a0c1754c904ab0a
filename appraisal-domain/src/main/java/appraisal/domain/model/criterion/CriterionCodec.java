package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The one mapping between criteria and the interchange tree, both ways. Built-in kinds are read
 * here; any other {@code kind} is handed to the {@link CriterionKind} registered under that name.
 *
 * <pre>
 * {kind: threshold, fact: disbursed_pct, op: "&gt;=", target: 90}
 * {kind: step, fact: evidence_sent, by: 2022-09-02}
 * {kind: all-of | any-of, of: [...]}          {kind: at-least, k: 3, of: [...]}
 * {kind: cases, fact: loans_defaulted, cases: [{when: true, then: {...}}], otherwise: {...}}
 * {kind: bracket, fact: headcount, brackets: [{max: 2, then: {...}}, {above: 2, max: 4, then: {...}}, {above: 4, then: {...}}]}
 * {kind: judgement, fact: plan_adequate, question: "..."}
 * </pre>
 */
public final class CriterionCodec {

    /** Names of the built-in kinds; a plug-in may not take one of these. */
    public static final ImmutableSet<String> BUILT_IN =
            ImmutableSet.of("threshold", "step", "all-of", "any-of", "at-least", "cases", "bracket", "judgement");

    private final ImmutableMap<String, CriterionKind> custom;

    public CriterionCodec(Collection<? extends CriterionKind> customKinds) {
        Map<String, CriterionKind> byName = new LinkedHashMap<>();
        for (CriterionKind k : customKinds) {
            if (BUILT_IN.contains(k.name()) || byName.containsKey(k.name())) {
                throw DomainException.invalid("criterion.kind-clash",
                        "criterion kind '" + k.name() + "' of " + k.getClass().getName() + " is already taken", k.name());
            }
            byName.put(k.name(), k);
        }
        this.custom = ImmutableMap.copyOf(byName);
    }

    /** A codec with every custom kind found on the class path through {@link ServiceLoader}. */
    public static CriterionCodec withInstalledKinds() {
        List<CriterionKind> kinds = new ArrayList<>();
        ServiceLoader.load(CriterionKind.class).forEach(kinds::add);
        return new CriterionCodec(kinds);
    }

    public ImmutableSet<String> customKinds() {
        return custom.keySet();
    }

    // ---- reading ---------------------------------------------------------------------------

    public Criterion read(TreeCursor at) {
        String kind = at.field("kind").text();
        return switch (kind) {
            case "threshold" -> readThreshold(at.onlyFields(Set.of("kind", "fact", "op", "target")));
            case "step" -> readStep(at.onlyFields(Set.of("kind", "fact", "by")));
            case "all-of" -> AllOf.of(readList(at.onlyFields(Set.of("kind", "of")).field("of")));
            case "any-of" -> AnyOf.of(readList(at.onlyFields(Set.of("kind", "of")).field("of")));
            case "at-least" -> readAtLeast(at.onlyFields(Set.of("kind", "k", "of")));
            case "cases" -> readCases(at.onlyFields(Set.of("kind", "fact", "cases", "otherwise")));
            case "bracket" -> readBracket(at.onlyFields(Set.of("kind", "fact", "brackets")));
            case "judgement" -> new Judgement(at.field("fact").text(),
                    at.onlyFields(Set.of("kind", "fact", "question")).field("question").text());
            default -> readCustom(kind, at);
        };
    }

    private Threshold readThreshold(TreeCursor at) {
        TreeCursor op = at.field("op");
        Comparator comparator = Comparator.ofSymbol(op.text())
                .orElseThrow(() -> op.error("criterion.bad-operator",
                        "operator must be one of >=, >, <=, <, got '" + op.text() + "'"));
        return new Threshold(at.field("fact").text(), comparator, at.field("target").number());
    }

    private StepDone readStep(TreeCursor at) {
        return new StepDone(at.field("fact").text(), at.optionalField("by").map(TreeCursor::date));
    }

    private AtLeast readAtLeast(TreeCursor at) {
        List<Criterion> items = readList(at.field("of"));
        TreeCursor k = at.field("k");
        int n = k.integer();
        if (n < 1 || n > items.size()) {
            throw k.error("criterion.at-least-out-of-range", "k must be between 1 and " + items.size() + ", got " + n);
        }
        return AtLeast.of(n, items);
    }

    private Cases readCases(TreeCursor at) {
        List<Cases.Case> cases = new ArrayList<>();
        TreeCursor list = at.field("cases");
        for (TreeCursor c : list.list()) {
            c.onlyFields(Set.of("when", "then"));
            cases.add(new Cases.Case(readCaseValue(c.field("when")), read(c.field("then"))));
        }
        if (cases.isEmpty()) {
            throw list.error("criterion.no-cases", "cases must list at least one case");
        }
        return new Cases(at.field("fact").text(), ImmutableList.copyOf(cases), at.optionalField("otherwise").map(this::read));
    }

    private static FactValue readCaseValue(TreeCursor at) {
        Node n = at.node();
        if (n instanceof Node.Bool b) {
            return FactValue.flag(b.value());
        } else if (n instanceof Node.Text t) {
            return new FactValue.Choice(t.value());
        } else if (n instanceof Node.Num num) {
            return FactValue.of(num.value());
        }
        throw at.error("criterion.bad-case", "a case value must be true/false, a name or a number");
    }

    private Bracket readBracket(TreeCursor at) {
        List<Bracket.Branch> branches = new ArrayList<>();
        TreeCursor list = at.field("brackets");
        for (TreeCursor b : list.list()) {
            b.onlyFields(Set.of("min", "above", "max", "below", "then"));
            branches.add(new Bracket.Branch(readRange(b), read(b.field("then"))));
        }
        if (branches.isEmpty()) {
            throw list.error("criterion.no-brackets", "brackets must list at least one range");
        }
        return new Bracket(at.field("fact").text(), ImmutableList.copyOf(branches));
    }

    private static Range<BigDecimal> readRange(TreeCursor b) {
        Optional<BigDecimal> min = b.optionalField("min").map(TreeCursor::number);
        Optional<BigDecimal> above = b.optionalField("above").map(TreeCursor::number);
        Optional<BigDecimal> max = b.optionalField("max").map(TreeCursor::number);
        Optional<BigDecimal> below = b.optionalField("below").map(TreeCursor::number);
        if (min.isPresent() && above.isPresent()) {
            throw b.error("criterion.bad-range", "give either min (inclusive) or above (exclusive), not both");
        }
        if (max.isPresent() && below.isPresent()) {
            throw b.error("criterion.bad-range", "give either max (inclusive) or below (exclusive), not both");
        }
        Optional<BigDecimal> lower = min.or(() -> above);
        Optional<BigDecimal> upper = max.or(() -> below);
        BoundType lowerType = min.isPresent() ? BoundType.CLOSED : BoundType.OPEN;
        BoundType upperType = max.isPresent() ? BoundType.CLOSED : BoundType.OPEN;
        if (lower.isPresent() && upper.isPresent()) {
            int c = lower.get().compareTo(upper.get());
            boolean empty = c > 0 || (c == 0 && (lowerType == BoundType.OPEN || upperType == BoundType.OPEN));
            if (empty) {
                throw b.error("criterion.empty-range", "the range " + lower.get() + " .. " + upper.get() + " contains no value");
            }
            return Range.range(lower.get(), lowerType, upper.get(), upperType);
        }
        if (lower.isPresent()) {
            return Range.downTo(lower.get(), lowerType);
        }
        if (upper.isPresent()) {
            return Range.upTo(upper.get(), upperType);
        }
        return Range.all();
    }

    private Extension readCustom(String kind, TreeCursor at) {
        CriterionKind k = custom.get(kind);
        if (k == null) {
            List<String> known = new ArrayList<>(BUILT_IN);
            known.addAll(custom.keySet());
            throw at.field("kind").error("criterion.unknown-kind",
                    "unknown criterion kind '" + kind + "'; known kinds: " + String.join(", ", known));
        }
        return k.read(at);
    }

    private List<Criterion> readList(TreeCursor at) {
        List<Criterion> out = new ArrayList<>();
        for (TreeCursor c : at.list()) {
            out.add(read(c));
        }
        if (out.isEmpty()) {
            throw at.error("criterion.empty-list", "the list of criteria must not be empty");
        }
        return out;
    }

    // ---- writing ---------------------------------------------------------------------------

    public Node.Obj write(Criterion criterion) {
        return switch (criterion) {
            case Threshold t -> Node.obj().put("kind", t.kind()).put("fact", t.fact()).put("op", t.comparator().symbol())
                    .put("target", t.target()).build();
            case StepDone s -> Node.obj().put("kind", s.kind()).put("fact", s.fact())
                    .putIfPresent("by", s.by().map(d -> Node.text(d.toString()))).build();
            case AllOf a -> Node.obj().put("kind", a.kind()).put("of", writeList(a.items())).build();
            case AnyOf a -> Node.obj().put("kind", a.kind()).put("of", writeList(a.items())).build();
            case AtLeast a -> Node.obj().put("kind", a.kind()).put("k", a.k()).put("of", writeList(a.items())).build();
            case Cases c -> {
                List<Node> cases = new ArrayList<>();
                for (Cases.Case one : c.cases()) {
                    cases.add(Node.obj().put("when", writeCaseValue(one.when())).put("then", write(one.then())).build());
                }
                yield Node.obj().put("kind", c.kind()).put("fact", c.fact()).put("cases", Node.arr(cases))
                        .putIfPresent("otherwise", c.otherwise().map(this::write)).build();
            }
            case Bracket b -> {
                List<Node> branches = new ArrayList<>();
                for (Bracket.Branch one : b.branches()) {
                    Node.ObjBuilder o = Node.obj();
                    Range<BigDecimal> r = one.range();
                    if (r.hasLowerBound()) {
                        o.put(r.lowerBoundType() == BoundType.CLOSED ? "min" : "above", r.lowerEndpoint());
                    }
                    if (r.hasUpperBound()) {
                        o.put(r.upperBoundType() == BoundType.CLOSED ? "max" : "below", r.upperEndpoint());
                    }
                    branches.add(o.put("then", write(one.then())).build());
                }
                yield Node.obj().put("kind", b.kind()).put("fact", b.fact()).put("brackets", Node.arr(branches)).build();
            }
            case Judgement j -> Node.obj().put("kind", j.kind()).put("fact", j.fact()).put("question", j.question()).build();
            case Extension e -> {
                Node.ObjBuilder o = Node.obj().put("kind", e.kind());
                e.parameters().fields().forEach(o::put);
                yield o.build();
            }
        };
    }

    private static Node writeCaseValue(FactValue v) {
        if (v instanceof FactValue.Flag f) {
            return Node.bool(f.value());
        } else if (v instanceof FactValue.Choice c) {
            return Node.text(c.value());
        } else if (v instanceof FactValue.Quantity q) {
            return Node.num(q.value());
        }
        throw DomainException.invalid("criterion.bad-case", "a step cannot be a case value", "when");
    }

    private Node.Arr writeList(List<Criterion> items) {
        List<Node> out = new ArrayList<>();
        items.forEach(i -> out.add(write(i)));
        return Node.arr(out);
    }
}
