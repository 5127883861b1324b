package be.veerkracht.quality.spc;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One chart: the plotted statistic per point (subgroup or individual value, in time order), the limits from the
 * baseline, and the indices (0-based) of the points outside the limits.
 *
 * @param statistic what is plotted, e.g. {@code "x"}, {@code "moving_range"}, {@code "xbar"}, {@code "range"},
 *                  {@code "s"}; a moving-range chart has one point fewer than the data, its point i is |x(i+1) − x(i)|
 */
public record ChartSeries(String statistic, List<Double> points, ControlLimits limits, List<Integer> outOfLimits) {

    public ChartSeries {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(limits, "limits");
        points = List.copyOf(points);
        outOfLimits = List.copyOf(outOfLimits);
    }

    /** The series with its out-of-limit points found. */
    static ChartSeries of(String statistic, double[] points, ControlLimits limits) {
        List<Double> values = java.util.Arrays.stream(points).boxed().toList();
        List<Integer> outside = IntStream.range(0, points.length).filter(i -> limits.outside(points[i])).boxed()
                .toList();
        return new ChartSeries(statistic, values, limits, outside);
    }

    /** The points as an array, for the run rules. */
    public double[] values() {
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
