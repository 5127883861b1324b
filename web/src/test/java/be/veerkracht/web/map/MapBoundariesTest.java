package be.veerkracht.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.IsoCountries;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries and country points shipped under static/geo (made by web/src/map-tools from Natural Earth 1:110m):
 * they parse, cover the world, and every country code in them is one Veerkracht knows.
 */
class MapBoundariesTest {

    private static JsonNode geojson;
    private static final ReferenceGeography GEOGRAPHY = ReferenceGeographyLoader.shipped();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = MapBoundariesTest.class.getResourceAsStream(MapDocument.BOUNDARIES)) {
            assertThat(in).as(MapDocument.BOUNDARIES).isNotNull();
            geojson = new ObjectMapper().readTree(in);
        }
    }

    private static List<String> codes() {
        List<String> codes = new ArrayList<>();
        geojson.get("features").forEach(f -> codes.add(f.get("properties").get(MapDocument.NAME_PROPERTY).asText()));
        return codes;
    }

    @Test
    void is_a_feature_collection_of_the_world() {
        assertThat(geojson.get("type").asText()).isEqualTo("FeatureCollection");
        // Natural Earth 1:110m has 177 admin-0 countries; N. Cyprus and Somaliland are merged into CY and SO
        assertThat(geojson.get("features")).hasSizeGreaterThan(170);
        assertThat(codes()).contains("BE", "CN", "TW", "US", "BR", "ZA", "AU", "RU", "XK");
    }

    @Test
    void every_code_is_a_known_alpha_2_with_reference_data_and_appears_once() {
        List<String> codes = codes();
        assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
        for (String code : codes) {
            assertThat(IsoCountries.isKnown(code)).as(code).isTrue();
            assertThat(GEOGRAPHY.country(new CountryCode(code))).as(code).isPresent();
        }
    }

    @Test
    void every_feature_is_polygons_with_a_label_point_inside_the_map() {
        for (JsonNode feature : geojson.get("features")) {
            String code = feature.get("properties").get("code").asText();
            assertThat(feature.get("geometry").get("type").asText()).as(code).isEqualTo("MultiPolygon");
            JsonNode cp = feature.get("properties").get("cp");
            // GeoPoint refuses a point off the map
            assertThat(new GeoPoint(cp.get(0).asDouble(), cp.get(1).asDouble())).as(code).isNotNull();
            // no ring spans more than half the world: rings crossing 180° were cut (a band across the map otherwise)
            for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
                for (JsonNode ring : polygon) {
                    double min = 180;
                    double max = -180;
                    for (JsonNode point : ring) {
                        min = Math.min(min, point.get(0).asDouble());
                        max = Math.max(max, point.get(0).asDouble());
                    }
                    assertThat(max - min).as(code).isLessThanOrEqualTo(180);
                }
            }
        }
    }

    @Test
    void every_mapped_country_has_a_point_and_every_point_a_known_code() {
        CountryPoints points = CountryPoints.shipped();
        codes().forEach(code -> assertThat(points.of(code)).as(code).isPresent());
        // 175 features plus the 26 small countries of web/src/map-tools/small-country-points.mjs
        assertThat(points.size()).isEqualTo(201);
        assertThat(points.codes()).allSatisfy(code -> assertThat(IsoCountries.isKnown(code)).as(code).isTrue())
                .contains("SG", "HK", "MT", "BH");
    }

    @Test
    void the_boundaries_are_small_enough_to_load_with_the_page() throws IOException {
        try (InputStream in = MapBoundariesTest.class.getResourceAsStream(MapDocument.BOUNDARIES)) {
            assertThat(in.readAllBytes().length).isLessThan(400_000);
        }
    }
}
