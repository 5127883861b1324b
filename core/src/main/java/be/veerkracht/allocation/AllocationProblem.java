package be.veerkracht.allocation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One part's volume-split decision: its demand and shortage cost, the sources it may use, the scenarios, and the
 * constraints.
 *
 * @param partId                 the part
 * @param demandUnits            annual demand, units, &gt; 0
 * @param shortageCostEurPerUnit what a unit not delivered costs, EUR per unit
 * @param sources                current and candidate sources, ids unique
 * @param scenarios              one out-fraction per source in each scenario, in {@code sources} order
 * @param ordering               whether quantities are shares of demand (sum = demand) or free orders (a hedge)
 * @param supplierCapacity       per supplier id: units per year its sources together may be given (what is left of
 *                               its shared capacity after its other parts); absent: no shared limit
 * @param minShare               smallest share of demand a source may get when it gets any, in [0, 1]; above 0 the
 *                               problem is a MIP
 * @param limits                 largest share per country, zone, footprint
 * @param exportPolicy           which export-control verdicts exclude a source
 */
public record AllocationProblem(String partId, double demandUnits, double shortageCostEurPerUnit,
                                List<AllocationSource> sources, ScenarioSet scenarios, Ordering ordering,
                                Map<String, Double> supplierCapacity, double minShare, ConcentrationLimits limits,
                                ExportPolicy exportPolicy) {

    /** How the decision is stated. */
    public enum Ordering {
        /** Shares of demand summing to 1 (quantities summing to demand): the portfolio model. */
        SHARES_OF_DEMAND,
        /** Any quantity from each source, their sum may exceed demand (a hedge): the single-decision model. */
        FREE_QUANTITIES
    }

    public AllocationProblem {
        Objects.requireNonNull(partId, "partId");
        Objects.requireNonNull(ordering, "ordering");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(exportPolicy, "exportPolicy");
        Objects.requireNonNull(scenarios, "scenarios");
        if (!(demandUnits > 0 && demandUnits < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("demand of " + partId + " must be > 0 units, got " + demandUnits);
        }
        Checks.nonNegative(shortageCostEurPerUnit, "shortage cost of " + partId);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("part " + partId + " has no source");
        }
        Set<String> ids = new HashSet<>();
        for (AllocationSource source : sources) {
            if (!ids.add(source.id())) {
                throw new IllegalArgumentException("source " + source.id() + " appears twice for " + partId);
            }
        }
        if (scenarios.sources() != sources.size()) {
            throw new IllegalArgumentException("scenarios of " + partId + " have " + scenarios.sources()
                    + " sources, the part " + sources.size());
        }
        supplierCapacity = Map.copyOf(supplierCapacity);
        supplierCapacity.values().forEach(capacity -> Checks.nonNegative(capacity, "supplier capacity"));
        Checks.probability(minShare, "minimum share");
    }

    /** The single-decision problem of {@code veerkracht optimize-split}: free quantities, no other constraint. */
    public static AllocationProblem singleDecision(double demandUnits, double shortageCostEurPerUnit,
                                                   List<AllocationSource> sources, ScenarioSet scenarios) {
        return new AllocationProblem("-", demandUnits, shortageCostEurPerUnit, sources, scenarios,
                Ordering.FREE_QUANTITIES, Map.of(), 0, ConcentrationLimits.NONE, ExportPolicy.DEFAULT);
    }

    public AllocationProblem withScenarios(ScenarioSet other) {
        return new AllocationProblem(partId, demandUnits, shortageCostEurPerUnit, sources, other, ordering,
                supplierCapacity, minShare, limits, exportPolicy);
    }

    public AllocationProblem withMinShare(double share) {
        return new AllocationProblem(partId, demandUnits, shortageCostEurPerUnit, sources, scenarios, ordering,
                supplierCapacity, share, limits, exportPolicy);
    }

    public AllocationProblem withLimits(ConcentrationLimits other) {
        return new AllocationProblem(partId, demandUnits, shortageCostEurPerUnit, sources, scenarios, ordering,
                supplierCapacity, minShare, other, exportPolicy);
    }

    /** The most source {@code i} may be given, units per year: its capacity, never above demand. */
    public double upperBound(int i) {
        AllocationSource source = sources.get(i);
        if (!exportPolicy.admits(source.verdict())) {
            return 0;
        }
        Double capacity = source.capacityUnitsPerYear();
        return capacity == null ? demandUnits : Math.min(capacity, demandUnits);
    }

    /** Whether binaries are needed: a minimum share, or a qualification cost paid only when a source is used. */
    public boolean needsIntegers() {
        if (minShare > 0) {
            return true;
        }
        return sources.stream().anyMatch(source -> source.qualificationCostEurPerYear() > 0);
    }
}
