package be.veerkracht.quality.spc;

import be.veerkracht.action.Action.Text;
import java.util.List;
import java.util.Objects;

/**
 * A pair of Shewhart charts over the same data: the location chart (individual values or subgroup means) and the
 * dispersion chart (moving range, range or standard deviation), with limits computed from the first
 * {@code baselinePoints} points only (phase I) and applied to every point.
 *
 * @param subgroupSize   observations per subgroup (1 for individuals)
 * @param baselinePoints how many points (subgroups or individual values) the limits come from
 * @param sigmaWithin    the within-subgroup (short-term) standard deviation estimate used for the limits, in the
 *                       unit of the data: MR̄/d2, R̄/d2 or S̄/c4
 * @param explanation    how the limits were computed, with the constants used
 */
public record ControlChart(ChartKind kind, int subgroupSize, int baselinePoints, ChartSeries location,
                           ChartSeries dispersion, double sigmaWithin, List<Text> explanation) {

    public ControlChart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(dispersion, "dispersion");
        explanation = List.copyOf(explanation);
    }
}
