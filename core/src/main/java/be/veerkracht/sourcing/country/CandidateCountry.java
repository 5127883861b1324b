package be.veerkracht.sourcing.country;

import be.veerkracht.geo.Overlay;
import java.util.List;
import java.util.Set;

/**
 * One candidate in a diversified ranking, with what it shares with the incumbent next to its score.
 *
 * @param country           ISO alpha-2
 * @param score             the method's score (higher is better); NaN when excluded
 * @param place             1 = best after the diversification rule; 0 when excluded
 * @param zone              its zone
 * @param overlays          its overlays (NATO, Wassenaar, ...)
 * @param sharedOutages     outage footprints (zone included) it shares with the incumbent
 * @param sharedSeaLanes    sea lanes (delay footprints) it shares with the incumbent
 * @param tier              0 shares nothing, 1 shares a sea lane, 2 shares the zone or an outage footprint
 * @param excluded          true when the rule left it out
 */
public record CandidateCountry(String country, double score, int place, String zone, Set<Overlay> overlays,
                               List<String> sharedOutages, List<String> sharedSeaLanes, int tier,
                               boolean excluded) {

    public CandidateCountry {
        overlays = Set.copyOf(overlays);
        sharedOutages = List.copyOf(sharedOutages);
        sharedSeaLanes = List.copyOf(sharedSeaLanes);
    }
}
