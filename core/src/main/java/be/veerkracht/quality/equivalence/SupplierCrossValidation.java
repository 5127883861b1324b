package be.veerkracht.quality.equivalence;

import static be.veerkracht.quality.spc.StatisticFormat.of;

import be.veerkracht.action.Action.Text;
import be.veerkracht.quality.capability.ProcessCapability;
import be.veerkracht.quality.capability.ProcessCapabilityAnalysis;
import be.veerkracht.quality.capability.SpecificationLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cross-validation of a secondary supplier against the primary on one characteristic: the primary's output is the
 * norm. Differences are secondary − primary. The verdict:
 * <ol>
 *   <li>{@code INSUFFICIENT_DATA} when a supplier has fewer than {@value TwoSampleComparison#MIN_PER_SAMPLE} values
 *   or neither has spread;</li>
 *   <li>{@code EQUIVALENT} when Welch-TOST (Schuirmann 1987) shows |difference| &lt; margin at α, unless the
 *   Brown–Forsythe test finds the secondary's spread significantly larger at α ({@code NOT_EQUIVALENT});</li>
 *   <li>otherwise {@code NOT_EQUIVALENT} when the observed difference is at or beyond the margin (more data would
 *   not help), else {@code INSUFFICIENT_DATA} with the sample size per supplier that would give TOST the planned
 *   power if the true difference were the observed one ({@link TostSampleSize}).</li>
 * </ol>
 * The margin defaults to {@value #DEFAULT_MARGIN_SHARE} of the tolerance width (issue 12). Welch and pooled
 * t-tests, F and Brown–Forsythe tests and each supplier's capability (individual values in time order) are
 * reported alongside. O(n log n).
 */
public final class SupplierCrossValidation {

    /** The default equivalence margin as a share of USL − LSL. */
    public static final double DEFAULT_MARGIN_SHARE = 0.10;
    /** The default significance level of every test. */
    public static final double DEFAULT_ALPHA = 0.05;

    private final String characteristic;
    private final double[] primary;
    private final double[] secondary;
    private final SpecificationLimits specification;
    private final double margin;
    private final boolean marginFromTolerance;
    private final double alpha;
    private final double power;

    /**
     * @param specification may be null when {@code margin} is given
     * @param margin        the equivalence margin δ (> 0, unit of the data): |secondary − primary| &lt; δ; null for
     *                      10 % of the tolerance width
     */
    public SupplierCrossValidation(String characteristic, double[] primary, double[] secondary,
                                   SpecificationLimits specification, Double margin, double alpha, double power) {
        this.characteristic = Objects.requireNonNull(characteristic, "characteristic");
        this.primary = primary.clone();
        this.secondary = secondary.clone();
        this.specification = specification;
        if (margin == null) {
            if (specification == null || !specification.twoSided()) {
                throw new IllegalArgumentException("an equivalence margin is needed: the specification of "
                        + characteristic + " has no tolerance width to take 10 % of");
            }
            this.margin = DEFAULT_MARGIN_SHARE * specification.toleranceWidth();
        } else {
            if (!(margin > 0 && Double.isFinite(margin))) {
                throw new IllegalArgumentException("the equivalence margin must be above 0, got " + margin);
            }
            this.margin = margin;
        }
        this.marginFromTolerance = margin == null;
        if (!(alpha > 0 && alpha < 0.5) || !(power > 0 && power < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 0.5) and power in (0, 1), got " + alpha + ", "
                    + power);
        }
        this.alpha = alpha;
        this.power = power;
    }

    public CrossValidation validate() {
        List<Text> explanation = new ArrayList<>();
        explanation.add(marginFromTolerance
                ? Text.of(EquivalenceText.MARGIN_FROM_TOLERANCE, of(margin), of(specification.toleranceWidth()))
                : Text.of(EquivalenceText.MARGIN_GIVEN, of(margin)));
        ProcessCapability capabilityPrimary = capability(primary);
        ProcessCapability capabilitySecondary = capability(secondary);
        TwoSampleComparison comparison = comparison();
        if (comparison == null) {
            int missing = Math.max(0, TwoSampleComparison.MIN_PER_SAMPLE - Math.min(primary.length, secondary.length));
            Text reason = Text.of(EquivalenceText.VERDICT_TOO_FEW, primary.length, secondary.length,
                    TwoSampleComparison.MIN_PER_SAMPLE);
            explanation.add(reason);
            return new CrossValidation(characteristic, EquivalenceVerdict.INSUFFICIENT_DATA, reason, margin,
                    marginFromTolerance, alpha, primary.length, secondary.length, null, null, null, null, null,
                    null, null, TwoSampleComparison.MIN_PER_SAMPLE, Double.NaN, missing, capabilityPrimary, capabilitySecondary, explanation);
        }
        TTest welch = comparison.tTest(VarianceAssumption.WELCH);
        TTest pooled = comparison.tTest(VarianceAssumption.POOLED);
        VarianceTest f = comparison.fTest();
        VarianceTest bf = comparison.brownForsythe();
        Tost tost = comparison.tost(-margin, margin, VarianceAssumption.WELCH, alpha);
        double achieved = TostSampleSize.power(tost.standardError(), margin, tost.difference(), alpha);
        explanation.add(Text.of(EquivalenceText.SAMPLES, primary.length, of(comparison.meanB()),
                of(comparison.standardDeviationB()), secondary.length, of(comparison.meanA()),
                of(comparison.standardDeviationA())));
        explanation.add(Text.of(EquivalenceText.T_TESTS, of(welch.difference()), of(welch.statistic()),
                of(welch.degreesOfFreedom()), of(welch.pValue()), of(pooled.statistic()), of(pooled.pValue())));
        explanation.add(Text.of(EquivalenceText.VARIANCES, of(f.statistic()), of(f.pValue()), of(bf.statistic()),
                of(bf.pValue())));
        explanation.add(Text.of(EquivalenceText.TOST_RESULT, of(margin), of(tost.tLower()), of(tost.tUpper()),
                of(tost.pValue()), of(alpha), of(100 * (1 - 2 * alpha)), of(tost.ciLower()), of(tost.ciUpper())));
        boolean spreadLarger = bf.pValue() < alpha
                && comparison.standardDeviationA() > comparison.standardDeviationB();
        EquivalenceVerdict verdict;
        Text reason;
        Integer required = null;
        int additional = 0;
        if (tost.equivalent() && !spreadLarger) {
            verdict = EquivalenceVerdict.EQUIVALENT;
            reason = Text.of(EquivalenceText.VERDICT_EQUIVALENT, of(tost.difference()), of(margin), of(tost.pValue()));
        } else if (tost.equivalent()) {
            verdict = EquivalenceVerdict.NOT_EQUIVALENT;
            reason = Text.of(EquivalenceText.VERDICT_SPREAD_LARGER, of(comparison.standardDeviationA()),
                    of(comparison.standardDeviationB()), of(bf.pValue()));
        } else if (Math.abs(tost.difference()) >= margin) {
            verdict = EquivalenceVerdict.NOT_EQUIVALENT;
            reason = Text.of(EquivalenceText.VERDICT_MEAN_OUTSIDE, of(tost.difference()), of(margin));
        } else {
            verdict = EquivalenceVerdict.INSUFFICIENT_DATA;
            required = TostSampleSize.required(comparison.pooledStandardDeviation(), margin, tost.difference(),
                    alpha, power, 2);
            additional = Math.max(0, required - Math.min(primary.length, secondary.length));
            reason = Text.of(EquivalenceText.VERDICT_UNDECIDED, of(tost.difference()), of(margin), of(tost.pValue()),
                    required, of(power), additional);
            explanation.add(Text.of(EquivalenceText.SAMPLE_SIZE_METHOD, of(achieved)));
        }
        explanation.add(reason);
        return new CrossValidation(characteristic, verdict, reason, margin, marginFromTolerance, alpha,
                primary.length, secondary.length, comparison.meanB(), comparison.meanA(), welch, pooled, f, bf, tost,
                required, achieved, additional, capabilityPrimary, capabilitySecondary, explanation);
    }

    /** a = secondary, b = primary: differences secondary − primary. Null when the tests are undefined. */
    private TwoSampleComparison comparison() {
        if (primary.length < TwoSampleComparison.MIN_PER_SAMPLE
                || secondary.length < TwoSampleComparison.MIN_PER_SAMPLE) {
            return null;
        }
        try {
            TwoSampleComparison comparison = new TwoSampleComparison(secondary, primary);
            return comparison.standardDeviationB() > 0 ? comparison : null;
        } catch (IllegalArgumentException noSpread) {
            return null;
        }
    }

    private ProcessCapability capability(double[] values) {
        if (specification == null || values.length < ProcessCapabilityAnalysis.MIN_OBSERVATIONS) {
            return null;
        }
        try {
            return ProcessCapabilityAnalysis.individuals(Arrays.stream(values).boxed().toList(), specification)
                    .analyse();
        } catch (IllegalArgumentException undefined) {
            return null;
        }
    }
}
