package be.veerkracht.quality.equivalence;

import static be.veerkracht.quality.spc.StatisticFormat.of;

import be.veerkracht.action.Action.Text;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Certificate values against our own incoming measurements of the same lots (paired): the mean difference d̄ and
 * its paired t-test, TOST on the differences within ±δ (Schuirmann 1987, one-sample form, ν = n − 1), and the
 * Bland–Altman limits of agreement d̄ ± 1.96·s(d) (J. M. Bland and D. G. Altman, "Statistical methods for assessing
 * agreement between two methods of clinical measurement", <i>The Lancet</i> 327(8476), 1986, pp. 307–310,
 * doi:10.1016/S0140-6736(86)90837-8). The verdict follows {@link SupplierCrossValidation}: EQUIVALENT when TOST
 * shows |bias| &lt; δ, NOT_EQUIVALENT when the observed bias is at or beyond δ, else INSUFFICIENT_DATA with the lots
 * needed ({@link TostSampleSize}, one group). O(n). Assumes the differences are independent and roughly normal.
 */
public final class CertificateAgreement {

    /** z(0.975), the Bland–Altman multiplier. */
    public static final double LIMITS_OF_AGREEMENT_Z = 1.96;
    /** The fewest lots for a standard deviation of differences. */
    public static final int MIN_LOTS = 2;

    private final List<PairedMeasurement> lots;
    private final double margin;
    private final double alpha;
    private final double power;

    public CertificateAgreement(List<PairedMeasurement> lots, double margin, double alpha, double power) {
        this.lots = List.copyOf(lots);
        if (!(margin > 0 && Double.isFinite(margin))) {
            throw new IllegalArgumentException("the equivalence margin must be above 0, got " + margin);
        }
        if (!(alpha > 0 && alpha < 0.5) || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 0.5) and power in (0, 1), got " + alpha + ", "
                    + power);
        }
        this.margin = margin;
        this.alpha = alpha;
        this.power = power;
    }

    public LabAgreement assess() {
        int n = lots.size();
        double[] d = lots.stream().mapToDouble(PairedMeasurement::difference).toArray();
        List<Text> explanation = new ArrayList<>();
        double mean = n == 0 ? Double.NaN : TwoSampleComparison.mean(d);
        double sd = n < MIN_LOTS ? Double.NaN : Math.sqrt(TwoSampleComparison.variance(d, mean));
        if (n < MIN_LOTS || !(sd > 0)) {
            Text reason = Text.of(EquivalenceText.LAB_TOO_FEW, n, MIN_LOTS);
            explanation.add(reason);
            return new LabAgreement(n, margin, alpha, mean, sd, null, null, Double.NaN, Double.NaN,
                    EquivalenceVerdict.INSUFFICIENT_DATA, reason, MIN_LOTS, explanation);
        }
        double se = sd / Math.sqrt(n);
        double t = mean / se;
        TTest paired = new TTest(null, mean, se, t, n - 1,
                2 * new TDistribution(n - 1).cumulativeProbability(-Math.abs(t)));
        Tost tost = TostCalculation.of(null, mean, se, n - 1, -margin, margin, alpha);
        double lower = mean - LIMITS_OF_AGREEMENT_Z * sd;
        double upper = mean + LIMITS_OF_AGREEMENT_Z * sd;
        explanation.add(Text.of(EquivalenceText.PAIRED_DIFFERENCES, n, of(mean), of(sd), of(t), n - 1,
                of(paired.pValue())));
        explanation.add(Text.of(EquivalenceText.TOST_RESULT, of(margin), of(tost.tLower()), of(tost.tUpper()),
                of(tost.pValue()), of(alpha), of(100 * (1 - 2 * alpha)), of(tost.ciLower()), of(tost.ciUpper())));
        explanation.add(Text.of(EquivalenceText.BLAND_ALTMAN, of(lower), of(upper)));
        EquivalenceVerdict verdict;
        Text reason;
        Integer required = null;
        if (tost.equivalent()) {
            verdict = EquivalenceVerdict.EQUIVALENT;
            reason = Text.of(EquivalenceText.LAB_AGREES, of(mean), of(margin), of(tost.pValue()));
        } else if (Math.abs(mean) >= margin) {
            verdict = EquivalenceVerdict.NOT_EQUIVALENT;
            reason = Text.of(EquivalenceText.LAB_DISAGREES, of(mean), of(margin));
        } else {
            verdict = EquivalenceVerdict.INSUFFICIENT_DATA;
            required = TostSampleSize.required(sd, margin, mean, alpha, power, 1);
            reason = Text.of(EquivalenceText.LAB_UNDECIDED, of(mean), of(margin), of(tost.pValue()), required,
                    of(power), Math.max(0, required - n));
        }
        explanation.add(reason);
        return new LabAgreement(n, margin, alpha, mean, sd, paired, tost, lower, upper, verdict, reason, required,
                explanation);
    }
}
