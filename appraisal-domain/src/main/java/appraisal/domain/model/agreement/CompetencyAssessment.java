package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluator's assessment of competencies: per competency code, the observed level (gap
 * method) or the rating (rating method), 0..5. Which one it is belongs to the round's scheme.
 */
public record CompetencyAssessment(ImmutableMap<String, Integer> levels) {

    public static final CompetencyAssessment NONE = new CompetencyAssessment(ImmutableMap.of());

    public CompetencyAssessment {
        Require.present(levels, "levels");
        Map<String, Integer> clean = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : levels.entrySet()) {
            String code = Require.text(e.getKey(), "competency");
            int level = Require.present(e.getValue(), "levels/" + code);
            if (level < 0 || level > 5) {
                throw DomainException.invalid("agreement.competency-out-of-range",
                        "competency " + code + " must be 0..5, got " + level, "levels/" + code);
            }
            if (clean.put(code, level) != null) {
                throw DomainException.invalid("agreement.competency-duplicate", "competency " + code + " given twice", "levels/" + code);
            }
        }
        levels = ImmutableMap.copyOf(clean);
    }

    public static CompetencyAssessment of(Map<String, Integer> levels) {
        return new CompetencyAssessment(ImmutableMap.copyOf(levels));
    }

    public Optional<Integer> level(String code) {
        return Optional.ofNullable(levels.get(code));
    }
}
