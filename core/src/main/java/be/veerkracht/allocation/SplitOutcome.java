package be.veerkracht.allocation;

import java.util.Map;
import java.util.Objects;

/**
 * A split and what it costs over the scenarios. Statistics, doubles.
 *
 * @param unitsBySource          units per year ordered from each source (every source of the problem, in order)
 * @param expectedCostEur        E[cost] per year, EUR: purchases, shortages and qualification
 * @param cvarEur                CVaR<sub>α</sub> of the annual cost, EUR
 * @param objectiveEur           (1 − λ)·E[cost] + λ·CVaR, EUR
 * @param expectedShortageUnits  E[units not delivered] per year, units
 * @param standardErrorEur       standard error of {@code expectedCostEur} as an estimate (0 when enumerated exactly)
 */
public record SplitOutcome(Map<String, Double> unitsBySource, double expectedCostEur, double cvarEur,
                           double objectiveEur, double expectedShortageUnits, double standardErrorEur) {

    public SplitOutcome {
        Objects.requireNonNull(unitsBySource, "unitsBySource");
        unitsBySource = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unitsBySource));
    }

    /** Units ordered from {@code source}, 0 when none. */
    public double units(String source) {
        return unitsBySource.getOrDefault(source, 0.0);
    }

    /** Share of {@code demand} ordered from {@code source}. */
    public double share(String source, double demandUnits) {
        return units(source) / demandUnits;
    }
}
