package be.veerkracht.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference geography an assessment uses: country profiles, zones and event footprints, in one versioned,
 * consistent set. Every zone is also an outage footprint of its own (a war or sanctions regime stops a whole
 * sphere), so {@link #footprints()} holds both what the data names ({@code TAIWAN_STRAIT}) and the zones.
 * Immutable; look-ups are indexed once in the constructor.
 */
public final class ReferenceGeography {

    private final String version;
    private final List<Zone> zones;
    private final List<CountryProfile> countries;
    private final List<Footprint> footprints;
    private final Map<String, Zone> zoneByCode;
    private final Map<CountryCode, CountryProfile> countryByCode;
    private final Map<CountryCode, List<Footprint>> outagesByCountry;

    /**
     * @param version         where this set comes from and its date, shown with every result that used it
     * @param namedFootprints outage and delay footprints from the data; zone footprints are added here
     */
    public ReferenceGeography(String version, List<Zone> zones, List<CountryProfile> countries,
                              List<Footprint> namedFootprints) {
        this.version = Objects.requireNonNull(version, "version");
        this.zones = List.copyOf(zones);
        this.countries = List.copyOf(countries);
        this.zoneByCode = this.zones.stream().collect(Collectors.toUnmodifiableMap(Zone::code, Function.identity()));
        this.countryByCode = this.countries.stream()
                .collect(Collectors.toUnmodifiableMap(CountryProfile::code, Function.identity()));
        for (CountryProfile country : this.countries) {
            if (!zoneByCode.containsKey(country.zone())) {
                throw new IllegalArgumentException(country.code() + " is in unknown zone " + country.zone());
            }
        }
        List<Footprint> all = new ArrayList<>();
        for (Footprint footprint : namedFootprints) {
            if (zoneByCode.containsKey(footprint.code())) {
                throw new IllegalArgumentException("footprint " + footprint.code() + " has a zone's code");
            }
            all.add(footprint);
        }
        Map<String, List<CountryCode>> byZone = new TreeMap<>();
        this.countries.forEach(c -> byZone.computeIfAbsent(c.zone(), z -> new ArrayList<>()).add(c.code()));
        byZone.forEach((zone, members) -> all.add(new Footprint(zone, FootprintKind.OUTAGE, new HashSet<>(members),
                0, "every country of zone " + zone)));
        this.footprints = List.copyOf(all);
        Map<CountryCode, List<Footprint>> outages = new TreeMap<>();
        for (Footprint footprint : footprints) {
            if (footprint.kind() == FootprintKind.OUTAGE) {
                footprint.countries().forEach(c -> outages.computeIfAbsent(c, k -> new ArrayList<>()).add(footprint));
            }
        }
        outages.replaceAll((country, list) -> List.copyOf(list));
        this.outagesByCountry = Map.copyOf(outages);
    }

    public String version() {
        return version;
    }

    public List<Zone> zones() {
        return zones;
    }

    public List<CountryProfile> countries() {
        return countries;
    }

    /** Named outage and delay footprints, then one outage footprint per zone, covering its countries. */
    public List<Footprint> footprints() {
        return footprints;
    }

    public Optional<CountryProfile> country(CountryCode code) {
        return Optional.ofNullable(countryByCode.get(code));
    }

    /** The zone a country counts in; a country without a profile is in no zone (reported, not guessed). */
    public Optional<String> zoneOf(CountryCode code) {
        return country(code).map(CountryProfile::zone);
    }

    public Optional<Zone> zone(String code) {
        return Optional.ofNullable(zoneByCode.get(code));
    }

    /** The outage footprints covering a producing country, named ones first, then its zone's. */
    public List<Footprint> outagesCovering(CountryCode country) {
        return outagesByCountry.getOrDefault(country, List.of());
    }
}
