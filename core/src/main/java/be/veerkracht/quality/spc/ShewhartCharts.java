package be.veerkracht.quality.spc;

import static be.veerkracht.quality.spc.StatisticFormat.of;

import be.veerkracht.action.Action.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Shewhart control charts for variables with limits from a baseline (phase I) period, after D. C. Montgomery,
 * <i>Introduction to Statistical Quality Control</i>, 6th ed., Wiley, 2009, sections 6.2 (X̄-R), 6.3 (X̄-S) and
 * 6.4 (individuals and moving range). With m baseline points:
 * <ul>
 *   <li>individuals: CL = x̄, limits x̄ ± 3·MR̄/d2(2), MR̄ the mean of the m − 1 moving ranges |x(i) − x(i−1)|;
 *   the moving-range chart has CL = MR̄, limits D3(2)·MR̄ = 0 and D4(2)·MR̄;</li>
 *   <li>X̄-R: CL = X̄̄, limits X̄̄ ± A2·R̄; range chart D3·R̄, R̄, D4·R̄; σ = R̄/d2;</li>
 *   <li>X̄-S: CL = X̄̄, limits X̄̄ ± A3·S̄; S chart B3·S̄, S̄, B4·S̄; σ = S̄/c4.</li>
 * </ul>
 * Running time O(N) in the number of observations. Limits: subgroups of equal size 2 … 25 (the table of
 * {@link ControlChartConstants}); the charts assume independent, roughly normal observations, and phase I
 * limits from fewer than about 20–25 subgroups are imprecise (Montgomery, section 6.2.1).
 */
public final class ShewhartCharts {

    /** The smallest baseline: two points give one moving range or two subgroups. */
    public static final int MIN_BASELINE_POINTS = 2;

    private ShewhartCharts() {
    }

    /** Individuals and moving-range chart of {@code values} (time order), limits from the first {@code baseline}. */
    public static ControlChart individuals(List<Double> values, int baseline) {
        double[] x = finite(values, "values");
        checkBaseline(baseline, x.length);
        ControlChartConstants two = ControlChartConstants.forSubgroupSize(2);
        double[] movingRanges = new double[x.length - 1];
        for (int i = 1; i < x.length; i++) {
            movingRanges[i - 1] = Math.abs(x[i] - x[i - 1]);
        }
        double center = mean(x, baseline);
        double mrBar = mean(movingRanges, baseline - 1);
        double sigma = mrBar / two.d2();
        ControlLimits xLimits = new ControlLimits(center - 3 * sigma, center, center + 3 * sigma);
        ControlLimits mrLimits = new ControlLimits(two.lowerRangeFactor() * mrBar, mrBar,
                two.upperRangeFactor() * mrBar);
        List<Text> explanation = new ArrayList<>();
        explanation.add(Text.of(SpcText.LIMITS_INDIVIDUALS, of(center), of(mrBar), baseline, of(two.d2()),
                of(sigma), of(xLimits.lower()), of(xLimits.upper()), of(mrLimits.upper())));
        ChartSeries mr = ChartSeries.of("moving_range", movingRanges, mrLimits);
        addDispersion(explanation, mr);
        return new ControlChart(ChartKind.INDIVIDUALS_MOVING_RANGE, 1, baseline, ChartSeries.of("x", x, xLimits),
                mr, sigma, explanation);
    }

    /** X̄-R chart of equal-size subgroups (time order), limits from the first {@code baseline} subgroups. */
    public static ControlChart xbarR(List<List<Double>> subgroups, int baseline) {
        double[][] groups = subgroups(subgroups, baseline);
        ControlChartConstants k = ControlChartConstants.forSubgroupSize(groups[0].length);
        double[] means = new double[groups.length];
        double[] ranges = new double[groups.length];
        for (int i = 0; i < groups.length; i++) {
            means[i] = mean(groups[i], groups[i].length);
            ranges[i] = max(groups[i]) - min(groups[i]);
        }
        double grand = mean(means, baseline);
        double rBar = mean(ranges, baseline);
        ControlLimits xLimits = new ControlLimits(grand - k.a2() * rBar, grand, grand + k.a2() * rBar);
        ControlLimits rLimits = new ControlLimits(k.lowerRangeFactor() * rBar, rBar, k.upperRangeFactor() * rBar);
        double sigma = rBar / k.d2();
        List<Text> explanation = new ArrayList<>();
        explanation.add(Text.of(SpcText.LIMITS_XBAR_R, of(grand), of(rBar), baseline, k.n(), of(k.a2()),
                of(xLimits.lower()), of(xLimits.upper()), of(k.lowerRangeFactor()), of(k.upperRangeFactor()),
                of(rLimits.lower()), of(rLimits.upper()), of(k.d2()), of(sigma)));
        ChartSeries r = ChartSeries.of("range", ranges, rLimits);
        addDispersion(explanation, r);
        return new ControlChart(ChartKind.XBAR_R, k.n(), baseline, ChartSeries.of("xbar", means, xLimits), r,
                sigma, explanation);
    }

