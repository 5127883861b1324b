package be.veerkracht.allocation;

import be.veerkracht.action.Action;
import java.util.List;
import java.util.Objects;

/**
 * The portfolio's splits.
 *
 * @param settings          how they were computed
 * @param parts             parts with a choice, in the stress-test model's (portfolio) order
 * @param withoutChoice     ids of parts with fewer than two admissible sources (nothing to split)
 * @param actions           the moves worth making, largest gain first
 * @param geographyVersion  the reference geography the footprints and zones came from
 */
public record PortfolioAllocationResult(AllocationSettings settings, List<PartAllocation> parts,
                                        List<String> withoutChoice, List<Action> actions, String geographyVersion) {

    /** The rules behind every result (docs/allocation.md), shown with it. */
    public static final List<String> ASSUMPTIONS = List.of(
            "Per part, a year: each source delivers its share of demand less the fraction of the year it is down;"
                    + " surviving sources flex up to their capacity after their ramp-up (candidates after"
                    + " qualification) while the longest other stoppage lasts; the rest is short.",
            "Cost = price of the units delivered + shortage cost x units short + annualised qualification cost of a"
                    + " used candidate; objective (1 - lambda) E[cost] + lambda CVaR_alpha[cost] (Rockafellar and"
                    + " Uryasev 2000), minimised by linear programming (OR-Tools GLOP; SCIP with minimum shares).",
            "Scenarios are the stress test's (same seed, same scenario numbers), each a year of events; sources"
                    + " one event hits fail together. Sample average approximation: the optimum's expected cost is"
                    + " re-estimated on an independent sample of the same size with its standard error.",
            "Stock, lead times and the day-by-day order of events are not in this annual model (the stress test"
                    + " has them); flex shares no supplier capacity; export control excludes forbidden sources.");

    public PortfolioAllocationResult {
        Objects.requireNonNull(settings, "settings");
        parts = List.copyOf(parts);
        withoutChoice = List.copyOf(withoutChoice);
        actions = List.copyOf(actions);
        Objects.requireNonNull(geographyVersion, "geographyVersion");
    }

    /** The same result under other settings (to compare runs that differ only in threads). */
    public PortfolioAllocationResult withSettings(AllocationSettings other) {
        return new PortfolioAllocationResult(other, parts, withoutChoice, actions, geographyVersion);
    }
}
