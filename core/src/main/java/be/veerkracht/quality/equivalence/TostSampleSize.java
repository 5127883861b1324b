package be.veerkracht.quality.equivalence;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Approximate power and sample size of TOST with a symmetric margin ±δ, true difference ε (|ε| &lt; δ) and
 * standard deviation σ, by the normal approximation of S.-C. Chow, J. Shao and H. Wang, <i>Sample Size
 * Calculations in Clinical Research</i>, 2nd ed., Chapman &amp; Hall/CRC, 2008, sections 3.1.4 (one sample or
 * paired differences: n = (z(1−α) + z(1−β/2))²·σ²/(δ − |ε|)²) and 3.2.4 (two samples of equal size: twice that
 * per group). Exact for ε = 0 and conservative otherwise; t quantiles would add one or two observations for small n.
 * Power with a given standard error: Φ((δ − ε)/SE − z(1−α)) + Φ((δ + ε)/SE − z(1−α)) − 1, at least 0.
 */
public final class TostSampleSize {

    /** The power a sample size is planned for. */
    public static final double DEFAULT_POWER = 0.80;
    private static final NormalDistribution Z = new NormalDistribution(0, 1);

    private TostSampleSize() {
    }

    /**
     * Observations per group (two samples) or pairs (one sample) for TOST to show equivalence with probability
     * {@code power}; {@link Integer#MAX_VALUE} when |ε| ≥ δ (equivalence cannot be shown).
     *
     * @param groups 1 for paired differences, 2 for two independent samples of equal size
     */
    public static int required(double sigma, double margin, double trueDifference, double alpha, double power,
                               int groups) {
        double room = margin - Math.abs(trueDifference);
        if (!(room > 0)) {
            return Integer.MAX_VALUE;
        }
        double z = Z.inverseCumulativeProbability(1 - alpha) + Z.inverseCumulativeProbability(1 - (1 - power) / 2);
        double n = groups * z * z * sigma * sigma / (room * room);
        return (int) Math.max(2, Math.ceil(n));
    }

    /** The approximate power of TOST with margin ±δ at the standard error {@code se} of the difference. */
    public static double power(double se, double margin, double trueDifference, double alpha) {
        double z = Z.inverseCumulativeProbability(1 - alpha);
        double p = Z.cumulativeProbability((margin - trueDifference) / se - z)
                + Z.cumulativeProbability((margin + trueDifference) / se - z) - 1;
        return Math.max(0, p);
    }
}
