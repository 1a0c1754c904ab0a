package appraisal.domain.model.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import appraisal.domain.model.criterion.AllOf;
import appraisal.domain.model.criterion.AnyOf;
import appraisal.domain.model.criterion.AtLeast;
import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.criterion.Verdict;
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
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.scoring.ScoringScheme;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the rubric lint over seeded random rubrics: random criteria trees, ranges and dates. */
class RubricLintPropertiesTest {

    private static final List<String> FACTS = List.of("a", "b", "c.d", "e_f", "g", "office.headcount");

    /** Every code the lint may emit, with the one severity it always has. */
    private static final Map<String, Severity> SEVERITY = Map.ofEntries(
            Map.entry("rubric.level-count", Severity.ERROR),
            Map.entry("rubric.level-order", Severity.ERROR),
            Map.entry("threshold.not-harder", Severity.WARNING),
            Map.entry("threshold.dropped", Severity.WARNING),
            Map.entry("threshold.direction-flip", Severity.WARNING),
            Map.entry("bracket.overlap", Severity.ERROR),
            Map.entry("bracket.gap", Severity.WARNING),
            Map.entry("bracket.boundaries-differ", Severity.WARNING),
            Map.entry("step.date-outside-round", Severity.WARNING),
            Map.entry("step.dates-unchecked", Severity.INFO),
            Map.entry("step.due-after-self-assessment", Severity.INFO),
            Map.entry("rubric.round-mismatch", Severity.WARNING),
            Map.entry("fact.undeclared", Severity.ERROR),
            Map.entry("fact.wrong-type", Severity.ERROR),
            Map.entry("fact.unused", Severity.WARNING),
            Map.entry("section.weights-not-100", Severity.WARNING),
            Map.entry("level.judgement-only", Severity.INFO));

    static Stream<Long> seeds() {
        return LongStream.range(0, 400).mapToObj(i -> 0x11A7_0000L + i);
    }

    /** A well-behaved plug-in kind, so trees contain criteria the lint cannot look inside. */
    private record Tag(String fact) implements Extension {
        @Override
        public Verdict evaluate(Facts facts) {
            return facts.get(fact).isPresent() ? Verdict.met("tagged") : Verdict.missing(fact);
        }

        @Override
        public String kind() {
            return "tag";
        }

        @Override
        public ImmutableSet<String> factNames() {
            return ImmutableSet.of(fact);
        }

        @Override
        public ImmutableMap<String, Direction> directions() {
            return ImmutableMap.of();
        }

        @Override
        public Node.Obj parameters() {
            return Node.obj().put("fact", fact).build();
        }
    }

    // ---- generators --------------------------------------------------------------------------

    /**
     * Seeded random rubrics. With {@code stepCases} a case may be chosen by a step's completion,
     * which the Java API accepts but the interchange format cannot write.
     */
    static final class RandomRubrics {

        private final Random r;
        private final boolean stepCases;

        RandomRubrics(Random r, boolean stepCases) {
            this.r = r;
            this.stepCases = stepCases;
        }

        private <T> T pick(List<T> from) {
            return from.get(r.nextInt(from.size()));
        }

        /** Small decimals with a few scales, so equal targets and touching ranges happen often. */
        private BigDecimal decimal() {
            return BigDecimal.valueOf(r.nextInt(21) - 5, r.nextInt(2)).multiply(BigDecimal.valueOf(r.nextBoolean() ? 1 : 10));
        }

        private LocalDate date() {
            return LocalDate.of(2019, 1, 1).plusDays(r.nextInt(365 * 8));
        }

        private Range<BigDecimal> range() {
            BigDecimal a = decimal();
            BigDecimal b = decimal();
            BigDecimal lo = a.min(b);
            BigDecimal hi = a.max(b);
            switch (r.nextInt(9)) {
                case 0:
                    return Range.all();
                case 1:
                    return Range.atMost(a);
                case 2:
                    return Range.lessThan(a);
                case 3:
                    return Range.atLeast(a);
                case 4:
                    return Range.greaterThan(a);
                case 5:
                    return Range.closed(lo, hi);
                case 6:
                    return Range.closedOpen(lo, hi);
                case 7:
                    return Range.openClosed(lo, hi);
                default:
                    return lo.compareTo(hi) < 0 ? Range.open(lo, hi) : Range.closed(lo, hi);
            }
        }

