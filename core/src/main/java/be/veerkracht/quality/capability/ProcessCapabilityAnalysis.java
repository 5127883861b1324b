package be.veerkracht.quality.capability;

import static be.veerkracht.quality.spc.StatisticFormat.of;

import be.veerkracht.action.Action.Text;
import be.veerkracht.quality.spc.ControlChartConstants;
import be.veerkracht.quality.spc.ShewhartCharts;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Process capability of one characteristic (D. C. Montgomery, <i>Introduction to Statistical Quality Control</i>,
 * 6th ed., Wiley, 2009, sections 8.3–8.4). With μ the overall mean, σw the within-subgroup σ (MR̄/d2, R̄/d2 or
 * S̄/c4) and σo the overall sample standard deviation:
 * Cp = (USL − LSL)/(6σw), Cpu = (USL − μ)/(3σw), Cpl = (μ − LSL)/(3σw), Cpk = min(Cpu, Cpl) over the limits given;
 * Pp, Ppu, Ppl, Ppk the same with σo. Intervals with n all observations and ν = n − 1:
 * <ul>
 *   <li>Cp, Pp: the χ² interval Cp·√(χ²(α/2; ν)/ν) … Cp·√(χ²(1 − α/2; ν)/ν) (Montgomery, eq. 8.19), exact for σo
 *   of normal data and an approximation for σw;</li>
 *   <li>Cpk, Ppk: Cpk ∓ z(1 − α/2)·√(1/(9n) + Cpk²/(2ν)), the normal approximation of A. F. Bissell, "How
 *   reliable is your capability index?", <i>Applied Statistics</i> 39(3), 1990, pp. 331–340, doi:10.2307/2347383.</li>
 * </ul>
 * Normality is checked with {@link AndersonDarlingNormality}; a rejection is flagged in the explanation. O(n log n).
 * The indices assume a stable (in-control), normal process; they say nothing about a process out of control.
 */
public final class ProcessCapabilityAnalysis {

    /** The default confidence of the intervals. */
    public static final double DEFAULT_CONFIDENCE = 0.95;
    /** Below this many observations the explanation warns that the intervals are wide (Montgomery, section 8.3.4). */
    public static final int FEW_OBSERVATIONS = 30;
    /** The fewest observations a study needs: two for a moving range and a standard deviation. */
    public static final int MIN_OBSERVATIONS = 2;

    private final double[][] subgroups;
    private final SpecificationLimits specification;
    private final WithinSigmaMethod method;
    private final double confidence;
    private final double normalityAlpha;

    /**
     * @param subgroups      the data in time order: subgroups of one size (size 1 for individual values)
     * @param method         {@link WithinSigmaMethod#MOVING_RANGE} for individual values, else range or s
     * @param confidence     of the intervals, in (0, 1)
     * @param normalityAlpha significance level of the normality test
     */
    public ProcessCapabilityAnalysis(List<List<Double>> subgroups, SpecificationLimits specification,
                                     WithinSigmaMethod method, double confidence, double normalityAlpha) {
        if (subgroups.isEmpty()) {
            throw new IllegalArgumentException("no data");
        }
        int size = subgroups.get(0).size();
        this.subgroups = new double[subgroups.size()][];
        for (int i = 0; i < this.subgroups.length; i++) {
            List<Double> group = subgroups.get(i);
            if (group.size() != size) {
                throw new IllegalArgumentException("subgroups must have equal sizes: subgroup 1 has " + size
                        + ", subgroup " + (i + 1) + " has " + group.size());
            }
            this.subgroups[i] = group.stream().mapToDouble(v -> {
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException("not a finite number: " + v);
                }
                return v;
            }).toArray();
        }
        if ((method == WithinSigmaMethod.MOVING_RANGE) != (size == 1)) {
            throw new IllegalArgumentException("the moving range goes with individual values (subgroups of 1), "
                    + "range and standard deviation with subgroups of 2 or more; got " + method + " for size " + size);
        }
        if (size > 1) {
            ControlChartConstants.forSubgroupSize(size);
        }
        if (size * this.subgroups.length < MIN_OBSERVATIONS) {
            throw new IllegalArgumentException("a capability study needs at least " + MIN_OBSERVATIONS
                    + " observations, got " + size * this.subgroups.length);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        this.specification = java.util.Objects.requireNonNull(specification, "specification");
        this.method = method;
        this.confidence = confidence;
        this.normalityAlpha = normalityAlpha;
    }

