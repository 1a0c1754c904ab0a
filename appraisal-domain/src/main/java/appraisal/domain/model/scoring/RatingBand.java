package appraisal.domain.model.scoring;

import appraisal.domain.model.shared.Require;
import java.math.BigDecimal;

/** A rating (ระดับผลการประเมิน) given to final scores of at least {@code minimum}. */
public record RatingBand(String name, BigDecimal minimum) {

    public RatingBand {
        name = Require.text(name, "name");
        Require.present(minimum, "minimum");
    }
}
