package be.veerkracht.allocation;

import be.veerkracht.compliance.SourcingPermission.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small problems for the tests: sources with a price, capacity and footprints, scenarios given explicitly. */
final class Problems {

    private Problems() {
    }

    static AllocationSource source(String id, double price, Double capacity, String... footprints) {
        return new AllocationSource(id, id, price, capacity, null, 0, 0, false, 0, null, null, Set.of(footprints),
                Verdict.ALLOWED);
    }

    static AllocationSource active(String id, double price, double share) {
        return new AllocationSource(id, id, price, null, null, 0, share, false, 0, null, null, Set.of(),
                Verdict.ALLOWED);
    }

    /** Shares of demand summing to 1, no other constraint. */
    static AllocationProblem shares(double demand, double shortageCost, List<AllocationSource> sources,
                                    ScenarioSet scenarios) {
        return new AllocationProblem("P", demand, shortageCost, sources, scenarios,
                AllocationProblem.Ordering.SHARES_OF_DEMAND, Map.of(), 0, ConcentrationLimits.NONE,
                ExportPolicy.DEFAULT);
    }

    /** Two sources that always fail together with probability {@code p} (one footprint). */
    static ScenarioSet together(double p) {
        return new ScenarioSet(new double[][] {{0, 0}, {1, 1}}, new double[] {1 - p, p},
                ScenarioSet.Method.EXACT_ENUMERATION, 2);
    }
}