    /** Individual values in time order, σw = MR̄/d2, 95 % intervals, normality at 5 %. */
    public static ProcessCapabilityAnalysis individuals(List<Double> values, SpecificationLimits specification) {
        return new ProcessCapabilityAnalysis(values.stream().map(List::of).toList(), specification,
                WithinSigmaMethod.MOVING_RANGE, DEFAULT_CONFIDENCE, AndersonDarlingNormality.DEFAULT_ALPHA);
    }

    public ProcessCapability analyse() {
        double[] all = java.util.Arrays.stream(subgroups).flatMapToDouble(java.util.Arrays::stream).toArray();
        int n = all.length;
        double mean = java.util.Arrays.stream(all).average().orElseThrow();
        double sigmaOverall = ShewhartCharts.standardDeviation(all);
        List<Text> explanation = new ArrayList<>();
        double sigmaWithin = sigmaWithin(all, explanation);
        explanation.add(Text.of(CapabilityText.SIGMA_OVERALL, of(sigmaOverall), n));
        if (!(sigmaWithin > 0 && sigmaOverall > 0)) {
            throw new IllegalArgumentException("the data have no spread (σ = 0): capability is undefined");
        }
        Indices within = new Indices(mean, sigmaWithin);
        Indices overall = new Indices(mean, sigmaOverall);
        Double lsl = specification.lower();
        Double usl = specification.upper();
        explanation.add(specification.twoSided()
                ? Text.of(CapabilityText.INDICES_TWO_SIDED, of(lsl), of(usl), of(mean), of(within.cp()),
                        of(within.cpk()), of(overall.cp()), of(overall.cpk()))
                : lsl != null
                        ? Text.of(CapabilityText.INDICES_LOWER_ONLY, of(lsl), of(mean), of(within.cpk()),
                                of(overall.cpk()))
                        : Text.of(CapabilityText.INDICES_UPPER_ONLY, of(usl), of(mean), of(within.cpk()),
                                of(overall.cpk())));
        Interval cpInterval = chiSquare(within.cp(), n);
        Interval ppInterval = chiSquare(overall.cp(), n);
        Interval cpkInterval = bissell(within.cpk(), n);
        Interval ppkInterval = bissell(overall.cpk(), n);
        String percent = of(confidence * 100);
        if (cpInterval != null) {
            explanation.add(Text.of(CapabilityText.INTERVAL_CHI_SQUARE, percent, n - 1, of(cpInterval.lower()),
                    of(cpInterval.upper()), of(ppInterval.lower()), of(ppInterval.upper())));
        }
        explanation.add(Text.of(CapabilityText.INTERVAL_BISSELL, percent, n, of(cpkInterval.lower()),
                of(cpkInterval.upper()), of(ppkInterval.lower()), of(ppkInterval.upper())));
        NormalityCheck normality = new AndersonDarlingNormality(all, normalityAlpha).check();
        explanation.add(normalityText(normality));
        if (n < FEW_OBSERVATIONS) {
            explanation.add(Text.of(CapabilityText.FEW_OBSERVATIONS, n, FEW_OBSERVATIONS));
        }
        explanation.add(Text.of(CapabilityText.ASSUMES_CONTROL));
        return new ProcessCapability(specification, n, subgroups[0].length, mean, method, sigmaWithin, sigmaOverall,
                within.cp(), within.cpl(), within.cpu(), within.cpk(), overall.cp(), overall.cpl(), overall.cpu(),
                overall.cpk(), cpInterval, cpkInterval, ppInterval, ppkInterval, normality, explanation);
    }

