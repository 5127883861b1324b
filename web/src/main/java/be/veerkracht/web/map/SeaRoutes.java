package be.veerkracht.web.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Schematic sea routes to Antwerp: from a country's point through the chokepoints of the sea lanes its freight
 * passes ({@code sea_lanes} of the reference countries, docs/reference-data.md), then up the Atlantic to Antwerp.
 * Straight segments between named waypoints, for showing which lanes a country's freight depends on; not sailing
 * routes, and not distances (those are in the reference data).
 *
 * <p>Waypoint coordinates, rounded to 0.05 degree, are the well-known positions of the straits and canals (as on any
 * nautical chart or the NGA's World Port Index for the ports: Antwerp 51.23 N 4.40 E, Port Said 31.25 N 32.30 E,
 * Balboa 8.95 N 79.57 W, Colón 9.35 N 79.90 W). Routing points that are not chokepoints (Dondra Head, the Singapore
 * Strait, Ras al Hadd, Cape Finisterre, Ushant, the Dover Strait) only keep the lines at sea.
 */
public final class SeaRoutes {

    public static final String RED_SEA_SUEZ = "RED_SEA_SUEZ";
    public static final String STRAIT_OF_HORMUZ = "STRAIT_OF_HORMUZ";
    public static final String PANAMA = "PANAMA";

    /** A named point a route passes. */
    public record Waypoint(String name, GeoPoint point) {
    }

    static final Waypoint ANTWERP = waypoint("Antwerp", 4.40, 51.23);
    static final Waypoint DOVER_STRAIT = waypoint("Dover Strait", 1.45, 51.00);
    static final Waypoint USHANT = waypoint("Ushant", -5.60, 48.60);
    static final Waypoint FINISTERRE = waypoint("Cape Finisterre", -9.80, 43.00);
    static final Waypoint GIBRALTAR = waypoint("Strait of Gibraltar", -5.60, 35.95);
    static final Waypoint PORT_SAID = waypoint("Suez Canal (Port Said)", 32.30, 31.25);
    static final Waypoint SUEZ = waypoint("Suez Canal (Suez)", 32.55, 29.95);
    static final Waypoint BAB_EL_MANDEB = waypoint("Bab-el-Mandeb", 43.40, 12.60);
    static final Waypoint RAS_AL_HADD = waypoint("Ras al Hadd", 59.80, 22.50);
    static final Waypoint HORMUZ = waypoint("Strait of Hormuz", 56.40, 26.55);
    static final Waypoint DONDRA_HEAD = waypoint("Dondra Head", 80.60, 5.80);
    static final Waypoint SINGAPORE_STRAIT = waypoint("Singapore Strait", 104.00, 1.20);
    static final Waypoint BALBOA = waypoint("Panama Canal (Balboa)", -79.57, 8.95);
    static final Waypoint COLON = waypoint("Panama Canal (Colón)", -79.90, 9.35);

    /** East of this longitude, freight to Suez rounds Sri Lanka (India's west-coast gateways lie west of it). */
    private static final double EAST_OF_SRI_LANKA = 80.5;
    /** East of this longitude, freight to Suez comes through the Singapore Strait (East and South-east Asia). */
    private static final double EAST_OF_MALACCA = 95.0;

    private SeaRoutes() {
    }

    /**
     * The route from {@code origin} through the chokepoints of {@code lanes} to Antwerp; empty when the lanes name
     * none we draw, or when the line would have to cross the 180° meridian (Pacific origins west of it bound for
     * Panama: an ECharts line cannot wrap round the map).
     */
    public static Optional<List<Waypoint>> toAntwerp(GeoPoint origin, Set<String> lanes) {
        List<Waypoint> route = new ArrayList<>();
        route.add(new Waypoint("", origin));
        if (lanes.contains(PANAMA)) {
            if (origin.lon() > 0) {
                return Optional.empty();
            }
            route.addAll(List.of(BALBOA, COLON));
        } else if (lanes.contains(RED_SEA_SUEZ)) {
            if (lanes.contains(STRAIT_OF_HORMUZ)) {
                route.addAll(List.of(HORMUZ, RAS_AL_HADD));
            } else if (origin.lon() > EAST_OF_MALACCA) {
                route.addAll(List.of(SINGAPORE_STRAIT, DONDRA_HEAD));
            } else if (origin.lon() > EAST_OF_SRI_LANKA) {
                route.add(DONDRA_HEAD);
            }
            route.addAll(List.of(BAB_EL_MANDEB, SUEZ, PORT_SAID, GIBRALTAR, FINISTERRE));
        } else {
            return Optional.empty();
        }
        route.addAll(List.of(USHANT, DOVER_STRAIT, ANTWERP));
        return Optional.of(List.copyOf(route));
    }

    private static Waypoint waypoint(String name, double lon, double lat) {
        return new Waypoint(name, new GeoPoint(lon, lat));
    }
}
