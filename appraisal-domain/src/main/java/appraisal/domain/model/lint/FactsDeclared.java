package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Combination;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Level;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts criteria read are the facts the indicator asks people to report:
 * <ul>
 *   <li>{@code fact.undeclared} (error): a criterion reads a fact the indicator does not declare,
 *       so nobody is asked for it and the level can never be decided.</li>
 *   <li>{@code fact.wrong-type} (error): a criterion reads a fact as another type than declared
 *       (a threshold on a step), so every report of it leaves the level undecided.</li>
 *   <li>{@code fact.unused} (warning): a declared fact no level reads; people would report it for nothing.</li>
 * </ul>
 */
final class FactsDeclared {

    static final String UNDECLARED = "fact.undeclared";
    static final String WRONG_TYPE = "fact.wrong-type";
    static final String UNUSED = "fact.unused";

    private FactsDeclared() {
    }

    static List<Finding> check(RubricLayout layout) {
        List<Finding> out = new ArrayList<>();
        for (RubricLayout.EntryAt entry : layout.entries()) {
            Indicator indicator = entry.indicator();
            for (Located node : entry.nodes()) {
                readsOf(node.criterion()).forEach((fact, types) -> {
                    Optional<FactDeclaration> declared = indicator.fact(fact);
                    if (declared.isEmpty()) {
                        out.add(new Finding(Severity.ERROR, UNDECLARED, node.pointer(),
                                entry.code() + " level " + node.level() + ": " + node.criterion().kind() + " reads fact '" + fact
                                        + "', which the indicator does not declare; nobody is asked to report it"));
                    } else if (!types.isEmpty() && !types.contains(declared.get().type())) {
                        out.add(new Finding(Severity.ERROR, WRONG_TYPE, node.pointer(),
                                entry.code() + " level " + node.level() + ": " + node.criterion().kind() + " reads '" + fact
                                        + "' as " + names(types) + " but it is declared as " + name(declared.get().type())
                                        + "; a report of it can never decide the level"));
                    }
                });
            }
            Set<String> read = new HashSet<>();
            for (Level level : indicator.levels()) {
                read.addAll(level.criterion().factNames());
            }
            for (int i = 0; i < indicator.facts().size(); i++) {
                FactDeclaration f = indicator.facts().get(i);
                if (!read.contains(f.name())) {
                    out.add(new Finding(Severity.WARNING, UNUSED, entry.pointer() + "/facts/" + i,
                            entry.code() + " declares fact '" + f.name() + "' (" + f.label() + ") but no level reads it"));
                }
            }
        }
        return out;
    }

    /**
     * The facts this node itself reads (not its children), each with the types it accepts; an
     * empty set means any type (a plug-in kind says which facts it reads, not how).
     */
    private static Map<String, Set<FactType>> readsOf(Criterion c) {
        Map<String, Set<FactType>> reads = new LinkedHashMap<>();
        switch (c) {
            case Threshold t -> reads.put(t.fact(), EnumSet.of(FactType.NUMBER));
            case Bracket b -> reads.put(b.fact(), EnumSet.of(FactType.NUMBER));
            case StepDone s -> reads.put(s.fact(), EnumSet.of(FactType.STEP));
            case Judgement j -> reads.put(j.fact(), EnumSet.of(FactType.FLAG));
            case Cases cases -> {
                Set<FactType> types = EnumSet.noneOf(FactType.class);
                cases.cases().forEach(one -> types.add(typeOf(one.when())));
                reads.put(cases.fact(), types);
            }
            case Extension e -> e.factNames().forEach(f -> reads.put(f, EnumSet.noneOf(FactType.class)));
            // their children are nodes of their own
            case Combination _ -> { }
        }
        return reads;
    }

    private static FactType typeOf(FactValue v) {
        if (v instanceof FactValue.Quantity) {
            return FactType.NUMBER;
        } else if (v instanceof FactValue.Flag) {
            return FactType.FLAG;
        } else if (v instanceof FactValue.Choice) {
            return FactType.CHOICE;
        }
        return FactType.STEP;
    }

    private static String names(Set<FactType> types) {
        List<String> out = new ArrayList<>();
        types.forEach(t -> out.add(name(t)));
        return String.join(" or ", out);
    }

    private static String name(FactType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