    private double sigmaWithin(double[] all, List<Text> explanation) {
        int size = subgroups[0].length;
        int m = subgroups.length;
        switch (method) {
            case MOVING_RANGE -> {
                double d2 = ControlChartConstants.forSubgroupSize(2).d2();
                double sum = 0;
                for (int i = 1; i < all.length; i++) {
                    sum += Math.abs(all[i] - all[i - 1]);
                }
                double mrBar = sum / (all.length - 1);
                explanation.add(Text.of(CapabilityText.SIGMA_MOVING_RANGE, of(mrBar), of(d2), of(mrBar / d2)));
                return mrBar / d2;
            }
            case RANGE -> {
                ControlChartConstants k = ControlChartConstants.forSubgroupSize(size);
                double rBar = java.util.Arrays.stream(subgroups).mapToDouble(g -> range(g)).sum() / m;
                explanation.add(Text.of(CapabilityText.SIGMA_RANGE, of(rBar), m, size, of(k.d2()), of(rBar / k.d2())));
                return rBar / k.d2();
            }
            default -> {
                ControlChartConstants k = ControlChartConstants.forSubgroupSize(size);
                double sBar = java.util.Arrays.stream(subgroups).mapToDouble(ShewhartCharts::standardDeviation)
                        .sum() / m;
                explanation.add(Text.of(CapabilityText.SIGMA_STANDARD_DEVIATION, of(sBar), m, size, of(k.c4()),
                        of(sBar / k.c4())));
                return sBar / k.c4();
            }
        }
    }

    private static double range(double[] group) {
        return java.util.Arrays.stream(group).max().orElseThrow() - java.util.Arrays.stream(group).min().orElseThrow();
    }

    private Interval chiSquare(Double index, int n) {
        if (index == null) {
            return null;
        }
        int nu = n - 1;
        ChiSquaredDistribution chi = new ChiSquaredDistribution(nu);
        double alpha = 1 - confidence;
        return new Interval(index * Math.sqrt(chi.inverseCumulativeProbability(alpha / 2) / nu),
                index * Math.sqrt(chi.inverseCumulativeProbability(1 - alpha / 2) / nu), confidence);
    }

    private Interval bissell(double index, int n) {
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        double half = z * Math.sqrt(1.0 / (9.0 * n) + index * index / (2.0 * (n - 1)));
        return new Interval(index - half, index + half, confidence);
    }

    private static Text normalityText(NormalityCheck check) {
        if (!check.tested()) {
            return Text.of(CapabilityText.NORMALITY_NOT_TESTED, check.observations(),
                    AndersonDarlingNormality.MIN_OBSERVATIONS);
        }
        return Text.of(check.rejected() ? CapabilityText.NORMALITY_REJECTED : CapabilityText.NORMALITY_OK,
                of(check.adjustedStatistic()), of(check.pValue()), of(check.alpha()));
    }

    /** The indices for one σ. */
    private final class Indices {
        private final Double cp;
        private final Double cpl;
        private final Double cpu;

        Indices(double mean, double sigma) {
            Double lsl = specification.lower();
            Double usl = specification.upper();
            cp = specification.twoSided() ? (usl - lsl) / (6 * sigma) : null;
            cpl = lsl == null ? null : (mean - lsl) / (3 * sigma);
            cpu = usl == null ? null : (usl - mean) / (3 * sigma);
        }

        Double cp() {
            return cp;
        }

        Double cpl() {
            return cpl;
        }

        Double cpu() {
            return cpu;
        }

        double cpk() {
            return cpl == null ? cpu : cpu == null ? cpl : Math.min(cpl, cpu);
        }
    }
}
