package be.veerkracht.quality.equivalence;

/**
 * The two one-sided tests (TOST) of equivalence: H0 difference ≤ lower margin or difference ≥ upper margin,
 * against lower &lt; difference &lt; upper. Equivalence is shown at level α when both one-sided tests reject,
 * i.e. p = max(pLower, pUpper) &lt; α, equivalently when the (1 − 2α) confidence interval lies within the margins.
 *
 * @param variance   null for TOST on paired differences (ν = n − 1)
 * @param tLower     (difference − lower)/SE, tested against the upper tail
 * @param tUpper     (difference − upper)/SE, tested against the lower tail
 * @param pValue     max(pLower, pUpper)
 * @param ciLower    lower bound of the (1 − 2α) confidence interval of the difference
 */
public record Tost(VarianceAssumption variance, double lowerMargin, double upperMargin, double difference,
                   double standardError, double degreesOfFreedom, double tLower, double tUpper, double pLower,
                   double pUpper, double pValue, double alpha, double ciLower, double ciUpper, boolean equivalent) {
}
