package be.veerkracht.geo;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What Veerkracht knows of one country (reference data, each field sourced in the data file).
 *
 * @param zone                     the geopolitical zone (sphere of influence) it counts in for concentration
 * @param stabilityPercentile      World Bank WGI "Political Stability and Absence of Violence", percentile rank
 *                                 0..100; null when not in the data
 * @param transitDaysToAntwerp     typical door-to-port days to Antwerp by mode, where known
 * @param seaLanes                 the delay footprints (sea lanes) its sea freight to Antwerp passes, by code
 */
public record CountryProfile(
        CountryCode code,
        String zone,
        TradeRelation tradeRelation,
        Double stabilityPercentile,
        Map<TransportMode, Double> transitDaysToAntwerp,
        Set<Overlay> overlays,
        Set<String> seaLanes) {

    public CountryProfile {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(tradeRelation, "tradeRelation");
        if (stabilityPercentile != null && !(stabilityPercentile >= 0 && stabilityPercentile <= 100)) {
            throw new IllegalArgumentException("stability percentile must be within 0..100, got " + stabilityPercentile);
        }
        transitDaysToAntwerp = Map.copyOf(transitDaysToAntwerp);
        overlays = overlays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(overlays));
        seaLanes = Set.copyOf(seaLanes);
    }

    public boolean has(Overlay overlay) {
        return overlays.contains(overlay);
    }
}
