package be.veerkracht.quality.equivalence;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.FDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Two independent samples a and b compared on their means and variances; differences are a − b.
 * <ul>
 *   <li>Welch's t-test (B. L. Welch, "The generalization of 'Student's' problem when several different population
 *   variances are involved", <i>Biometrika</i> 34, 1947, pp. 28–35, doi:10.1093/biomet/34.1-2.28) and the pooled
 *   Student t-test;</li>
 *   <li>the F test of the variance ratio (normal data only) and the Brown–Forsythe test (M. B. Brown and
 *   A. B. Forsythe, "Robust tests for the equality of variances", <i>JASA</i> 69(346), 1974, pp. 364–367,
 *   doi:10.1080/01621459.1974.10482955), Levene's ANOVA on |x − median|;</li>
 *   <li>TOST equivalence (D. J. Schuirmann, "A comparison of the two one-sided tests procedure and the power
 *   approach for assessing the equivalence of average bioavailability", <i>Journal of Pharmacokinetics and
 *   Biopharmaceutics</i> 15(6), 1987, pp. 657–680, doi:10.1007/BF01068419).</li>
 * </ul>
 * O(n log n) (medians). Limits: each sample needs at least {@value #MIN_PER_SAMPLE} values and the two together
 * some spread; the t-tests assume independent, roughly normal observations.
 */
public final class TwoSampleComparison {

    /** The fewest values per sample for a variance. */
    public static final int MIN_PER_SAMPLE = 2;

    private final double[] a;
    private final double[] b;
    private final double meanA;
    private final double meanB;
    private final double varianceA;
    private final double varianceB;

    public TwoSampleComparison(double[] a, double[] b) {
        check(a, "a");
        check(b, "b");
        this.a = a.clone();
        this.b = b.clone();
        this.meanA = mean(a);
        this.meanB = mean(b);
        this.varianceA = variance(a, meanA);
        this.varianceB = variance(b, meanB);
        if (!(varianceA + varianceB > 0)) {
            throw new IllegalArgumentException("both samples have no spread: the tests are undefined");
        }
    }

    public int sizeA() {
        return a.length;
    }

    public int sizeB() {
        return b.length;
    }

    public double meanA() {
        return meanA;
    }

    public double meanB() {
        return meanB;
    }

    public double standardDeviationA() {
        return Math.sqrt(varianceA);
    }

    public double standardDeviationB() {
        return Math.sqrt(varianceB);
    }

    /** The pooled standard deviation √(((na − 1)s²a + (nb − 1)s²b)/(na + nb − 2)). */
    public double pooledStandardDeviation() {
        return Math.sqrt(((a.length - 1) * varianceA + (b.length - 1) * varianceB) / (a.length + b.length - 2));
    }

    /** The t-test of mean a = mean b under {@code variance}. */
    public TTest tTest(VarianceAssumption variance) {
        double se = standardError(variance);
        double df = degreesOfFreedom(variance);
        double t = (meanA - meanB) / se;
        double p = 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t));
        return new TTest(variance, meanA - meanB, se, t, df, p);
    }

    /** The F test of s²a/s²b = 1, two-sided: 2·min(P(F ≤ f), P(F ≥ f)). */
    public VarianceTest fTest() {
        if (!(varianceB > 0)) {
            throw new IllegalArgumentException("sample b has no spread: the F ratio is undefined");
        }
        double f = varianceA / varianceB;
        FDistribution distribution = new FDistribution(a.length - 1, b.length - 1);
        double lower = distribution.cumulativeProbability(f);
        return new VarianceTest("f", f, a.length - 1, b.length - 1, Math.min(1, 2 * Math.min(lower, 1 - lower)));
    }

    /** The Brown–Forsythe test: one-way ANOVA of |x − median of its sample| over the two samples. */
    public VarianceTest brownForsythe() {
        double[] za = deviationsFromMedian(a);
        double[] zb = deviationsFromMedian(b);
        double ma = mean(za);
        double mb = mean(zb);
        int n = za.length + zb.length;
        double grand = (ma * za.length + mb * zb.length) / n;
        double between = za.length * (ma - grand) * (ma - grand) + zb.length * (mb - grand) * (mb - grand);
        double within = (za.length - 1) * variance(za, ma) + (zb.length - 1) * variance(zb, mb);
        int df2 = n - 2;
        if (!(within > 0)) {
            return new VarianceTest("brown-forsythe", between > 0 ? Double.POSITIVE_INFINITY : 0, 1, df2,
                    between > 0 ? 0 : 1);
        }
        double w = df2 * between / within;
        return new VarianceTest("brown-forsythe", w, 1, df2,
                1 - new FDistribution(1, df2).cumulativeProbability(w));
    }

    /** TOST of lower &lt; mean a − mean b &lt; upper at level {@code alpha}. */
    public Tost tost(double lower, double upper, VarianceAssumption variance, double alpha) {
        if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("the equivalence margins must satisfy lower < upper, got " + lower
                    + ", " + upper);
        }
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha must be in (0, 0.5), got " + alpha);
        }
        return TostCalculation.of(variance, meanA - meanB, standardError(variance), degreesOfFreedom(variance),
                lower, upper, alpha);
    }

    double standardError(VarianceAssumption variance) {
        return variance == VarianceAssumption.POOLED
                ? pooledStandardDeviation() * Math.sqrt(1.0 / a.length + 1.0 / b.length)
                : Math.sqrt(varianceA / a.length + varianceB / b.length);
    }

    double degreesOfFreedom(VarianceAssumption variance) {
        if (variance == VarianceAssumption.POOLED) {
            return a.length + b.length - 2;
        }
        double qa = varianceA / a.length;
        double qb = varianceB / b.length;
        return (qa + qb) * (qa + qb) / (qa * qa / (a.length - 1) + qb * qb / (b.length - 1));
    }

    private static double[] deviationsFromMedian(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return Arrays.stream(x).map(v -> Math.abs(v - median)).toArray();
    }

    private static void check(double[] x, String name) {
        if (x.length < MIN_PER_SAMPLE) {
            throw new IllegalArgumentException("sample " + name + " needs at least " + MIN_PER_SAMPLE
                    + " values, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("sample " + name + ", value " + (i + 1) + " is not a number");
            }
        }
    }

    static double mean(double[] x) {
        return Arrays.stream(x).sum() / x.length;
    }

    static double variance(double[] x, double mean) {
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (x.length - 1);
    }
}
