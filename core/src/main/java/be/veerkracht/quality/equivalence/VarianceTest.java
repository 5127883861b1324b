package be.veerkracht.quality.equivalence;

/**
 * A test of equal variances.
 *
 * @param method      {@code "f"} (ratio of the sample variances, a over b) or {@code "brown-forsythe"} (Levene's
 *                    test on absolute deviations from the medians)
 * @param statistic   F or W
 * @param numeratorDegreesOfFreedom   ν1
 * @param denominatorDegreesOfFreedom ν2
 * @param pValue      two-sided for F, upper tail for Brown–Forsythe
 */
public record VarianceTest(String method, double statistic, double numeratorDegreesOfFreedom,
                           double denominatorDegreesOfFreedom, double pValue) {
}
