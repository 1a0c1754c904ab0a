package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.util.List;

/** Every item must be met, e.g. level 3 of the poverty indicator: four items. */
public record AllOf(ImmutableList<Criterion> items) implements Combination {

    public AllOf {
        Require.nonEmpty(items, "items");
    }

    public static AllOf of(Criterion... items) {
        return new AllOf(ImmutableList.copyOf(items));
    }

    public static AllOf of(List<? extends Criterion> items) {
        return new AllOf(ImmutableList.copyOf(items));
    }

    @Override
    public String kind() {
        return "all-of";
    }

    @Override
    public int needed() {
        return items.size();
    }
}
