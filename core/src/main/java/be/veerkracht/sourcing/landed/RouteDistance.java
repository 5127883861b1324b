package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import java.util.Objects;

/**
 * The reference distance from a country's typical origin to Antwerp by one mode.
 *
 * @param origin the place measured from (a port or city)
 * @param km     kilometres, &gt; 0
 * @param main   true for the country's main mode to Antwerp (used when a link gives no mode)
 * @param source where the distance comes from
 */
public record RouteDistance(CountryCode country, TransportMode mode, String origin, double km, boolean main,
                            String source) {

    public RouteDistance {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(origin, "origin");
        if (!(km > 0 && km < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("km must be a finite number > 0, got " + km);
        }
        Objects.requireNonNull(source, "source");
    }
}
