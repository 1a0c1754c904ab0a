package appraisal.domain.model.indicator;

import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.shared.Require;

/** One of the five levels (ระดับ ๑–๕) of an indicator: the text people read and the criterion the machine checks. */
public record Level(int number, String text, Criterion criterion) {

    public static final int COUNT = 5;

    public Level {
        Require.that(number >= 1 && number <= COUNT, "level.out-of-range", "level must be 1..5, got " + number, "level");
        text = Require.text(text, "text");
        Require.present(criterion, "criterion");
    }
}
