package be.veerkracht.allocation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The constraints of a split, checked on given quantities x (units per year): 0 ≤ x<sub>i</sub> ≤ bound<sub>i</sub>
 * (capacity, 0 when export control excludes the source); Σ x = demand when shares of demand are asked (≤ when the
 * admissible capacity cannot cover demand); per supplier Σ x ≤ its capacity left; x<sub>i</sub> = 0 or
 * x<sub>i</sub> ≥ minShare·demand; per country, zone and footprint Σ x ≤ limit·demand. O(n·footprints).
 */
public final class SplitConstraints {

    /** Slack allowed on every check, units per year (solver round-off). */
    public static final double TOLERANCE_UNITS = 1e-6;

    private SplitConstraints() {
    }

    /** Whether {@code x} satisfies every constraint within {@link #TOLERANCE_UNITS} (scaled by demand). */
    public static boolean feasible(AllocationProblem problem, double[] x, boolean demandCoverable) {
        double demand = problem.demandUnits();
        double tolerance = TOLERANCE_UNITS * Math.max(1, demand);
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < -tolerance || x[i] > problem.upperBound(i) + tolerance) {
                return false;
            }
            if (x[i] > tolerance && x[i] < problem.minShare() * demand - tolerance) {
                return false;
            }
            total += x[i];
        }
        if (problem.ordering() == AllocationProblem.Ordering.SHARES_OF_DEMAND) {
            boolean covered = Math.abs(total - demand) <= tolerance;
            if (demandCoverable ? !covered : total > demand + tolerance) {
                return false;
            }
        }
        Map<String, Double> bySupplier = sum(problem, x, AllocationSource::supplierId);
        for (Map.Entry<String, Double> entry : bySupplier.entrySet()) {
            Double capacity = problem.supplierCapacity().get(entry.getKey());
            if (capacity != null && entry.getValue() > capacity + tolerance) {
                return false;
            }
        }
        ConcentrationLimits limits = problem.limits();
        return within(sum(problem, x, AllocationSource::country), limits.maxCountryShare() * demand + tolerance)
                && within(sum(problem, x, AllocationSource::zone), limits.maxZoneShare() * demand + tolerance)
                && within(footprints(problem, x), limits.maxFootprintShare() * demand + tolerance);
    }

    private static boolean within(Map<String, Double> sums, double limit) {
        return sums.values().stream().allMatch(value -> value <= limit);
    }

    private static Map<String, Double> sum(AllocationProblem problem, double[] x,
                                           Function<AllocationSource, String> key) {
        Map<String, Double> sums = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            String k = key.apply(problem.sources().get(i));
            if (k != null) {
                sums.merge(k, x[i], Double::sum);
            }
        }
        return sums;
    }

    private static Map<String, Double> footprints(AllocationProblem problem, double[] x) {
        Map<String, Double> sums = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            for (String footprint : problem.sources().get(i).footprints()) {
                sums.merge(footprint, x[i], Double::sum);
            }
        }
        return sums;
    }
}
