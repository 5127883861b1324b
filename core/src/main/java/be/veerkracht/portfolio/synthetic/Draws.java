package be.veerkracht.portfolio.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of the generator, all derived from {@link SplittableRandom#nextDouble()} (SplitMix64: G. L.
 * Steele Jr., D. Lea, C. H. Flood, "Fast Splittable Pseudorandom Number Generators", OOPSLA 2014,
 * doi:10.1145/2660193.2660195). Only {@code nextDouble} is used, and {@link StrictMath} for logarithms and
 * cosines, and rounds from exact binary values, so the same seed gives the same portfolio on every processor and
 * JVM that keeps {@code SplittableRandom}'s documented algorithm.
 */
final class Draws {

    private final SplittableRandom random;

    Draws(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream for one stage, so a stage drawing more does not shift the next stage's draws. */
    Draws split() {
        return new Draws(random.split());
    }

    /** Uniform in [0, 1). */
    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return unit() < probability;
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * unit();
    }

    /** Uniform whole number in [low, high], both included. */
    int between(int low, int high) {
        return low + (int) StrictMath.floor(unit() * (high - low + 1L));
    }

    <T> T pick(List<T> options) {
        return options.get(between(0, options.size() - 1));
    }

    /**
     * Log-normal with the given median and shape: long-tailed like ERP demand and prices. Standard normal by the
     * Box–Muller transform (G. E. P. Box, M. E. Muller, "A Note on the Generation of Random Normal Deviates",
     * Ann. Math. Statist. 29(2), 610–611, 1958, doi:10.1214/aoms/1177706645).
     */
    double logNormal(double median, double sigma) {
        double u1 = 1.0 - unit();
        double u2 = unit();
        double normal = StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
        return median * StrictMath.exp(sigma * normal);
    }

    /**
     * An amount with {@code scale} decimals, at least one unit of the last decimal (never 0.00). Rounded from the
     * double's exact binary value, not from {@link Double#toString}, whose digits changed in JDK 19 (JDK-4511638).
     */
    static BigDecimal amount(double value, int scale) {
        BigDecimal amount = new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP);
        BigDecimal smallest = BigDecimal.ONE.movePointLeft(scale);
        return amount.compareTo(smallest) < 0 ? smallest : amount;
    }

    /** Rounded to {@code decimals} places, as an ERP field would hold it. */
    static double rounded(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
