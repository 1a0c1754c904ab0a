package appraisal.domain.port.in.rubric;

import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import java.util.List;

/** Read-only views of stored indicator versions. */
public interface IndicatorQueries {

    /** The latest version of every indicator. */
    List<Indicator> latestIndicators();

    /** One version, or a {@code NOT_FOUND} refusal naming it. */
    Indicator indicator(IndicatorRef ref);
}
