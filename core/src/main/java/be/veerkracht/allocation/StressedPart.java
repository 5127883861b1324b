package be.veerkracht.allocation;

import be.veerkracht.simulation.montecarlo.PartRisk;
import be.veerkracht.simulation.montecarlo.StressTestResult;

/**
 * One part's stress-test figures in a what-if, over the test's horizon (EUR are estimates, not booked money).
 *
 * @param expectedAnnualLossEur     mean loss scaled to a year, EUR per year
 * @param standardErrorEur          its standard error, EUR per year (the one-part test's s / √N, scaled likewise)
 * @param cvar95Eur                 mean of the worst 5 % of horizon losses, EUR
 * @param stockoutProbability       share of scenarios in which the part lost demand
 * @param fillRate                  share of demand delivered on time over all scenarios
 */
public record StressedPart(double expectedAnnualLossEur, double standardErrorEur, double cvar95Eur,
                           double stockoutProbability, double fillRate) {

    /** The part's row of a stress test run on the part alone (a part outside the test lost nothing). */
    static StressedPart of(String partId, StressTestResult result) {
        double perYear = 365.0 / result.settings().horizonDays();
        PartRisk risk = result.parts().stream().filter(p -> p.partId().equals(partId)).findFirst().orElse(null);
        if (risk == null) {
            return new StressedPart(0, 0, 0, 0, 1);
        }
        return new StressedPart(result.expectedAnnualLossEur(), result.expectedLossStandardErrorEur() * perYear,
                result.cvar95Eur(), risk.stockoutProbability(), risk.fillRate());
    }
}
