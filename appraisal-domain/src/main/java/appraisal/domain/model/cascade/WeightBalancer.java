package appraisal.domain.model.cascade;

import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * The one rule that turns a person's planned portions into weights summing to exactly 100.00:
 * fixed {@link Portion.Weight}s are kept as written; what they leave is divided among the
 * {@link Portion.Share}s in proportion by the <b>largest-remainder method</b> at two decimals.
 *
 * <p>In hundredths of a percent: with {@code R} hundredths left and shares {@code s1..sn} (summing
 * to {@code S}), share {@code i} first gets {@code floor(R × si / S)}; the hundredths still left
 * (fewer than {@code n}) go one each to the shares with the largest remainders
 * {@code (R × si) mod S}. <b>Tie-break:</b> among equal remainders, the share listed first (in
 * the plan's item order) gets the hundredth first. The arithmetic is exact (integers), so the
 * result never depends on rounding, and equal plans always give equal weights.
 *
 * <p>Refusals: fixed weights over 100 ({@code cascade.weights-over-100}); fixed weights that do not
 * sum to 100 with no share to make up the rest ({@code cascade.weights-not-100}); shares with no
 * room left ({@code cascade.no-room-for-shares}); a share so small it would get 0.00
 * ({@code cascade.share-too-small}). No weight is ever 0 or negative.
 */
public final class WeightBalancer {

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private WeightBalancer() {
    }

    /**
     * The weights (scale 2) for {@code portions}, in the same order.
     *
     * @param whose names the person in refusals, e.g. their id
     */
    public static ImmutableList<BigDecimal> balance(List<? extends Portion> portions, String whose) {
        if (portions.isEmpty()) {
            throw DomainException.invalid("cascade.nothing-planned", whose + ": nothing planned, so there is nothing to weigh", "");
        }
        BigDecimal fixed = BigDecimal.ZERO.setScale(2);
        List<Integer> shareAt = new ArrayList<>();
        int shareScale = 0;
        for (int i = 0; i < portions.size(); i++) {
            Portion p = portions.get(i);
            if (p instanceof Portion.Weight w) {
                fixed = fixed.add(w.amount());
            } else {
                shareAt.add(i);
                shareScale = Math.max(shareScale, Math.max(0, p.amount().scale()));
            }
        }
        if (fixed.compareTo(HUNDRED) > 0) {
            throw DomainException.refused("cascade.weights-over-100",
                    whose + ": fixed weights sum to " + fixed.toPlainString() + ", more than 100");
        }
        BigDecimal[] weights = new BigDecimal[portions.size()];
        for (int i = 0; i < portions.size(); i++) {
            if (portions.get(i) instanceof Portion.Weight w) {
                weights[i] = w.amount();
            }
        }
        if (shareAt.isEmpty()) {
            if (fixed.compareTo(HUNDRED) != 0) {
                throw DomainException.refused("cascade.weights-not-100", whose + ": weights sum to " + fixed.toPlainString()
                        + " and there is no share to make up the rest; they must sum to exactly 100.00");
            }
            return ImmutableList.copyOf(weights);
        }
        BigInteger left = HUNDRED.subtract(fixed).movePointRight(2).toBigIntegerExact();
        if (left.signum() == 0) {
            throw DomainException.refused("cascade.no-room-for-shares",
                    whose + ": fixed weights already sum to 100, leaving nothing for " + shareAt.size() + " share(s)");
        }
        BigInteger[] parts = new BigInteger[shareAt.size()];
        BigInteger total = BigInteger.ZERO;
        for (int k = 0; k < parts.length; k++) {
            parts[k] = portions.get(shareAt.get(k)).amount().movePointRight(shareScale).toBigIntegerExact();
            total = total.add(parts[k]);
        }
        // floor(left × share / total) and its remainder. In long arithmetic when the product cannot overflow (left is at
        // most 10,000, below 2^14: shares summing to under 2^48 at their common scale, any plan written by hand); exact either way.
        long[] units = new long[parts.length];
        int[] order;
        if (total.bitLength() < 49) {
            long l = left.longValueExact();
            long s = total.longValueExact();
            long[] remainders = new long[parts.length];
            for (int k = 0; k < parts.length; k++) {
                long product = l * parts[k].longValueExact();
                units[k] = product / s;
                remainders[k] = product % s;
            }
            order = largestFirst(parts.length, (a, b) -> Long.compare(remainders[a], remainders[b]));
        } else {
            BigInteger[] remainders = new BigInteger[parts.length];
            for (int k = 0; k < parts.length; k++) {
                BigInteger[] qr = left.multiply(parts[k]).divideAndRemainder(total);
                units[k] = qr[0].longValueExact();
                remainders[k] = qr[1];
            }
            order = largestFirst(parts.length, (a, b) -> remainders[a].compareTo(remainders[b]));
        }
        long given = 0;
        for (long u : units) {
            given += u;
        }
        long extra = left.longValueExact() - given;
        for (int n = 0; n < extra; n++) {
            units[order[n]]++;
        }
        for (int k = 0; k < parts.length; k++) {
            if (units[k] == 0) {
                throw DomainException.refused("cascade.share-too-small", whose + ": share "
                        + portions.get(shareAt.get(k)).amount().toPlainString() + " (item " + (shareAt.get(k) + 1)
                        + ") is too small to get even 0.01 of the " + HUNDRED.subtract(fixed).toPlainString() + " left");
            }
            weights[shareAt.get(k)] = BigDecimal.valueOf(units[k], 2);
        }
        return ImmutableList.copyOf(weights);
    }

    /**
     * The indices {@code 0..n-1} by remainder, largest first; among equal remainders, the share listed
     * first (a stable insertion sort: a plan has a dozen shares or so).
     */
    private static int[] largestFirst(int n, IntBinaryOperator compareRemainders) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            int at = k;
            while (at > 0 && compareRemainders.applyAsInt(order[at - 1], k) < 0) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = k;
        }
        return order;
    }
}
