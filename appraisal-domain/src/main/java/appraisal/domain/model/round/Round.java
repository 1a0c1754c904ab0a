package appraisal.domain.model.round;

import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An appraisal round (รอบการประเมิน): fiscal year and number, its date range, deadlines, the
 * scoring scheme every agreement of the round is scored with, and its settings (review policy,
 * evidence quota).
 *
 * <p>Invariants: number is 1 or 2; every deadline falls inside the fiscal year of the round
 * (results may be due a little after the round closes, but never in another fiscal year).
 */
public record Round(RoundId id, FiscalYear fiscalYear, int number, ImmutableList<Deadline> deadlines, ScoringScheme scheme,
                    RoundSettings settings) {

    public Round {
        Require.present(id, "id");
        Require.present(fiscalYear, "fiscalYear");
        Require.that(number == 1 || number == 2, "round.bad-number", "a round is 1 or 2, got " + number, "number");
        Objects.requireNonNull(deadlines, "deadlines");
        Require.present(scheme, "scheme");
        Require.present(settings, "settings");
        for (Deadline d : deadlines) {
            if (d.due().isBefore(fiscalYear.start()) || d.due().isAfter(fiscalYear.end())) {
                throw DomainException.invalid("round.deadline-outside-year",
                        "deadline '" + d.label() + "' on " + d.due() + " is outside fiscal year " + fiscalYear.buddhistEra()
                                + " (" + fiscalYear.start() + " – " + fiscalYear.end() + ")", "deadlines");
            }
        }
    }

    public static Round open(FiscalYear year, int number, ImmutableList<Deadline> deadlines, ScoringScheme scheme,
                             RoundSettings settings) {
        return new Round(RoundId.of(year, number), year, number, deadlines, scheme, settings);
    }

    /** A round with the {@link RoundSettings#standard() standard settings}. */
    public static Round open(FiscalYear year, int number, ImmutableList<Deadline> deadlines, ScoringScheme scheme) {
        return open(year, number, deadlines, scheme, RoundSettings.standard());
    }

    public LocalDate start() {
        return fiscalYear.roundStart(number);
    }

    public LocalDate end() {
        return fiscalYear.roundEnd(number);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public Optional<Deadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst();
    }
}
