package appraisal.domain.model.interchange;

import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Measure;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.ScoringMethod;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.lint.Finding;
import appraisal.domain.model.lint.Severity;
import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one mapping between rubrics (and single indicators) and the interchange tree. Format errors
 * (a wrong type, an unknown field, a bad operator) are {@code INVALID} exceptions naming the JSON
 * pointer; an indicator that is well formed but does not have five levels is reported as a
 * finding and left out, so the lint can list every such problem at once.
 */
public final class RubricCodec {

    private static final Set<String> RUBRIC_FIELDS = Set.of("rubric", "fiscal_year", "round", "indicators");
    private static final Set<String> ENTRY_FIELDS = Set.of("code", "version", "section", "weight", "title",
            "responsible_unit", "measure", "scoring", "facts", "levels");

    private final CriterionCodec criteria;

    public RubricCodec(CriterionCodec criteria) {
        this.criteria = criteria;
    }

    public RubricReading read(Node tree) {
        TreeCursor root = TreeCursor.root(tree).onlyFields(RUBRIC_FIELDS);
        String title = root.field("rubric").text();
        Optional<FiscalYear> year = root.optionalField("fiscal_year").map(c -> {
            int be = c.integer();
            if (be < 2500 || be > 2700) {
                throw c.error("rubric.bad-fiscal-year", "fiscal_year must be a Buddhist-era year such as 2565, got " + be);
            }
            return new FiscalYear(be);
        });
        Optional<Integer> round = root.optionalField("round").map(c -> {
            int r = c.integer();
            if (r != 1 && r != 2) {
                throw c.error("rubric.bad-round", "round must be 1 or 2, got " + r);
            }
            return r;
        });
        List<RubricEntry> entries = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (TreeCursor e : root.field("indicators").list()) {
            e.onlyFields(ENTRY_FIELDS);
            TreeCursor code = e.field("code");
            if (!codes.add(code.text())) {
                throw code.error("rubric.duplicate-code", "indicator code '" + code.text() + "' appears twice");
            }
            readEntry(e, findings).ifPresent(entries::add);
        }
        return new RubricReading(new Rubric(title, year, round, ImmutableList.copyOf(entries)), ImmutableList.copyOf(findings));
    }

