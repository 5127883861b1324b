package be.veerkracht.quality.capability;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The Anderson–Darling test of normality with mean and variance estimated from the data (case 3): A² =
 * −n − (1/n)·Σ (2i − 1)·[ln Φ(z(i)) + ln(1 − Φ(z(n+1−i)))], z(i) the standardised order statistics; Stephens'
 * modification A*² = A²·(1 + 0.75/n + 2.25/n²) and its p-value from the four-piece formula of R. B. D'Agostino and
 * M. A. Stephens (eds.), <i>Goodness-of-Fit Techniques</i>, Marcel Dekker, 1986, Table 4.9 (after M. A. Stephens,
 * "EDF statistics for goodness of fit and some comparisons", <i>JASA</i> 69(347), 1974, pp. 730–737,
 * doi:10.1080/01621459.1974.10480196) — the formula R's nortest::ad.test uses. O(n log n). Limits: needs
 * {@value #MIN_OBSERVATIONS} observations or more and some spread; ties and rounding to a coarse resolution make
 * the test reject more often.
 */
public final class AndersonDarlingNormality {

    /** Fewer observations are not tested (nortest::ad.test requires n &gt; 7). */
    public static final int MIN_OBSERVATIONS = 8;
    /** The default significance level. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** From A*² = 10 on, the formula's quadratic term turns upward; nortest reports this floor instead. */
    static final double LARGE_STATISTIC = 10;
    static final double P_VALUE_BEYOND_LARGE = 3.7e-24;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private final double[] values;
    private final double alpha;

    public AndersonDarlingNormality(double[] values, double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        this.values = values.clone();
        this.alpha = alpha;
    }

    public NormalityCheck check() {
        int n = values.length;
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        double sd = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        if (n < MIN_OBSERVATIONS || !(sd > 0)) {
            return new NormalityCheck("anderson-darling", n, Double.NaN, Double.NaN, Double.NaN, alpha, false);
        }
        double[] z = values.clone();
        Arrays.sort(z);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double low = STANDARD_NORMAL.cumulativeProbability((z[i] - mean) / sd);
            double high = STANDARD_NORMAL.cumulativeProbability((z[n - 1 - i] - mean) / sd);
            sum += (2.0 * (i + 1) - 1) * (Math.log(low) + Math.log1p(-high));
        }
        double a2 = -n - sum / n;
        double adjusted = a2 * (1 + 0.75 / n + 2.25 / ((double) n * n));
        return new NormalityCheck("anderson-darling", n, a2, adjusted, pValue(adjusted), alpha, true);
    }

    /** D'Agostino and Stephens (1986), Table 4.9, for A*². */
    static double pValue(double a) {
        double p;
        if (a < 0.2) {
            p = 1 - Math.exp(-13.436 + 101.14 * a - 223.73 * a * a);
        } else if (a < 0.34) {
            p = 1 - Math.exp(-8.318 + 42.796 * a - 59.938 * a * a);
        } else if (a < 0.6) {
            p = Math.exp(0.9177 - 4.279 * a - 1.38 * a * a);
        } else if (a < LARGE_STATISTIC) {
            p = Math.exp(1.2937 - 5.709 * a + 0.0186 * a * a);
        } else {
            p = P_VALUE_BEYOND_LARGE;
        }
        return Math.max(0, Math.min(1, p));
    }
}
