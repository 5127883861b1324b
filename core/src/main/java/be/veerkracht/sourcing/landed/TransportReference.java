package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The transport tables of a landed-cost calculation: reference distances to Antwerp by origin country and mode,
 * freight rates and emission factors by mode, under one version (shown with every result).
 */
public final class TransportReference {

    private final String version;
    private final Map<CountryCode, Map<TransportMode, RouteDistance>> distances = new HashMap<>();
    private final Map<TransportMode, FreightRate> rates = new EnumMap<>(TransportMode.class);
    private final Map<TransportMode, EmissionFactor> factors = new EnumMap<>(TransportMode.class);

    /** One row per (country, mode), per mode; a repeated key is an error. */
    public TransportReference(String version, List<RouteDistance> distances, List<FreightRate> rates,
                              List<EmissionFactor> factors) {
        this.version = Objects.requireNonNull(version, "version");
        for (RouteDistance d : distances) {
            if (this.distances.computeIfAbsent(d.country(), c -> new EnumMap<>(TransportMode.class))
                    .put(d.mode(), d) != null) {
                throw new IllegalArgumentException("two distances for " + d.country().alpha2() + " by " + d.mode());
            }
        }
        for (FreightRate r : rates) {
            if (this.rates.put(r.mode(), r) != null) {
                throw new IllegalArgumentException("two freight rates for " + r.mode());
            }
        }
        for (EmissionFactor f : factors) {
            if (this.factors.put(f.mode(), f) != null) {
                throw new IllegalArgumentException("two emission factors for " + f.mode());
            }
        }
    }

    public String version() {
        return version;
    }

    /**
     * The distance from {@code country} by {@code mode}; for sea and short sea the other sea mode's distance when
     * only that one is known (the port-to-port distance does not depend on the vessel).
     */
    public Optional<RouteDistance> distance(CountryCode country, TransportMode mode) {
        Map<TransportMode, RouteDistance> byMode = distances.getOrDefault(country, Map.of());
        RouteDistance exact = byMode.get(mode);
        if (exact != null || (mode != TransportMode.SEA && mode != TransportMode.SHORT_SEA)) {
            return Optional.ofNullable(exact);
        }
        return Optional.ofNullable(byMode.get(mode == TransportMode.SEA ? TransportMode.SHORT_SEA : TransportMode.SEA));
    }

    /** The country's main mode to Antwerp, when the distance table marks one. */
    public Optional<TransportMode> mainMode(CountryCode country) {
        return distances.getOrDefault(country, Map.of()).values().stream().filter(RouteDistance::main)
                .map(RouteDistance::mode).sorted().findFirst();
    }

    public Optional<FreightRate> rate(TransportMode mode) {
        return Optional.ofNullable(rates.get(mode));
    }

    public Optional<EmissionFactor> factor(TransportMode mode) {
        return Optional.ofNullable(factors.get(mode));
    }

    public List<EmissionFactor> factors() {
        return List.copyOf(factors.values());
    }
}
