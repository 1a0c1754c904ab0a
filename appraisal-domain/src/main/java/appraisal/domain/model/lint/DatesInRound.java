package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.round.Round;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Work a level asks for is due inside the period being appraised:
 * <ul>
 *   <li>{@code step.date-outside-round} (warning): a dated step due before the round starts or
 *       after it ends, judged against the round given to the lint, else the round the rubric
 *       names, else its fiscal year.</li>
 *   <li>{@code step.dates-unchecked} (info): the rubric has dated steps but names no fiscal year,
 *       so nothing could be checked.</li>
 *   <li>{@code step.due-after-self-assessment} (info, only with a round): a step due after the
 *       appraisee's end-of-round report is due, so the report cannot yet show it done.</li>
 *   <li>{@code rubric.round-mismatch} (warning, only with a round): the rubric names another round.</li>
 * </ul>
 */
final class DatesInRound {

    static final String OUTSIDE = "step.date-outside-round";
    static final String UNCHECKED = "step.dates-unchecked";
    static final String AFTER_SELF_ASSESSMENT = "step.due-after-self-assessment";
    static final String ROUND_MISMATCH = "rubric.round-mismatch";

    private DatesInRound() {
    }

    /** The period dates are judged against, and its name in messages. */
    private record Window(LocalDate start, LocalDate end, String name) {
        boolean contains(LocalDate date) {
            return !date.isBefore(start) && !date.isAfter(end);
        }
    }

    static List<Finding> check(RubricLayout layout) {
        List<Finding> out = new ArrayList<>();
        layout.round().ifPresent(round -> roundMismatch(layout.rubric(), round, out));
        Optional<Window> window = window(layout);
        Optional<LocalDate> selfAssessment = layout.round().flatMap(r -> r.deadline(DeadlineKind.SELF_ASSESSMENT)).map(Deadline::due);
        boolean anyDated = false;
        for (RubricLayout.EntryAt entry : layout.entries()) {
            for (Located node : entry.nodes()) {
                Optional<StepDone> dated = node.step().filter(s -> s.by().isPresent());
                if (dated.isEmpty()) {
                    continue;
                }
                StepDone step = dated.get();
                anyDated = true;
                LocalDate by = step.by().get();
                String at = node.pointer() + "/by";
                if (window.isPresent() && !window.get().contains(by)) {
                    out.add(new Finding(Severity.WARNING, OUTSIDE, at,
                            entry.code() + " level " + node.level() + ": '" + step.fact() + "' is due " + by + ", outside "
                                    + window.get().name() + " (" + window.get().start() + " – " + window.get().end() + ")"));
                } else if (selfAssessment.isPresent() && by.isAfter(selfAssessment.get())) {
                    out.add(new Finding(Severity.INFO, AFTER_SELF_ASSESSMENT, at,
                            entry.code() + " level " + node.level() + ": '" + step.fact() + "' is due " + by
                                    + ", after the self-assessment due " + selfAssessment.get()
                                    + "; the end-of-round report cannot show it done yet"));
                }
            }
        }
        if (anyDated && window.isEmpty()) {
            out.add(new Finding(Severity.INFO, UNCHECKED, "/",
                    "the rubric names no fiscal year, so the dates of its steps were not checked against a round"));
        }
        return out;
    }

    private static Optional<Window> window(RubricLayout layout) {
        if (layout.round().isPresent()) {
            Round r = layout.round().get();
            return Optional.of(new Window(r.start(), r.end(), "round " + r.number() + " of FY " + r.fiscalYear().buddhistEra()));
        }
        Rubric rubric = layout.rubric();
        if (rubric.fiscalYear().isEmpty()) {
            return Optional.empty();
        }
        FiscalYear year = rubric.fiscalYear().get();
        if (rubric.round().isPresent()) {
            int n = rubric.round().get();
            return Optional.of(new Window(year.roundStart(n), year.roundEnd(n), "round " + n + " of FY " + year.buddhistEra()));
        }
        return Optional.of(new Window(year.start(), year.end(), "FY " + year.buddhistEra()));
    }

    private static void roundMismatch(Rubric rubric, Round round, List<Finding> out) {
        if (rubric.fiscalYear().isPresent() && !rubric.fiscalYear().get().equals(round.fiscalYear())) {
            out.add(new Finding(Severity.WARNING, ROUND_MISMATCH, "/fiscal_year", "the rubric is for FY "
                    + rubric.fiscalYear().get().buddhistEra() + " but is checked against FY " + round.fiscalYear().buddhistEra()));
        }
        if (rubric.round().isPresent() && rubric.round().get() != round.number()) {
            out.add(new Finding(Severity.WARNING, ROUND_MISMATCH, "/round", "the rubric is for round "
                    + rubric.round().get() + " but is checked against round " + round.number()));
        }
    }
}
