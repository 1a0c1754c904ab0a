package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.util.List;

/** At least one item must be met. */
public record AnyOf(ImmutableList<Criterion> items) implements Combination {

    public AnyOf {
        Require.nonEmpty(items, "items");
    }

    public static AnyOf of(Criterion... items) {
        return new AnyOf(ImmutableList.copyOf(items));
    }

    public static AnyOf of(List<? extends Criterion> items) {
        return new AnyOf(ImmutableList.copyOf(items));
    }

    @Override
    public String kind() {
        return "any-of";
    }

    @Override
    public int needed() {
        return 1;
    }
}
