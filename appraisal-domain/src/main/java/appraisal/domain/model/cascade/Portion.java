package appraisal.domain.model.cascade;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import java.math.BigDecimal;

/**
 * How much of a person's agreement one planned item takes: a fixed {@link Weight} in percent,
 * kept as written, or a relative {@link Share} of what the fixed weights leave, balanced by
 * {@link WeightBalancer}.
 */
public sealed interface Portion permits Portion.Weight, Portion.Share {

    /** The amount as written (percent or parts). */
    BigDecimal amount();

    /** A fixed weight in percent: more than 0, at most 100, at most two decimals, as on the form. */
    record Weight(BigDecimal amount) implements Portion {
        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public Weight {
            Require.present(amount, "weight");
            if (amount.signum() <= 0 || amount.compareTo(HUNDRED) > 0) {
                throw DomainException.invalid("plan.bad-weight",
                        "a weight is more than 0 and at most 100, got " + amount.toPlainString(), "weight");
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw DomainException.invalid("plan.bad-weight",
                        "a weight has at most 2 decimal places, got " + amount.toPlainString(), "weight");
            }
            amount = amount.setScale(2);
        }
    }

    /** A share in parts (1, 2, 0.5…), relative to the other shares of the same person: more than 0. */
    record Share(BigDecimal amount) implements Portion {
        public Share {
            Require.present(amount, "share");
            if (amount.signum() <= 0) {
                throw DomainException.invalid("plan.bad-share", "a share is more than 0, got " + amount.toPlainString(), "share");
            }
            amount = amount.stripTrailingZeros();
        }
    }

    static Weight weight(String percent) {
        return new Weight(new BigDecimal(percent));
    }

    static Share share(String parts) {
        return new Share(new BigDecimal(parts));
    }
}