    /** X̄-S chart of equal-size subgroups (time order), limits from the first {@code baseline} subgroups. */
    public static ControlChart xbarS(List<List<Double>> subgroups, int baseline) {
        double[][] groups = subgroups(subgroups, baseline);
        ControlChartConstants k = ControlChartConstants.forSubgroupSize(groups[0].length);
        double[] means = new double[groups.length];
        double[] sds = new double[groups.length];
        for (int i = 0; i < groups.length; i++) {
            means[i] = mean(groups[i], groups[i].length);
            sds[i] = standardDeviation(groups[i]);
        }
        double grand = mean(means, baseline);
        double sBar = mean(sds, baseline);
        ControlLimits xLimits = new ControlLimits(grand - k.a3() * sBar, grand, grand + k.a3() * sBar);
        ControlLimits sLimits = new ControlLimits(k.b3() * sBar, sBar, k.b4() * sBar);
        double sigma = sBar / k.c4();
        List<Text> explanation = new ArrayList<>();
        explanation.add(Text.of(SpcText.LIMITS_XBAR_S, of(grand), of(sBar), baseline, k.n(), of(k.a3()),
                of(xLimits.lower()), of(xLimits.upper()), of(k.b3()), of(k.b4()), of(sLimits.lower()),
                of(sLimits.upper()), of(k.c4()), of(sigma)));
        ChartSeries s = ChartSeries.of("s", sds, sLimits);
        addDispersion(explanation, s);
        return new ControlChart(ChartKind.XBAR_S, k.n(), baseline, ChartSeries.of("xbar", means, xLimits), s,
                sigma, explanation);
    }

    /** The sample standard deviation (n − 1 in the denominator); 0 for one value. */
    public static double standardDeviation(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double m = mean(x, x.length);
        double sum = 0;
        for (double v : x) {
            sum += (v - m) * (v - m);
        }
        return Math.sqrt(sum / (x.length - 1));
    }

    private static void addDispersion(List<Text> explanation, ChartSeries dispersion) {
        if (!dispersion.outOfLimits().isEmpty()) {
            explanation.add(Text.of(SpcText.DISPERSION_OUT_OF_LIMITS, dispersion.statistic(),
                    dispersion.outOfLimits().toString()));
        }
    }

    private static double[][] subgroups(List<List<Double>> subgroups, int baseline) {
        if (subgroups.isEmpty()) {
            throw new IllegalArgumentException("no subgroups");
        }
        int n = subgroups.get(0).size();
        double[][] groups = new double[subgroups.size()][];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = finite(subgroups.get(i), "subgroup " + (i + 1));
            if (groups[i].length != n) {
                throw new IllegalArgumentException("subgroups must have equal sizes: subgroup 1 has " + n
                        + ", subgroup " + (i + 1) + " has " + groups[i].length);
            }
        }
        ControlChartConstants.forSubgroupSize(n);
        checkBaseline(baseline, groups.length);
        return groups;
    }

    private static double[] finite(List<Double> values, String what) {
        double[] x = new double[values.size()];
        for (int i = 0; i < x.length; i++) {
            Double v = values.get(i);
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException(what + ": value " + (i + 1) + " is not a finite number: " + v);
            }
            x[i] = v;
        }
        return x;
    }

    private static void checkBaseline(int baseline, int points) {
        if (baseline < MIN_BASELINE_POINTS || baseline > points) {
            throw new IllegalArgumentException("the baseline must have between " + MIN_BASELINE_POINTS
                    + " and " + points + " points, got " + baseline);
        }
    }

    static double mean(double[] x, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += x[i];
        }
        return sum / count;
    }

    private static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }
}