    private Optional<RubricEntry> readEntry(TreeCursor e, List<Finding> findings) {
        Section section = enumOf(Section.class, e.field("section"), "section");
        TreeCursor weight = e.field("weight");
        Optional<Indicator> indicator = readIndicator(e, findings);
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RubricEntry(indicator.get(), section, weight.number()));
        } catch (DomainException ex) {
            throw weight.error(ex.code(), ex.getMessage());
        }
    }

    /** Reads one indicator, or records why it cannot be built when its levels are not five. */
    public Optional<Indicator> readIndicator(TreeCursor e, List<Finding> findings) {
        String code = e.field("code").text();
        int version = e.optionalField("version").map(TreeCursor::integer).orElse(1);
        TreeCursor measureAt = e.field("measure").onlyFields(Set.of("unit", "direction"));
        Measure measure = new Measure(measureAt.optionalField("unit").map(TreeCursor::text).orElse(""),
                direction(measureAt.field("direction")));
        ScoringMethod scoring = e.optionalField("scoring")
                .map(c -> enumOf(ScoringMethod.class, c, "scoring"))
                .orElse(ScoringMethod.HIGHEST_MET);
        List<FactDeclaration> facts = new ArrayList<>();
        for (TreeCursor f : e.optionalField("facts").map(TreeCursor::list).orElse(List.of())) {
            f.onlyFields(Set.of("name", "type", "label", "unit"));
            facts.add(f.build(() -> new FactDeclaration(f.field("name").text(), enumOf(FactType.class, f.field("type"), "type"),
                    f.field("label").text(), f.optionalField("unit").map(TreeCursor::text).orElse(""))));
        }
        TreeCursor levelsAt = e.field("levels");
        List<TreeCursor> levelNodes = levelsAt.list();
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < levelNodes.size(); i++) {
            TreeCursor l = levelNodes.get(i).onlyFields(Set.of("level", "text", "criterion"));
            TreeCursor number = l.field("level");
            if (number.integer() != i + 1) {
                findings.add(new Finding(Severity.ERROR, "rubric.level-order", number.where(),
                        code + ": level at position " + (i + 1) + " is numbered " + number.integer() + "; levels run 1 to 5 in order"));
                return Optional.empty();
            }
            levels.add(l.build(() -> new Level(number.integer(), l.field("text").text(), criteria.read(l.field("criterion")))));
        }
        if (levels.size() != Level.COUNT) {
            findings.add(new Finding(Severity.ERROR, "rubric.level-count", levelsAt.where(),
                    code + " has " + levels.size() + " levels; every indicator needs exactly 5 (ระดับ ๑–๕)"));
            return Optional.empty();
        }
        return Optional.of(e.build(() -> new Indicator(new IndicatorRef(code, version), e.field("title").text(), measure,
                e.optionalField("responsible_unit").map(TreeCursor::text).orElse(""),
                ImmutableList.copyOf(facts), ImmutableList.copyOf(levels), scoring)));
    }

    public Node.Obj write(Rubric rubric) {
        List<Node> entries = new ArrayList<>();
        for (RubricEntry entry : rubric.entries()) {
            Node.ObjBuilder o = Node.obj().put("code", entry.indicator().ref().code());
            if (entry.indicator().ref().version() != 1) {
                o.put("version", entry.indicator().ref().version());
            }
            o.put("section", name(entry.section())).put("weight", entry.weight());
            writeIndicatorBody(entry.indicator(), o);
            entries.add(o.build());
        }
        return Node.obj().put("rubric", rubric.title())
                .putIfPresent("fiscal_year", rubric.fiscalYear().map(y -> Node.num(y.buddhistEra())))
                .putIfPresent("round", rubric.round().map(r -> Node.num(r)))
                .put("indicators", Node.arr(entries))
                .build();
    }

    /** Writes one indicator (without section and weight, which belong to a rubric or agreement). */
    public Node.Obj write(Indicator indicator) {
        Node.ObjBuilder o = Node.obj().put("code", indicator.ref().code()).put("version", indicator.ref().version());
        writeIndicatorBody(indicator, o);
        return o.build();
    }

    private void writeIndicatorBody(Indicator indicator, Node.ObjBuilder o) {
        o.put("title", indicator.title());
        if (!indicator.responsibleUnit().isEmpty()) {
            o.put("responsible_unit", indicator.responsibleUnit());
        }
        Node.ObjBuilder measure = Node.obj();
        if (!indicator.measure().unit().isEmpty()) {
            measure.put("unit", indicator.measure().unit());
        }
        o.put("measure", measure.put("direction", indicator.measure().direction() == Direction.HIGHER_IS_BETTER ? "higher" : "lower").build());
        o.put("scoring", name(indicator.scoring()));
        List<Node> facts = new ArrayList<>();
        for (FactDeclaration f : indicator.facts()) {
            Node.ObjBuilder fo = Node.obj().put("name", f.name()).put("type", name(f.type())).put("label", f.label());
            if (!f.unit().isEmpty()) {
                fo.put("unit", f.unit());
            }
            facts.add(fo.build());
        }
        if (!facts.isEmpty()) {
            o.put("facts", Node.arr(facts));
        }
        List<Node> levels = new ArrayList<>();
        for (Level l : indicator.levels()) {
            levels.add(Node.obj().put("level", l.number()).put("text", l.text()).put("criterion", criteria.write(l.criterion())).build());
        }
        o.put("levels", Node.arr(levels));
    }

    /** Reads an indicator written by {@link #write(Indicator)}; level-count problems are errors here. */
    public Indicator readIndicator(Node tree) {
        List<Finding> findings = new ArrayList<>();
        TreeCursor root = TreeCursor.root(tree).onlyFields(Set.of("code", "version", "title", "responsible_unit",
                "measure", "scoring", "facts", "levels"));
        return readIndicator(root, findings).orElseThrow(() ->
                DomainException.invalid(findings.get(0).code(), findings.get(0).message(), findings.get(0).location()));
    }

    private static Direction direction(TreeCursor c) {
        return switch (c.text()) {
            case "higher" -> Direction.HIGHER_IS_BETTER;
            case "lower" -> Direction.LOWER_IS_BETTER;
            default -> throw c.error("rubric.bad-direction", "direction must be 'higher' or 'lower', got '" + c.text() + "'");
        };
    }

    /** Enum names in files are lower case with dashes: {@code highest-met}, {@code team}. */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, TreeCursor c, String field) {
        String text = c.text();
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(text)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(name(e));
        }
        throw c.error("tree.bad-value", field + " must be one of " + String.join(", ", allowed) + ", got '" + text + "'");
    }

}
