package appraisal.domain.model.lint;

import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.round.Round;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Static checks that real rubrics need before offices agree on them. Each finding has a stable
 * code, a severity and a JSON pointer into the rubric's interchange tree; findings come sorted by
 * location. ERROR means scoring would be wrong or ambiguous, WARNING asks for a human look, INFO
 * is worth knowing.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><td>{@code rubric.level-count}, {@code rubric.level-order}</td><td>ERROR</td>
 *       <td>an indicator without levels 1–5 in order (found by the reader, carried through)</td></tr>
 *   <tr><td>{@code threshold.not-harder}</td><td>WARNING</td>
 *       <td>a level's target on a fact is not beyond the level below (equal counts)</td></tr>
 *   <tr><td>{@code threshold.dropped}</td><td>WARNING</td>
 *       <td>under highest-met scoring, a level stops checking a fact the level below checked</td></tr>
 *   <tr><td>{@code threshold.direction-flip}</td><td>WARNING</td>
 *       <td>a fact compared with {@code >=} at some levels and {@code <} at others</td></tr>
 *   <tr><td>{@code bracket.overlap}</td><td>ERROR</td><td>two ranges of one bracket share values</td></tr>
 *   <tr><td>{@code bracket.gap}</td><td>WARNING</td><td>values between a bracket's ranges fall in none</td></tr>
 *   <tr><td>{@code bracket.boundaries-differ}</td><td>WARNING</td>
 *       <td>levels of one indicator split a fact at different boundaries</td></tr>
 *   <tr><td>{@code step.date-outside-round}</td><td>WARNING</td><td>a dated step due outside the round</td></tr>
 *   <tr><td>{@code step.due-after-self-assessment}</td><td>INFO</td>
 *       <td>a step due after the round's self-assessment deadline (only with a round)</td></tr>
 *   <tr><td>{@code step.dates-unchecked}</td><td>INFO</td><td>dated steps, but no fiscal year to check them against</td></tr>
 *   <tr><td>{@code rubric.round-mismatch}</td><td>WARNING</td><td>the rubric names another round than the one given</td></tr>
 *   <tr><td>{@code fact.undeclared}, {@code fact.wrong-type}</td><td>ERROR</td>
 *       <td>a criterion reads a fact the indicator does not declare, or declares as another type</td></tr>
 *   <tr><td>{@code fact.unused}</td><td>WARNING</td><td>a declared fact no level reads</td></tr>
 *   <tr><td>{@code section.weights-not-100}</td><td>WARNING</td><td>a section's weights do not sum to 100</td></tr>
 *   <tr><td>{@code level.judgement-only}</td><td>INFO</td><td>a level only the evaluator can decide</td></tr>
 *   <tr><td>{@code lint.check-failed}</td><td>ERROR</td>
 *       <td>a check could not finish, e.g. a plug-in criterion threw; the other checks still ran</td></tr>
 * </table>
 *
 * <p>Locations point into the tree the rubric was read from. When the reader left indicators out
 * (its findings name them, e.g. {@code /indicators/2/levels}), later entries keep their original
 * positions, so every finding points into the same tree; with no such findings that tree is the
 * one {@code RubricCodec.write} gives.
 *
 * <p>Lint never throws for a rubric the domain can build.
 */
public final class RubricLint {

    static final String CHECK_FAILED = "lint.check-failed";

    /** Reader codes meaning "this indicator was left out of the rubric". */
    private static final ImmutableSet<String> LEFT_OUT = ImmutableSet.of("rubric.level-count", "rubric.level-order");
    private static final Pattern INDICATOR_POSITION = Pattern.compile("/indicators/(\\d{1,9})(?:/|$)");

    private static final ImmutableList<RubricCheck> CHECKS = ImmutableList.of(
            new RubricCheck("targets get harder", TargetsGetHarder::check),
            new RubricCheck("comparators agree", ComparatorsAgree::check),
            new RubricCheck("brackets partition their fact", BracketsPartition::check),
            new RubricCheck("brackets keep their boundaries", BracketsKeepBoundaries::check),
            new RubricCheck("facts are declared", FactsDeclared::check),
            new RubricCheck("dates fall in the round", DatesInRound::check),
            new RubricCheck("section weights sum to 100", SectionWeights::check),
            new RubricCheck("levels are checkable", LevelsCheckable::check));

    /** Findings in the order people read a rubric: by location, then the worst first. */
    public static final Comparator<Finding> BY_LOCATION = Comparator
            .comparing(Finding::location, RubricLint::comparePointers)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    private final Optional<Round> round;

    /** A lint that judges dates by the round the rubric names. */
    public RubricLint() {
        this.round = Optional.empty();
    }

    /** A lint for rubrics used in {@code round}: dates are judged by it, and by its deadlines. */
    public RubricLint(Round round) {
        this.round = Optional.of(Objects.requireNonNull(round, "round"));
    }

    public ImmutableList<Finding> lint(Rubric rubric) {
        return lint(rubric, List.of());
    }

    /** Lints {@code rubric}, carrying through {@code readerFindings} (what reading its tree reported). */
    public ImmutableList<Finding> lint(Rubric rubric, List<Finding> readerFindings) {
        Objects.requireNonNull(rubric, "rubric");
        List<Finding> out = new ArrayList<>();
        for (Finding f : readerFindings) {
            out.add(f.location().startsWith("/") ? f : new Finding(f.severity(), f.code(), "/" + f.location(), f.message()));
        }
        RubricLayout layout = RubricLayout.of(rubric, entryPointers(rubric, readerFindings), round);
        for (RubricCheck check : CHECKS) {
            try {
                out.addAll(check.apply(layout));
            } catch (RuntimeException e) {
                // A plug-in criterion may throw from factNames(); that must not hide what the other checks found.
                out.add(new Finding(Severity.ERROR, CHECK_FAILED, "/",
                        "the check '" + check.name() + "' could not finish: " + e));
            }
        }
        out.sort(BY_LOCATION);
        return ImmutableList.copyOf(out);
    }

    /** Each entry's pointer, skipping the positions of indicators the reader left out. */
    private static List<String> entryPointers(Rubric rubric, List<Finding> readerFindings) {
        Set<Integer> leftOut = new TreeSet<>();
        for (Finding f : readerFindings) {
            Matcher m = INDICATOR_POSITION.matcher(f.location());
            if (LEFT_OUT.contains(f.code()) && m.lookingAt()) {
                leftOut.add(Integer.parseInt(m.group(1)));
            }
        }
        List<String> pointers = new ArrayList<>();
        int position = 0;
        for (int i = 0; i < rubric.entries().size(); i++) {
            while (leftOut.contains(position)) {
                position++;
            }
            pointers.add("/indicators/" + position);
            position++;
        }
        return pointers;
    }

    /** JSON pointers segment by segment, list positions as numbers, so {@code /indicators/10} follows {@code /indicators/9}. */
    static int comparePointers(String a, String b) {
        String[] x = a.split("/", -1);
        String[] y = b.split("/", -1);
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegments(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegments(String a, String b) {
        boolean na = isPosition(a);
        boolean nb = isPosition(b);
        if (na && nb) {
            // Positions in pointers have no leading zeros, so the longer one is the larger.
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isPosition(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