        private FactValue caseValue() {
            switch (r.nextInt(stepCases ? 4 : 3)) {
                case 0:
                    return FactValue.flag(r.nextBoolean());
                case 1:
                    return new FactValue.Choice(pick(List.of("rural", "urban", "mixed")));
                case 2:
                    return FactValue.of(decimal());
                default:
                    return r.nextBoolean() ? FactValue.Completion.doneOn(date()) : FactValue.Completion.notDone();
            }
        }

        private List<Criterion> items(int depth) {
            List<Criterion> out = new ArrayList<>();
            int n = 1 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                out.add(criterion(depth + 1));
            }
            return out;
        }

        Criterion criterion(int depth) {
            switch (r.nextInt(depth >= 3 ? 4 : 9)) {
                case 0:
                    return new Threshold(pick(FACTS), pick(List.of(Comparator.values())), decimal());
                case 1:
                    return new StepDone(pick(FACTS), r.nextBoolean() ? Optional.of(date()) : Optional.empty());
                case 2:
                    return new Judgement(pick(FACTS), "ผ่านหรือไม่");
                case 3:
                    return new Tag(pick(FACTS));
                case 4:
                    return AllOf.of(items(depth));
                case 5:
                    return AnyOf.of(items(depth));
                case 6: {
                    List<Criterion> items = items(depth);
                    return AtLeast.of(1 + r.nextInt(items.size()), items);
                }
                case 7: {
                    List<Cases.Case> cases = new ArrayList<>();
                    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                        cases.add(new Cases.Case(caseValue(), criterion(depth + 1)));
                    }
                    Optional<Criterion> otherwise = r.nextBoolean() ? Optional.of(criterion(depth + 1)) : Optional.empty();
                    return new Cases(pick(FACTS), ImmutableList.copyOf(cases), otherwise);
                }
                default: {
                    List<Bracket.Branch> branches = new ArrayList<>();
                    for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                        branches.add(new Bracket.Branch(range(), criterion(depth + 1)));
                    }
                    return new Bracket(pick(FACTS), ImmutableList.copyOf(branches));
                }
            }
        }

        private Indicator indicator(String code) {
            List<FactDeclaration> facts = new ArrayList<>();
            for (String f : FACTS) {
                if (r.nextInt(3) > 0) {
                    facts.add(new FactDeclaration(f, pick(List.of(FactType.values())), "ข้อมูล " + f, ""));
                }
            }
            List<Level> levels = new ArrayList<>();
            ScoringMethod scoring;
            if (r.nextInt(6) == 0) {
                // An interpolated indicator needs rising thresholds on one fact.
                BigDecimal target = decimal();
                for (int n = 1; n <= 5; n++) {
                    target = target.add(BigDecimal.valueOf(1 + r.nextInt(5)));
                    levels.add(new Level(n, "ระดับ " + n, new Threshold("a", r.nextBoolean() ? Comparator.AT_LEAST : Comparator.MORE_THAN, target)));
                }
                scoring = ScoringMethod.INTERPOLATED;
                return new Indicator(new IndicatorRef(code, 1), "สุ่ม " + code, new Measure("%", Direction.HIGHER_IS_BETTER), "",
                        ImmutableList.copyOf(facts), ImmutableList.copyOf(levels), scoring);
            }
            for (int n = 1; n <= 5; n++) {
                levels.add(new Level(n, "ระดับ " + n, criterion(0)));
            }
            scoring = r.nextBoolean() ? ScoringMethod.HIGHEST_MET : ScoringMethod.CUMULATIVE;
            Direction direction = r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            return new Indicator(new IndicatorRef(code, 1 + r.nextInt(3)), "สุ่ม " + code, new Measure("", direction), "",
                    ImmutableList.copyOf(facts), ImmutableList.copyOf(levels), scoring);
        }

        Rubric rubric() {
            List<RubricEntry> entries = new ArrayList<>();
            for (int i = 0, n = r.nextInt(7); i < n; i++) {
                entries.add(new RubricEntry(indicator("R" + i), pick(List.of(Section.values())),
                        BigDecimal.valueOf(1 + r.nextInt(10000), 2)));
            }
            Optional<FiscalYear> year = r.nextBoolean() ? Optional.of(new FiscalYear(2560 + r.nextInt(10))) : Optional.empty();
            Optional<Integer> round = r.nextBoolean() ? Optional.of(1 + r.nextInt(2)) : Optional.empty();
            return new Rubric("สุ่ม", year, round, ImmutableList.copyOf(entries));
        }

        List<Finding> readerFindings() {
            List<Finding> out = new ArrayList<>();
            for (int i = 0, n = r.nextInt(3); i < n; i++) {
                String location = pick(List.of("/indicators/" + r.nextInt(9) + "/levels", "/indicators/" + r.nextInt(9) + "/levels/1/level",
                        "", "indicators/2", "/indicators/99999999999/levels", "/indicators/x"));
                out.add(new Finding(Severity.ERROR, pick(List.of("rubric.level-count", "rubric.level-order")), location, "อ่านไม่ได้"));
            }
            return out;
        }

        RubricLint lint() {
            if (r.nextBoolean()) {
                return new RubricLint();
            }
            FiscalYear year = new FiscalYear(2560 + r.nextInt(10));
            LocalDate due = year.start().plusDays(r.nextInt(365));
            return new RubricLint(Round.open(year, 1 + r.nextInt(2),
                    ImmutableList.of(new Deadline(DeadlineKind.SELF_ASSESSMENT, due, "ปลายรอบ")), ScoringScheme.standard()));
        }
    }

    // ---- properties --------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("seeds")
    void lint_never_throws_and_every_finding_has_a_code_a_message_and_a_pointer(long seed) {
        RandomRubrics random = new RandomRubrics(new Random(seed), true);
        Rubric rubric = random.rubric();
        List<Finding> reader = random.readerFindings();
        RubricLint lint = random.lint();

        List<Finding> findings = new ArrayList<>();
        assertThatCode(() -> findings.addAll(lint.lint(rubric, reader))).as("seed %s", seed).doesNotThrowAnyException();

        assertThat(findings).as("seed %s", seed).allSatisfy(f -> {
            assertThat(f.code()).isNotBlank();
            assertThat(f.message()).isNotBlank();
            assertThat(f.location()).startsWith("/");
            assertThat(SEVERITY).as("known code").containsEntry(f.code(), f.severity());
        });
        assertThat(findings).as("seed %s", seed).hasSizeGreaterThanOrEqualTo(reader.size());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findings_are_sorted_by_location_and_the_same_every_time(long seed) {
        Rubric rubric = new RandomRubrics(new Random(seed), true).rubric();
        RubricLint lint = new RubricLint();

        List<Finding> first = lint.lint(rubric);

        assertThat(first).as("seed %s", seed).isSortedAccordingTo(RubricLint.BY_LOCATION);
        assertThat(lint.lint(rubric)).as("seed %s", seed).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void every_location_names_a_node_of_the_tree_the_codec_writes(long seed) {
        RandomRubrics random = new RandomRubrics(new Random(seed), false);
        Rubric rubric = random.rubric();
        Node tree = new RubricCodec(new CriterionCodec(List.of())).write(rubric);

        for (Finding f : random.lint().lint(rubric)) {
            assertThat(resolve(tree, f.location())).as("seed %s: %s", seed, f).isPresent();
        }
    }

    /** The node a JSON pointer names (RFC 6901; our keys need no escaping), or empty. */
    private static Optional<Node> resolve(Node tree, String pointer) {
        Node at = tree;
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (segment.isEmpty() && pointer.equals("/")) {
                return Optional.of(tree);
            }
            if (at instanceof Node.Obj o && o.has(segment)) {
                at = o.fields().get(segment);
            } else if (at instanceof Node.Arr a && segment.matches("\\d{1,9}") && Integer.parseInt(segment) < a.items().size()) {
                at = a.items().get(Integer.parseInt(segment));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(at);
    }
}
