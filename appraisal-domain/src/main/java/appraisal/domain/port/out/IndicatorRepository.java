package appraisal.domain.port.out;

import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import java.util.List;
import java.util.Optional;

/**
 * Stores indicator versions. A version, once stored, is never changed: saving an indicator whose
 * ref already exists with different content is refused (code {@code indicator.version-exists}).
 */
public interface IndicatorRepository {

    void save(Indicator indicator);

    Optional<Indicator> find(IndicatorRef ref);

    /** The highest version of an indicator code. */
    Optional<Indicator> latest(String code);

    /** The latest version of every indicator, by code. */
    List<Indicator> allLatest();
}
