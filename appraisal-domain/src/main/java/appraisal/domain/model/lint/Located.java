package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.AllOf;
import appraisal.domain.model.criterion.AnyOf;
import appraisal.domain.model.criterion.AtLeast;
import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Combination;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.Level;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One criterion node of a rubric with where it sits: its level, its JSON pointer in the tree
 * {@code RubricCodec} writes (e.g. {@code /indicators/3/levels/2/criterion/otherwise}) and the
 * case and bracket branches that lead to it, so levels can be compared branch by branch.
 */
record Located(int level, Criterion criterion, String pointer, ImmutableList<String> branch) {

    /** Every node of a level's criterion, parents before children, in the order the codec writes them. */
    static ImmutableList<Located> walk(Level level, String levelPointer) {
        List<Located> out = new ArrayList<>();
        walk(level.number(), level.criterion(), levelPointer + "/criterion", ImmutableList.of(), out);
        return ImmutableList.copyOf(out);
    }

    private static void walk(int level, Criterion c, String pointer, ImmutableList<String> branch, List<Located> out) {
        out.add(new Located(level, c, pointer, branch));
        switch (c) {
            case AllOf a -> items(level, a.items(), pointer, branch, out);
            case AnyOf a -> items(level, a.items(), pointer, branch, out);
            case AtLeast a -> items(level, a.items(), pointer, branch, out);
            case Cases cases -> {
                for (int i = 0; i < cases.cases().size(); i++) {
                    Cases.Case one = cases.cases().get(i);
                    walk(level, one.then(), pointer + "/cases/" + i + "/then",
                            with(branch, cases.fact() + " = " + show(one.when())), out);
                }
                if (cases.otherwise().isPresent()) {
                    walk(level, cases.otherwise().get(), pointer + "/otherwise", with(branch, cases.fact() + " otherwise"), out);
                }
            }
            case Bracket bracket -> {
                for (int i = 0; i < bracket.branches().size(); i++) {
                    // Brackets are matched by position: a level that moves a boundary is the boundary check's business.
                    walk(level, bracket.branches().get(i).then(), pointer + "/brackets/" + i + "/then",
                            with(branch, bracket.fact() + " bracket " + (i + 1)), out);
                }
            }
            // leaves: nothing below them
            case Threshold _ -> { }
            case StepDone _ -> { }
            case Judgement _ -> { }
            case Extension _ -> { }
        }
    }

    /** This node's criterion if it is a threshold. */
    Optional<Threshold> threshold() {
        return switch (criterion) {
            case Threshold t -> Optional.of(t);
            case StepDone _ -> Optional.empty();
            case Judgement _ -> Optional.empty();
            case Extension _ -> Optional.empty();
            case Combination _ -> Optional.empty();
            case Cases _ -> Optional.empty();
            case Bracket _ -> Optional.empty();
        };
    }

    /** This node's criterion if it is a bracket. */
    Optional<Bracket> bracket() {
        return switch (criterion) {
            case Bracket b -> Optional.of(b);
            case Threshold _ -> Optional.empty();
            case StepDone _ -> Optional.empty();
            case Judgement _ -> Optional.empty();
            case Extension _ -> Optional.empty();
            case Combination _ -> Optional.empty();
            case Cases _ -> Optional.empty();
        };
    }

    /** This node's criterion if it is a step. */
    Optional<StepDone> step() {
        return switch (criterion) {
            case StepDone s -> Optional.of(s);
            case Threshold _ -> Optional.empty();
            case Judgement _ -> Optional.empty();
            case Extension _ -> Optional.empty();
            case Combination _ -> Optional.empty();
            case Cases _ -> Optional.empty();
            case Bracket _ -> Optional.empty();
        };
    }

    private static void items(int level, List<Criterion> items, String pointer, ImmutableList<String> branch, List<Located> out) {
        for (int i = 0; i < items.size(); i++) {
            walk(level, items.get(i), pointer + "/of/" + i, branch, out);
        }
    }

    private static ImmutableList<String> with(ImmutableList<String> branch, String step) {
        return ImmutableList.<String>builder().addAll(branch).add(step).build();
    }

    /**
     * Whether two nodes can apply in the same situation: one's branch path is a prefix of the
     * other's. A level-wide threshold and one under "defaulted loans exist" can; the two cases cannot.
     */
    boolean sharesSituationWith(Located other) {
        int n = Math.min(branch.size(), other.branch.size());
        return branch.subList(0, n).equals(other.branch.subList(0, n));
    }

    /** The branch as people read it, e.g. {@code " (when kkj.defaulted_loans_exist otherwise)"}; empty outside any branch. */
    String situation() {
        return branch.isEmpty() ? "" : " (when " + String.join(", ", branch) + ")";
    }

    static String show(FactValue value) {
        if (value instanceof FactValue.Flag f) {
            return Boolean.toString(f.value());
        } else if (value instanceof FactValue.Quantity q) {
            return plain(q.value());
        } else if (value instanceof FactValue.Choice c) {
            return "'" + c.value() + "'";
        }
        return ((FactValue.Completion) value).done() ? "done" : "not done";
    }

    /** A number as written in a rubric: {@code 98.00} stays {@code 98.00}, {@code 1E+1} becomes {@code 10}. */
    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
