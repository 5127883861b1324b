package be.veerkracht.quality.equivalence;

/**
 * A two-sided t-test of "no difference". {@code variance} is null for a paired (one-sample) test.
 *
 * @param difference    the estimated difference (mean a − mean b, or the mean of paired differences)
 * @param standardError its standard error
 * @param statistic     t = difference / standardError
 * @param degreesOfFreedom ν (not an integer for Welch)
 * @param pValue        two-sided p-value, 2·P(T ≥ |t|)
 */
public record TTest(VarianceAssumption variance, double difference, double standardError, double statistic,
                    double degreesOfFreedom, double pValue) {
}
