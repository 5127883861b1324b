package be.veerkracht.inventory;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The standard normal loss function G(k) = E[(Z − k)<sup>+</sup>] = φ(k) − k·(1 − Φ(k)): the expected units short
 * per unit of σ when the buffer is k·σ (Silver, Pyke and Thomas 2017, §6.9 and appendix B; R. G. Brown 1967). Its
 * inverse turns a fill-rate target into a safety factor. Φ and φ from Hipparchus.
 */
public final class StandardNormalLoss {

    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);
    /** G is strictly decreasing; bisection between these bounds reaches any G in (G(8), G(−8)). */
    private static final double LOWEST_K = -8;
    private static final double HIGHEST_K = 8;

    private StandardNormalLoss() {
    }

    public static double of(double k) {
        return STANDARD.density(k) - k * (1 - STANDARD.cumulativeProbability(k));
    }

    /** The k with G(k) = {@code loss}, by bisection to 10<sup>-12</sup>; {@code loss} > 0. */
    public static double inverse(double loss) {
        if (!(loss > 0)) {
            throw new IllegalArgumentException("expected shortage must be > 0, got " + loss);
        }
        double low = LOWEST_K;
        double high = HIGHEST_K;
        if (loss >= of(low)) {
            return low;
        }
        if (loss <= of(high)) {
            return high;
        }
        while (high - low > 1e-12) {
            double mid = (low + high) / 2;
            if (of(mid) > loss) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    static double quantile(double probability) {
        return STANDARD.inverseCumulativeProbability(probability);
    }

    static double cdf(double k) {
        return STANDARD.cumulativeProbability(k);
    }

    static double density(double k) {
        return STANDARD.density(k);
    }
}
