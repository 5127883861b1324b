package be.veerkracht.geo;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An area that fails together: what actually stops (or slows) several suppliers at once, cutting across zones.
 *
 * @param code       e.g. {@code TAIWAN_STRAIT}, {@code RED_SEA_SUEZ}; a zone's own footprint has the zone's code
 * @param countries  for an outage: the producing countries it stops; empty for a delay footprint
 * @param delayDays  for a delay footprint: days added to each shipment passing the lane; 0 for an outage
 * @param source     where the footprint and its numbers come from, for the user to judge
 */
public record Footprint(String code, FootprintKind kind, Set<CountryCode> countries, double delayDays,
                        String source) {

    public Footprint {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        countries = Set.copyOf(new TreeSet<>(countries));
        if (kind == FootprintKind.OUTAGE && countries.isEmpty()) {
            throw new IllegalArgumentException("outage footprint " + code + " covers no country");
        }
        if (kind == FootprintKind.DELAY && !(delayDays > 0)) {
            throw new IllegalArgumentException("delay footprint " + code + " must add days, got " + delayDays);
        }
        source = source == null ? "" : source;
    }

    public boolean covers(CountryCode country) {
        return countries.contains(country);
    }
}
