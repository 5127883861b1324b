package be.veerkracht.allocation;

import java.util.Map;

/**
 * One point of the frontier of expected cost against CVaR: the optimum at weight λ.
 *
 * @param cvarWeight      λ, in [0, 1]
 * @param expectedCostEur E[cost] of that optimum, EUR per year
 * @param cvarEur         its CVaR<sub>α</sub>, EUR per year
 * @param unitsBySource   its quantities, units per year
 */
public record FrontierPoint(double cvarWeight, double expectedCostEur, double cvarEur,
                            Map<String, Double> unitsBySource) {

    public FrontierPoint {
        unitsBySource = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unitsBySource));
    }
}
