package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.util.List;

/** At least {@code k} of the items must be met. */
public record AtLeast(int k, ImmutableList<Criterion> items) implements Combination {

    public AtLeast {
        Require.nonEmpty(items, "items");
        Require.that(k >= 1 && k <= items.size(), "criterion.at-least-out-of-range",
                "at-least needs 1 <= k <= " + items.size() + ", got " + k, "k");
    }

    public static AtLeast of(int k, List<? extends Criterion> items) {
        return new AtLeast(k, ImmutableList.copyOf(items));
    }

    @Override
    public String kind() {
        return "at-least";
    }

    @Override
    public int needed() {
        return k;
    }

    @Override
    public String label() {
        return "at-least " + k;
    }
}
