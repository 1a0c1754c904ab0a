package appraisal.domain.model.lint;

import static appraisal.domain.model.lint.SmallRubrics.at;
import static appraisal.domain.model.lint.SmallRubrics.atLeast;
import static appraisal.domain.model.lint.SmallRubrics.indicator;
import static appraisal.domain.model.lint.SmallRubrics.number;
import static appraisal.domain.model.lint.SmallRubrics.of;
import static appraisal.domain.model.lint.SmallRubrics.rubric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.model.criterion.AllOf;
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
import appraisal.domain.model.criterion.Verdict;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.ScoringMethod;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.interchange.RubricReading;
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
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RubricLintTest {

    private final RubricLint lint = new RubricLint();

    private static Criterion[] rising(String fact, String... targets) {
        Criterion[] out = new Criterion[targets.length];
        for (int i = 0; i < targets.length; i++) {
            out[i] = atLeast(fact, targets[i]);
        }
        return out;
    }

    /** A headcount bracket split at {@code bounds} ("2", "4": ≤ 2 | > 2 and ≤ 4 | > 4), asking news >= level × (range number). */
    private static Bracket headcount(int level, String... bounds) {
        List<Range<BigDecimal>> ranges = new ArrayList<>();
        BigDecimal previous = null;
        for (String b : bounds) {
            BigDecimal upper = new BigDecimal(b);
            ranges.add(previous == null ? Range.atMost(upper) : Range.openClosed(previous, upper));
            previous = upper;
        }
        ranges.add(Range.greaterThan(previous));
        return bracket(level, ranges);
    }

    private static Bracket bracket(int level, List<Range<BigDecimal>> ranges) {
        List<Bracket.Branch> branches = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            branches.add(new Bracket.Branch(ranges.get(i), atLeast("news", String.valueOf(level * (i + 1)))));
        }
        return new Bracket("headcount", ImmutableList.copyOf(branches));
    }

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    @Test
    void a_clean_rubric_has_no_findings() {
        Rubric clean = rubric(indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("x")), rising("x", "10", "20", "30", "40", "50")));

        assertThat(lint.lint(clean)).isEmpty();
    }

    @Nested
    class Level_count {

        @Test
        void an_indicator_the_reader_left_out_is_reported_and_later_entries_keep_their_positions_in_the_file() {
            Indicator good = indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("x")), rising("x", "10", "20", "30", "40", "50"));
            Indicator notHarder = indicator("C", ScoringMethod.HIGHEST_MET, List.of(number("x")), rising("x", "10", "20", "20", "40", "50"));
            RubricCodec codec = new RubricCodec(CriterionCodec.withInstalledKinds());
            Indicator cut = indicator("B", ScoringMethod.HIGHEST_MET, List.of(number("x")), rising("x", "10", "20", "30", "40", "50"));
            Node.Obj tree = codec.write(rubric(good, cut, notHarder));
            // The middle indicator loses its fifth level, as a cut page would leave it.
            tree = withoutLevel(tree, 1, 4);

            RubricReading reading = codec.read(tree);
            List<Finding> findings = lint.lint(reading.rubric(), reading.findings());

            assertThat(reading.rubric().entries()).hasSize(2);
            // The weights no longer sum to 100 because B (33) was left out.
            assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location).containsExactly(
                    tuple(Severity.WARNING, "section.weights-not-100", "/indicators"),
                    tuple(Severity.ERROR, "rubric.level-count", "/indicators/1/levels"),
                    tuple(Severity.WARNING, "threshold.not-harder", "/indicators/2/levels/2/criterion"));
        }

        private Node.Obj withoutLevel(Node.Obj tree, int indicator, int level) {
            Node.Arr indicators = (Node.Arr) tree.fields().get("indicators");
            Node.Obj entry = (Node.Obj) indicators.items().get(indicator);
            List<Node> levels = new ArrayList<>(((Node.Arr) entry.fields().get("levels")).items());
            levels.remove(level);
            List<Node> entries = new ArrayList<>(indicators.items());
            entries.set(indicator, replace(entry, "levels", Node.arr(levels)));
            return replace(tree, "indicators", Node.arr(entries));
        }

        private Node.Obj replace(Node.Obj obj, String key, Node value) {
            Node.ObjBuilder b = Node.obj();
            obj.fields().forEach((k, v) -> b.put(k, k.equals(key) ? value : v));
            return b.build();
        }
    }

    @Nested
    class Targets_get_harder {

        @Test
        void an_equal_target_at_a_higher_level_is_not_harder() {
            Rubric r = rubric(indicator("A", ScoringMethod.CUMULATIVE, List.of(number("x")), rising("x", "10", "20", "20", "30", "40")));

            List<Finding> findings = lint.lint(r);

            assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location)
                    .containsExactly(tuple(Severity.WARNING, "threshold.not-harder", "/indicators/0/levels/2/criterion"));
            assertThat(findings.get(0).message()).contains("level 3", "x >= 20", "level 2");
        }

        @Test
        void a_lower_is_better_indicator_must_lower_its_targets() {
            Rubric r = rubric(indicator("A", Direction.LOWER_IS_BETTER, ScoringMethod.HIGHEST_MET, List.of(number("x")),
                    at("x", Comparator.AT_MOST, "10"), at("x", Comparator.AT_MOST, "8"), at("x", Comparator.AT_MOST, "9"),
                    at("x", Comparator.LESS_THAN, "5"), at("x", Comparator.LESS_THAN, "2")));

            assertThat(lint.lint(r)).extracting(Finding::code, Finding::location)
                    .containsExactly(tuple("threshold.not-harder", "/indicators/0/levels/2/criterion"));
        }

        @Test
        void thresholds_inside_cases_are_compared_branch_by_branch() {
            // Defaulted loans: 10, 15, 20, 25, 30. Normal circulation: 20, 20, 25, 25, 30 (levels 2 and 4 not harder).
            String[] defaulted = {"10", "15", "20", "25", "30"};
            String[] normal = {"20", "20", "25", "25", "30"};
            Criterion[] levels = new Criterion[5];
            for (int i = 0; i < 5; i++) {
                levels[i] = AllOf.of(StepDone.of("report"), new Cases("defaulted",
                        ImmutableList.of(new Cases.Case(FactValue.flag(true), atLeast("recovered", defaulted[i]))),
                        Optional.of(atLeast("recovered", normal[i]))));
            }
            Rubric r = rubric(indicator("A", ScoringMethod.HIGHEST_MET,
                    List.of(of("defaulted", FactType.FLAG), number("recovered"), of("report", FactType.STEP)), levels));

            List<Finding> findings = lint.lint(r);

            // Across branches 20 (normal, level 1) vs 15 (defaulted, level 2) would look easier; branch by branch it is not.
            assertThat(findings).extracting(Finding::code, Finding::location).containsExactly(
                    tuple("threshold.not-harder", "/indicators/0/levels/1/criterion/of/1/otherwise"),
                    tuple("threshold.not-harder", "/indicators/0/levels/3/criterion/of/1/otherwise"));
            assertThat(findings.get(0).message()).contains("when defaulted otherwise");
        }

        @Test
        void a_level_wide_threshold_is_compared_with_the_same_fact_under_the_cases_of_the_level_below() {
            Criterion l2 = new Cases("complaints", ImmutableList.of(new Cases.Case(FactValue.flag(true),
                    AllOf.of(atLeast("closed", "100"), atLeast("days", "2")))), Optional.of(atLeast("days", "2")));
            Rubric r = rubric(indicator("A", ScoringMethod.CUMULATIVE,
                    List.of(of("complaints", FactType.FLAG), number("closed"), number("days")),
                    atLeast("days", "1"), l2, atLeast("days", "2"), atLeast("days", "3"), atLeast("days", "4")));

            assertThat(lint.lint(r)).extracting(Finding::code, Finding::location)
                    .containsExactly(tuple("threshold.not-harder", "/indicators/0/levels/2/criterion"));
        }

        @Test
        void a_level_that_stops_checking_a_fact_is_flagged_only_under_highest_met_scoring() {
            Criterion[] levels = {
                AllOf.of(atLeast("x", "10"), atLeast("y", "1")),
                AllOf.of(atLeast("x", "20"), atLeast("y", "2")),
                atLeast("x", "30"),
                atLeast("x", "40"),
                atLeast("x", "50")};
            List<appraisal.domain.model.indicator.FactDeclaration> facts = List.of(number("x"), number("y"));

            List<Finding> highest = lint.lint(rubric(indicator("A", ScoringMethod.HIGHEST_MET, facts, levels)));
            List<Finding> cumulative = lint.lint(rubric(indicator("A", ScoringMethod.CUMULATIVE, facts, levels)));

            assertThat(highest).extracting(Finding::severity, Finding::code, Finding::location)
                    .containsExactly(tuple(Severity.WARNING, "threshold.dropped", "/indicators/0/levels/2/criterion"));
            assertThat(highest.get(0).message()).contains("y >= 2");
            assertThat(cumulative).isEmpty();
        }
    }

    @Nested
    class Comparators_agree {

        @Test
        void a_less_than_among_at_least_levels_is_a_flip() {
            Rubric r = rubric(indicator("A", ScoringMethod.CUMULATIVE, List.of(number("x")),
                    at("x", Comparator.LESS_THAN, "4"), atLeast("x", "5"), atLeast("x", "6"), atLeast("x", "7"), atLeast("x", "8")));

            List<Finding> findings = lint.lint(r);

            assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location)
                    .containsExactly(tuple(Severity.WARNING, "threshold.direction-flip", "/indicators/0/levels/0/criterion"));
            assertThat(findings.get(0).message()).contains("< 4", "level 2 >= 5");
        }

        @Test
        void on_a_tie_the_level_against_the_measure_is_the_odd_one() {
            Criterion[] levels = {
                at("x", Comparator.LESS_THAN, "4"), StepDone.of("s"), StepDone.of("s"), StepDone.of("s"), atLeast("x", "6")};
            List<appraisal.domain.model.indicator.FactDeclaration> facts = List.of(number("x"), of("s", FactType.STEP));

            assertThat(lint.lint(rubric(indicator("A", Direction.HIGHER_IS_BETTER, ScoringMethod.CUMULATIVE, facts, levels))))
                    .extracting(Finding::location).containsExactly("/indicators/0/levels/0/criterion");
            assertThat(lint.lint(rubric(indicator("A", Direction.LOWER_IS_BETTER, ScoringMethod.CUMULATIVE, facts, levels))))
                    .extracting(Finding::location).containsExactly("/indicators/0/levels/4/criterion");
        }

        @Test
        void a_level_bounding_a_value_from_both_sides_is_not_a_flip() {
            Criterion[] levels = new Criterion[5];
            for (int i = 0; i < 5; i++) {
                levels[i] = AllOf.of(atLeast("x", String.valueOf(10 + i)), at("x", Comparator.AT_MOST, "100"));
            }

            assertThat(lint.lint(rubric(indicator("A", ScoringMethod.CUMULATIVE, List.of(number("x")), levels))))
                    .extracting(Finding::code).doesNotContain("threshold.direction-flip");
        }
    }

    @Nested
    class Brackets {

        private Rubric sameAtEveryLevel(List<Range<BigDecimal>> ranges) {
            return rubric(indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("headcount"), number("news")),
                    bracket(1, ranges), bracket(2, ranges), bracket(3, ranges), bracket(4, ranges), bracket(5, ranges)));
        }

        @Test
        void overlapping_ranges_are_an_error_at_the_range_that_never_applies() {
            // "ไม่เกิน ๒ อัตรา" and "ไม่เกิน ๔ อัตรา" read literally: both contain 0..2.
            List<Finding> findings = lint.lint(sameAtEveryLevel(List.of(Range.atMost(n("2")), Range.atMost(n("4")), Range.greaterThan(n("4")))));

            assertThat(findings).hasSize(5).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.code()).isEqualTo("bracket.overlap");
                assertThat(f.location()).endsWith("/criterion/brackets/1");
                assertThat(f.message()).contains("≤ 4", "≤ 2");
            });
        }

        @Test
        void ranges_that_only_touch_do_not_overlap() {
            assertThat(lint.lint(sameAtEveryLevel(List.of(Range.atMost(n("2")), Range.openClosed(n("2"), n("4")), Range.greaterThan(n("4"))))))
                    .isEmpty();
        }

        @Test
        void values_between_ranges_are_a_gap() {
            List<Finding> findings = lint.lint(sameAtEveryLevel(List.of(Range.atMost(n("2")), Range.closed(n("3"), n("4")), Range.greaterThan(n("4")))));

            assertThat(findings).hasSize(5).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.code()).isEqualTo("bracket.gap");
                assertThat(f.message()).contains("> 2 and < 3");
            });
            assertThat(findings.get(0).location()).isEqualTo("/indicators/0/levels/0/criterion");
        }

        @Test
        void a_level_that_moves_a_boundary_is_flagged_against_the_first_level() {
            Rubric r = rubric(indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("headcount"), number("news")),
                    headcount(1, "2", "4"), headcount(2, "2", "4"), headcount(3, "2", "4"), headcount(4, "2", "4"), headcount(5, "2", "5")));

            List<Finding> findings = lint.lint(r);

            assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location)
                    .containsExactly(tuple(Severity.WARNING, "bracket.boundaries-differ", "/indicators/0/levels/4/criterion"));
            assertThat(findings.get(0).message()).contains("level 5", "> 2 and ≤ 5", "level 1", "> 2 and ≤ 4");
        }

        @Test
        void the_same_boundary_written_with_another_scale_is_the_same_boundary() {
            Rubric r = rubric(indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("headcount"), number("news")),
                    headcount(1, "2", "4"), headcount(2, "2", "4.0"), headcount(3, "2.00", "4"), headcount(4, "2", "4"), headcount(5, "2", "4")));

            assertThat(lint.lint(r)).isEmpty();
        }
    }

    @Nested
    class Dates {

        private Rubric withStepDue(LocalDate by, Optional<FiscalYear> year, Optional<Integer> round) {
            Indicator a = indicator("A", ScoringMethod.CUMULATIVE, List.of(of("s", FactType.STEP), number("x")),
                    StepDone.by("s", by), atLeast("x", "1"), atLeast("x", "2"), atLeast("x", "3"), atLeast("x", "4"));
            return new Rubric("ทดสอบ", year, round, ImmutableList.of(new RubricEntry(a, Section.TEAM, BigDecimal.valueOf(100))));
        }

        @Test
        void a_step_due_after_the_round_ends_is_outside_it() {
            // Round 2 of FY 2565 ends on 30 Sep 2022; "31 ธันวาคม ๒๕๖๕" is 31 Dec 2022.
            List<Finding> findings = lint.lint(withStepDue(LocalDate.of(2022, 12, 31), Optional.of(new FiscalYear(2565)), Optional.of(2)));

            assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location)
                    .containsExactly(tuple(Severity.WARNING, "step.date-outside-round", "/indicators/0/levels/0/criterion/by"));
            assertThat(findings.get(0).message()).contains("2022-12-31", "2022-04-01", "2022-09-30");
        }

        @Test
        void the_last_day_of_the_round_is_inside_it_and_the_day_before_it_starts_is_not() {
            Optional<FiscalYear> fy = Optional.of(new FiscalYear(2565));

            assertThat(lint.lint(withStepDue(LocalDate.of(2022, 9, 30), fy, Optional.of(2)))).isEmpty();
            assertThat(lint.lint(withStepDue(LocalDate.of(2022, 4, 1), fy, Optional.of(2)))).isEmpty();
            assertThat(lint.lint(withStepDue(LocalDate.of(2022, 3, 31), fy, Optional.of(2))))
                    .extracting(Finding::code).containsExactly("step.date-outside-round");
        }

        @Test
        void without_a_round_the_fiscal_year_is_the_window_and_without_a_year_nothing_is_checked() {
            LocalDate march = LocalDate.of(2022, 3, 31);

            assertThat(lint.lint(withStepDue(march, Optional.of(new FiscalYear(2565)), Optional.empty()))).isEmpty();
            assertThat(lint.lint(withStepDue(march, Optional.empty(), Optional.empty())))
                    .extracting(Finding::severity, Finding::code, Finding::location)
                    .containsExactly(tuple(Severity.INFO, "step.dates-unchecked", "/"));
        }

        @Test
        void with_a_round_a_step_due_after_the_self_assessment_is_worth_knowing() {
            Round round = Round.open(new FiscalYear(2565), 2, ImmutableList.of(
                    new Deadline(DeadlineKind.SELF_ASSESSMENT, LocalDate.of(2022, 9, 15), "ปลายรอบ")), ScoringScheme.standard());
            RubricLint withRound = new RubricLint(round);

            assertThat(withRound.lint(withStepDue(LocalDate.of(2022, 9, 16), Optional.of(new FiscalYear(2565)), Optional.of(2))))
                    .extracting(Finding::severity, Finding::code)
                    .containsExactly(tuple(Severity.INFO, "step.due-after-self-assessment"));
            assertThat(withRound.lint(withStepDue(LocalDate.of(2022, 9, 15), Optional.of(new FiscalYear(2565)), Optional.of(2))))
                    .isEmpty();
            assertThat(withRound.lint(withStepDue(LocalDate.of(2022, 9, 15), Optional.of(new FiscalYear(2565)), Optional.of(1))))
                    .extracting(Finding::code, Finding::location).containsExactly(tuple("rubric.round-mismatch", "/round"));
        }
    }

    @Nested
    class Facts_declared {

        @Test
        void a_fact_read_but_not_declared_is_an_error_where_it_is_read() {
            Rubric r = rubric(indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("x")),
                    atLeast("x", "1"), atLeast("x", "2"), AllOf.of(atLeast("x", "3"), StepDone.of("sent")),
                    atLeast("x", "4"), atLeast("x", "5")));

            List<Finding> findings = lint.lint(r);

            assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location)
                    .contains(tuple(Severity.ERROR, "fact.undeclared", "/indicators/0/levels/2/criterion/of/1"));
            assertThat(findings.stream().filter(f -> f.code().equals("fact.undeclared")).findFirst().orElseThrow().message())
                    .contains("'sent'");
        }

        @Test
        void a_fact_read_as_another_type_than_declared_is_an_error() {
            Rubric r = rubric(indicator("A", ScoringMethod.HIGHEST_MET, List.of(of("x", FactType.STEP)), rising("x", "1", "2", "3", "4", "5")));

            assertThat(lint.lint(r)).extracting(Finding::code).containsExactly(
                    "fact.wrong-type", "fact.wrong-type", "fact.wrong-type", "fact.wrong-type", "fact.wrong-type");
        }

        @Test
        void a_fact_declared_but_never_read_is_a_warning_at_its_declaration() {
            Rubric r = rubric(indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("x"), number("spare")),
                    rising("x", "1", "2", "3", "4", "5")));

            assertThat(lint.lint(r)).extracting(Finding::severity, Finding::code, Finding::location)
                    .containsExactly(tuple(Severity.WARNING, "fact.unused", "/indicators/0/facts/1"));
        }

        @Test
        void the_fact_a_bracket_or_cases_chooses_by_must_be_declared_too() {
            Rubric r = rubric(indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("news")),
                    headcount(1, "2", "4"), headcount(2, "2", "4"), headcount(3, "2", "4"), headcount(4, "2", "4"), headcount(5, "2", "4")));

            assertThat(lint.lint(r)).extracting(Finding::code, Finding::location)
                    .contains(tuple("fact.undeclared", "/indicators/0/levels/0/criterion"))
                    .hasSize(5);
        }
    }

    @Test
    void a_section_whose_weights_do_not_sum_to_100_is_a_warning() {
        Indicator a = indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("x")), rising("x", "1", "2", "3", "4", "5"));
        Rubric r = new Rubric("ทดสอบ", Optional.empty(), Optional.empty(), ImmutableList.of(
                new RubricEntry(a, Section.INDIVIDUAL, BigDecimal.valueOf(40)),
                new RubricEntry(a.nextVersion(a.levels()), Section.INDIVIDUAL, new BigDecimal("35.00"))));

        List<Finding> findings = lint.lint(r);

        assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location)
                .containsExactly(tuple(Severity.WARNING, "section.weights-not-100", "/indicators"));
        assertThat(findings.get(0).message()).contains("individual", "75");
    }

    @Test
    void a_level_only_the_evaluator_can_decide_is_worth_knowing() {
        Rubric r = rubric(indicator("A", ScoringMethod.CUMULATIVE, List.of(number("x"), of("ok", FactType.FLAG)),
                atLeast("x", "1"), new Judgement("ok", "แผนมีคุณภาพหรือไม่"), atLeast("x", "3"), atLeast("x", "4"), atLeast("x", "5")));

        assertThat(lint.lint(r)).extracting(Finding::severity, Finding::code, Finding::location)
                .containsExactly(tuple(Severity.INFO, "level.judgement-only", "/indicators/0/levels/1/criterion"));
    }

    @Test
    void findings_come_sorted_by_location_with_list_positions_compared_as_numbers() {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            // Every indicator's level 3 repeats level 2's target.
            indicators.add(indicator("I" + i, ScoringMethod.HIGHEST_MET, List.of(number("x")), rising("x", "1", "2", "2", "4", "5")));
        }
        List<Finding> findings = lint.lint(rubric(indicators.toArray(Indicator[]::new)));

        assertThat(findings).extracting(Finding::location).containsExactly(
                "/indicators/0/levels/2/criterion", "/indicators/1/levels/2/criterion", "/indicators/2/levels/2/criterion",
                "/indicators/3/levels/2/criterion", "/indicators/4/levels/2/criterion", "/indicators/5/levels/2/criterion",
                "/indicators/6/levels/2/criterion", "/indicators/7/levels/2/criterion", "/indicators/8/levels/2/criterion",
                "/indicators/9/levels/2/criterion", "/indicators/10/levels/2/criterion");
    }

    /** A plug-in kind that breaks its contract, to show one bad check does not hide the others. */
    private record Broken() implements Extension {
        @Override
        public Verdict evaluate(Facts facts) {
            return Verdict.unknown(List.of(), "broken");
        }

        @Override
        public String kind() {
            return "broken";
        }

        @Override
        public ImmutableSet<String> factNames() {
            throw new IllegalStateException("no facts today");
        }

        @Override
        public ImmutableMap<String, Direction> directions() {
            return ImmutableMap.of();
        }

        @Override
        public Node.Obj parameters() {
            return Node.obj().build();
        }
    }

    @Test
    void a_plug_in_that_throws_is_reported_and_the_other_checks_still_run() {
        Indicator a = indicator("A", ScoringMethod.HIGHEST_MET, List.of(number("x")),
                atLeast("x", "1"), atLeast("x", "1"), atLeast("x", "3"), atLeast("x", "4"), new Broken());
        Rubric r = new Rubric("ทดสอบ", Optional.empty(), Optional.empty(),
                ImmutableList.of(new RubricEntry(a, Section.TEAM, BigDecimal.valueOf(100))));

        List<Finding> findings = lint.lint(r);

        assertThat(findings).extracting(Finding::code).contains("lint.check-failed", "threshold.not-harder");
        assertThat(findings.stream().filter(f -> f.code().equals("lint.check-failed")).findFirst().orElseThrow().message())
                .contains("facts are declared", "no facts today");
    }
}
