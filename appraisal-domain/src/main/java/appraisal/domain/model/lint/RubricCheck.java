package appraisal.domain.model.lint;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One named rule of the rubric lint: a small function from a laid-out rubric to its findings. */
record RubricCheck(String name, Function<RubricLayout, List<Finding>> rule) {

    RubricCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
    }

    List<Finding> apply(RubricLayout layout) {
        return rule.apply(layout);
    }
}
