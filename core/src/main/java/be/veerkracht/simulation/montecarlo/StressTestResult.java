package be.veerkracht.simulation.montecarlo;

import java.util.List;

/**
 * What a Monte Carlo stress test found. Money is a statistic here (doubles, EUR): an estimate from sampled
 * scenarios, reported with its standard error, never booked.
 *
 * @param scenarioLossEur          loss of each scenario over the horizon, in scenario order (for the histogram)
 * @param expectedLossEur          mean loss per scenario over the horizon
 * @param expectedLossStandardErrorEur standard error of that mean, s / √N
 * @param expectedAnnualLossEur    the mean scaled to a year, × 365 / horizon
 * @param var95Eur                 95 % value at risk of the horizon loss ({@link RiskMeasures})
 * @param cvar95Eur                95 % conditional value at risk
 * @param var99Eur                 99 % value at risk
 * @param cvar99Eur                99 % conditional value at risk
 * @param stockoutProbability      share of scenarios in which any part lost demand
 * @param meanOccurrences          events drawn per scenario, on average
 * @param parts                    every part in the test, largest expected loss first, then by id
 * @param contributions            by supplier, country, zone and event, each kind largest first
 * @param partDaysStepped          part-days the engine stepped over all scenarios (the reference: parts × scenarios
 *                                 × horizon)
 * @param excludedParts            parts not in the test, with the reason
 * @param assumptions              the rules behind the numbers, in English
 * @param replenishment            how parts were replenished: {@link Replenishment#code()}
 * @param eventRates               every rate of the catalogue, its source, and what it hit in this portfolio
 */
public record StressTestResult(StressTestSettings settings, double[] scenarioLossEur, double expectedLossEur,
                               double expectedLossStandardErrorEur, double expectedAnnualLossEur, double var95Eur,
                               double cvar95Eur, double var99Eur, double cvar99Eur, double stockoutProbability,
                               double meanOccurrences, List<PartRisk> parts, List<LossContribution> contributions,
                               long partDaysStepped, List<String> excludedParts, List<String> assumptions,
                               List<EventAssumption> eventRates, String catalogueVersion, String geographyVersion,
                               String replenishment) {

    public StressTestResult {
        scenarioLossEur = scenarioLossEur.clone();
        parts = List.copyOf(parts);
        contributions = List.copyOf(contributions);
        excludedParts = List.copyOf(excludedParts);
        assumptions = List.copyOf(assumptions);
        eventRates = List.copyOf(eventRates);
    }

    @Override
    public double[] scenarioLossEur() {
        return scenarioLossEur.clone();
    }

    public List<LossContribution> contributions(ContributionKind kind) {
        return contributions.stream().filter(c -> c.kind() == kind).toList();
    }
}
