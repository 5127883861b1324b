package be.veerkracht.quality.equivalence;

import org.hipparchus.distribution.continuous.TDistribution;

/** The arithmetic of TOST given a difference, its standard error and degrees of freedom (two-sample or paired). */
final class TostCalculation {

    private TostCalculation() {
    }

    static Tost of(VarianceAssumption variance, double difference, double se, double df, double lower, double upper,
                   double alpha) {
        TDistribution t = new TDistribution(df);
        double tLower = (difference - lower) / se;
        double tUpper = (difference - upper) / se;
        double pLower = t.cumulativeProbability(-tLower);
        double pUpper = t.cumulativeProbability(tUpper);
        double p = Math.max(pLower, pUpper);
        double q = t.inverseCumulativeProbability(1 - alpha);
        return new Tost(variance, lower, upper, difference, se, df, tLower, tUpper, pLower, pUpper, p, alpha,
                difference - q * se, difference + q * se, p < alpha);
    }
}
