package be.veerkracht.simulation.montecarlo;

/**
 * One part over all scenarios.
 *
 * @param expectedLossEur      mean loss per scenario (over the horizon), EUR
 * @param expectedLostUnits    mean lost units per scenario
 * @param fillRate             1 − expected lost units / demand over the horizon
 * @param stockoutProbability  share of scenarios in which it lost more than a residue
 */
public record PartRisk(String partId, double expectedLossEur, double expectedLostUnits, double fillRate,
                       double stockoutProbability) {
}
