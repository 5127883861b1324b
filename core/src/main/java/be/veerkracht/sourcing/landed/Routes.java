package be.veerkracht.sourcing.landed;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.TransportMode;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.SourcingLink;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A link's route to Antwerp and its transport emissions per unit.
 *
 * <p>Mode: the link's {@code transport_mode}, else the origin country's main mode in the distance table (flagged as
 * assumed). Distance: the link's own {@value #DISTANCE_COLUMN} column (an extra column of the sourcing sheet), else
 * the reference distance of the origin country by that mode (sea and short sea share port-to-port distances).
 *
 * <p>Emissions (ISO 14083:2023 / GLEC Framework v3, activity-based): t-km = mass of a unit in tonnes &times; km;
 * kg CO2e = t-km &times; factor (g CO2e/t-km) / 1000. One main leg from the origin to Antwerp: pre- and on-carriage
 * and hub emissions are not included (they add to the far option mostly), which is said in every explanation.
 */
public final class Routes {

    /** The sourcing column a user may add with the link's own distance to our dock, km. */
    public static final String DISTANCE_COLUMN = "distance_km";

    private final TransportReference transport;

    public Routes(TransportReference transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    public Route route(SourcingLink link) {
        CountryCode origin = link.originCountry();
        TransportMode mode = link.transportMode();
        boolean assumed = false;
        if (mode == null) {
            Optional<TransportMode> main = transport.mainMode(origin);
            if (main.isEmpty()) {
                return new Route(null, false, null, "no transport_mode on the link and no main mode for "
                        + origin.alpha2() + " in the distance table");
            }
            mode = main.get();
            assumed = true;
        }
        String ownText = ownDistanceText(link.attributes());
        Double own = ownText == null ? null : parseKm(ownText);
        if (own != null) {
            return new Route(mode, assumed, own, "the link's own " + DISTANCE_COLUMN + " " + format(own) + " km");
        }
        String unreadable = ownText == null ? "" : "the link's " + DISTANCE_COLUMN + " '" + ownText
                + "' is not a distance above 0 km, so ";
        TransportMode m = mode;
        boolean guessed = assumed;
        return transport.distance(origin, mode)
                .map(d -> new Route(m, guessed, d.km(), unreadable + "reference distance "
                        + d.origin() + " to Antwerp by " + d.mode().code() + ", " + format(d.km()) + " km (" + d.source()
                        + ")"))
                .orElseGet(() -> new Route(m, guessed, null, unreadable + "no distance for " + origin.alpha2()
                        + " by " + m.code() + " in the distance table; add a " + DISTANCE_COLUMN + " column"));
    }

    /** Emissions of one unit of {@code part} from {@code link}. */
    public TransportEmissions emissions(Part part, SourcingLink link) {
        Route route = route(link);
        if (part.weightKg() == null) {
            return new TransportEmissions(null, null, null, "no weight_kg on part " + part.id().value()
                    + ": emissions unknown");
        }
        if (route.mode() == null || route.km() == null) {
            return new TransportEmissions(null, null, null, route.distanceNote() + ": emissions unknown");
        }
        Optional<EmissionFactor> factor = transport.factor(route.mode());
        if (factor.isEmpty()) {
            return new TransportEmissions(null, null, null, "no emission factor for " + route.mode().code()
                    + ": emissions unknown");
        }
        EmissionFactor f = factor.get();
        double tonneKm = part.weightKg() / 1000 * route.km();
        double kg = f.kgCo2e(tonneKm);
        return new TransportEmissions(tonneKm, kg, f, String.format(Locale.ROOT,
                "%s kg / 1000 x %s km = %s t-km; x %s g CO2e/t-km (%s, %s%s, %s) / 1000 = %s kg CO2e per unit; "
                        + "main leg only (pre- and on-carriage, hubs not included)%s",
                format(part.weightKg()), format(route.km()), format(tonneKm), format(f.gramsCo2ePerTonneKm()),
                route.mode().code(), f.basis(), f.verified() ? ", verified" : ", UNVERIFIED ASSUMPTION", f.version(),
                format(kg), f.basis() == EmissionBasis.WTW ? "" : "; the factor is not well-to-wheel as ISO 14083 "
                        + "asks (" + f.basis() + "): it understates WTW emissions"));
    }

    private static String ownDistanceText(Map<String, String> attributes) {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            // as the import reads headers: case, blanks and '-' do not matter ("Distance km" is distance_km)
            if (e.getKey().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_").equals(DISTANCE_COLUMN)) {
                return e.getValue().strip();
            }
        }
        return null;
    }

    /**
     * Kilometres as a user wrote them in an extra column (kept as text): {@code 1250}, {@code 1250.5} or
     * {@code 1250,5}; null when not a finite number above 0.
     */
    static Double parseKm(String text) {
        String plain = text.replace(" ", "");
        if (plain.indexOf(',') >= 0 && plain.indexOf('.') < 0) {
            plain = plain.replace(',', '.');
        }
        try {
            double km = Double.parseDouble(plain);
            return km > 0 && km < Double.POSITIVE_INFINITY ? km : null;
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    /** A number for an explanation: up to 6 decimals, no grouping, Locale.ROOT. */
    static String format(double value) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6f", value)).stripTrailingZeros()
                .toPlainString();
    }
}
