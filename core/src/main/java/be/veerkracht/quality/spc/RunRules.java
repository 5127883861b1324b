package be.veerkracht.quality.spc;

import java.util.List;

/**
 * A set of run rules applied to a location chart (individual values or subgroup means): which points signal a
 * special cause. Implementations: {@link WesternElectricRules} (the default) and {@link NelsonRules}.
 */
public interface RunRules {

    /** The rules this set applies, in order. */
    List<RunRule> rules();

    /** Every firing on {@code points} against {@code limits} (zones from {@link ControlLimits#sigma()}), by index. */
    List<RuleFiring> firings(double[] points, ControlLimits limits);

    /** The firings on a chart's location series. */
    default List<RuleFiring> firings(ChartSeries location) {
        return firings(location.values(), location.limits());
    }
}
