package be.veerkracht.allocation;

import java.util.Objects;

/**
 * How the portfolio's splits are optimised.
 *
 * @param risk                      λ and α of the objective
 * @param scenarios                 scenarios drawn from the stress test's events (sample average approximation), &ge; 1
 * @param seed                      the stress test's seed: scenario i here is scenario i there
 * @param threads                   worker threads, &ge; 1; the result does not depend on it
 * @param frontierPoints            λ values on each part's frontier: 0 (none) or &ge; 2
 * @param minShare                  smallest share a used source gets, in [0, 1] (above 0: MIP)
 * @param limits                    largest share per country, zone, footprint
 * @param exportPolicy              what licence-bound and unclassified sources become
 * @param amortisationYears         years over which a candidate's qualification cost is spread, &gt; 0
 * @param outOfSample               whether to evaluate each optimum on an independent sample of the same size
 *                                  (scenarios N … 2N−1) for its statistical error
 */
public record AllocationSettings(RiskAppetite risk, int scenarios, long seed, int threads, int frontierPoints,
                                 double minShare, ConcentrationLimits limits, ExportPolicy exportPolicy,
                                 double amortisationYears, boolean outOfSample) {

    /** Default scenarios, as many as the stress test draws by default. */
    public static final int DEFAULT_SCENARIOS = 500;
    /** Default years a qualification cost is spread over (a typical sourcing contract), years. */
    public static final double DEFAULT_AMORTISATION_YEARS = 3;

    public AllocationSettings {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(exportPolicy, "exportPolicy");
        if (scenarios < 1) {
            throw new IllegalArgumentException("scenarios must be at least 1, got " + scenarios);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (frontierPoints < 0 || frontierPoints == 1) {
            throw new IllegalArgumentException("frontier points must be 0 or at least 2, got " + frontierPoints);
        }
        Checks.probability(minShare, "minimum share");
        if (!(amortisationYears > 0)) {
            throw new IllegalArgumentException("amortisation must be above 0 years, got " + amortisationYears);
        }
    }

    /** λ, α, scenarios, seed and threads as given; no frontier, no limits, the default export policy. */
    public static AllocationSettings of(RiskAppetite risk, int scenarios, long seed, int threads) {
        return new AllocationSettings(risk, scenarios, seed, threads, 0, 0, ConcentrationLimits.NONE,
                ExportPolicy.DEFAULT, DEFAULT_AMORTISATION_YEARS, true);
    }

    public AllocationSettings withThreads(int other) {
        return new AllocationSettings(risk, scenarios, seed, other, frontierPoints, minShare, limits, exportPolicy,
                amortisationYears, outOfSample);
    }
}
