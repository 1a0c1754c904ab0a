package appraisal.domain.model.bad;

import appraisal.domain.model.criterion.AllOf;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Threshold;

/** Breaks rule 10 on purpose: an instanceof chain over criterion kinds, which misses all but two. Only ever imported alone. */
public final class TellsKindsApartWithInstanceof {

    public int depth(Criterion c) {
        if (c instanceof Threshold) {
            return 1;
        } else if (c instanceof AllOf all) {
            return 1 + all.items().stream().mapToInt(this::depth).max().orElse(0);
        }
        return 1;
    }
}
