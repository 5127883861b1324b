package be.veerkracht.web.map;

/**
 * A place on the map, in degrees (WGS 84, as Natural Earth and ECharts' geo coordinate system use).
 *
 * @param lon longitude, -180..180, east positive
 * @param lat latitude, -90..90, north positive
 */
public record GeoPoint(double lon, double lat) {

    public GeoPoint {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("not a point on the map: " + lon + ", " + lat);
        }
    }
}
