package appraisal.domain.model.indicator;

import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of indicators with weights and responsible units, as an office publishes it for a
 * round (the attachment of the source document): the template agreements are drafted from.
 * A rubric may be imperfect; the rubric lint says how.
 */
public record Rubric(String title, Optional<FiscalYear> fiscalYear, Optional<Integer> round, ImmutableList<RubricEntry> entries) {

    public Rubric {
        title = Require.text(title, "title");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(entries, "entries");
        round.ifPresent(r -> Require.that(r == 1 || r == 2, "round.bad-number", "a round is 1 or 2, got " + r, "round"));
    }

    public ImmutableList<RubricEntry> section(Section section) {
        return entries.stream().filter(e -> e.section() == section).collect(ImmutableList.toImmutableList());
    }

    public BigDecimal weightOf(Section section) {
        return section(section).stream().map(RubricEntry::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<RubricEntry> entry(String code) {
        return entries.stream().filter(e -> e.indicator().ref().code().equals(code)).findFirst();
    }
}
