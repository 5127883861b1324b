package be.veerkracht.simulation.montecarlo;

/**
 * The part of the expected loss attributed to one supplier, country, zone or event (the allocation rule is in
 * {@link ScenarioRun}).
 *
 * @param key             supplier id, ISO country code, zone code or event code
 * @param scope           for events: what the event hits (supplier site, footprint, global); null otherwise
 * @param expectedLossEur mean attributed loss per scenario (over the horizon), EUR
 * @param share           of the total expected loss, 0..1
 */
public record LossContribution(ContributionKind kind, String key, EventScope scope, double expectedLossEur,
                               double share) {
}
