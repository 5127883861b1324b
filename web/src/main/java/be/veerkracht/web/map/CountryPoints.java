package be.veerkracht.web.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where on the map a country's supplier marker and sea lane start: one point per country code, made by
 * {@code web/src/map-tools} from the shipped boundaries (the middle of the country's largest polygon) plus capitals
 * of the small countries the 1:110m map has no polygon for. See {@value #RESOURCE} and docs/map.md.
 */
public final class CountryPoints {

    /** Classpath resource, also served to browsers under {@code /static/geo/}. */
    public static final String RESOURCE = "/static/geo/country-points.csv";

    private static final CountryPoints SHIPPED = load();

    private final Map<String, GeoPoint> byCode;

    CountryPoints(Map<String, GeoPoint> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The points shipped with the application, read once. */
    public static CountryPoints shipped() {
        return SHIPPED;
    }

    /** Empty for a country that has neither a polygon on the map nor a point of its own. */
    public Optional<GeoPoint> of(String alpha2) {
        return Optional.ofNullable(byCode.get(alpha2));
    }

    /** The codes that have a point. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    public int size() {
        return byCode.size();
    }

    private static CountryPoints load() {
        try (InputStream in = CountryPoints.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, GeoPoint> points = new HashMap<>();
            // code,lon,lat,basis; the basis is free text for the reader and never contains a comma
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.split(",", 4);
                points.put(cells[0], new GeoPoint(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
            });
            return new CountryPoints(points);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
