package be.veerkracht.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.exposure.SpendShare;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /map/data} against a real server over the sample portfolio and over an empty database. */
class MapDataTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode data(TestServer server, String language) throws IOException {
        HttpResponse<String> response = server.browser().send(server.browser().request("/map/data")
                .header("Accept", Json.CONTENT_TYPE).header("Accept-Language", language));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Json.CONTENT_TYPE));
        return MAPPER.readTree(response.body());
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    @Test
    void has_every_country_of_the_reference_geography_with_its_zone_and_overlay_values() throws IOException {
        JsonNode doc = data(SAMPLE.server(), "en");
        assertThat(doc.get("layout").asText()).isEqualTo(MapDocument.LAYOUT);
        assertThat(doc.get("boundaries").get("url").asText()).isEqualTo("/static/geo/world-110m.geojson");
        // countries.csv of the shipped reference data: 250 rows
        assertThat(doc.get("countries")).hasSize(250);
        // Producing countries of the sample (suppliers.csv), zones by the rules of docs/reference-data.md:
        // DE EU member (rule 2), CH EFTA (rule 3), TR candidate (rule 4), TW and JP (rule 6), CN (rule 7),
        // MA M49 Northern Africa (rule 10)
        String[][] expected = {{"DE", "EU_SINGLE_MARKET", "EU single market"}, {"CH", "EUROPE_PARTNER", "European partner"},
            {"TR", "EU_NEIGHBOURHOOD", "EU neighbourhood (candidates)"}, {"TW", "INDO_PACIFIC_PARTNER", "Indo-Pacific partner"},
            {"JP", "INDO_PACIFIC_PARTNER", "Indo-Pacific partner"}, {"CN", "CN_SPHERE", "China sphere"},
            {"MA", "MENA", "Middle East and North Africa"}};
        for (String[] row : expected) {
            JsonNode country = find(doc.get("countries"), "code", row[0]);
            assertThat(country.get("zone").asText()).as(row[0]).isEqualTo(row[1]);
            assertThat(country.get("zone_name").asText()).as(row[0]).isEqualTo(row[2]);
            assertThat(country.get("values").get("zone").asText()).as(row[0]).isEqualTo(row[1]);
        }
        JsonNode cn = find(doc.get("countries"), "code", "CN").get("values");
        // countries.csv row CN: trade_relation MFN, wgi_pv_percentile_2023 25.1, sea_lanes RED_SEA_SUEZ; footprints.csv:
        // TAIWAN_STRAIT = CN HK MO TW, BLACK_SEA = GE RU UA
        assertThat(cn.get("trade").asText()).isEqualTo("MFN");
        assertThat(cn.get("stability").asDouble()).isEqualTo(25.1);
        assertThat(cn.get("arms_embargo").asText()).isEqualTo("NO");
        assertThat(cn.get("footprint:TAIWAN_STRAIT").asText()).isEqualTo("STOPPED");
        assertThat(cn.get("footprint:BLACK_SEA").asText()).isEqualTo("OUTSIDE");
        assertThat(cn.get("footprint:RED_SEA_SUEZ").asText()).isEqualTo("PASSES");
        // RU is under an EU arms embargo (docs/reference-data.md, zone rule 1); AF has no WGI value (filled for 41 countries only)
        assertThat(find(doc.get("countries"), "code", "RU").get("values").get("arms_embargo").asText()).isEqualTo("YES");
        assertThat(find(doc.get("countries"), "code", "AF").get("values").get("stability").isNull()).isTrue();
        assertThat(texts(doc.get("overlays"), "code")).startsWith("zone", "stability", "trade", "arms_embargo")
                .contains("footprint:TAIWAN_STRAIT", "footprint:RED_SEA_SUEZ");
        JsonNode zoneLegend = find(doc.get("overlays"), "code", "zone");
        assertThat(zoneLegend.get("kind").asText()).isEqualTo("category");
        assertThat(zoneLegend.get("categories")).hasSize(15);
        assertThat(find(doc.get("overlays"), "code", "stability").get("range").get("max").asDouble()).isEqualTo(100);
    }

    @Test
    void places_one_marker_per_producing_country_sized_by_the_spend_produced_there() throws IOException {
        JsonNode doc = data(SAMPLE.server(), "en");
        // suppliers.csv: the sample's suppliers are in 21 countries; CZ, FI and HU are origin_country of sourcing
        // rows only (suppliers elsewhere producing there): 23 producing countries, all with a point
        assertThat(doc.get("markers")).hasSize(23);
        assertThat(doc.get("unplaced")).isEmpty();
        // CH: supplier L38010 (Präzisionssensorik Aarau AG, suppliers.csv) is the only source producing in CH,
        // sourcing.csv rows 123, 125, 127 with blank origin_country; demand from parts.csv:
        //   270080: 2.600 x 50% x 178,21 = 231,673.00
        //   270090: 2.600 x 70% x 161,91 = 294,676.20
        //   270100:   390 x 100% x 474,49 = 185,051.10
        //   sum                           = 711,400.30 EUR per year
        JsonNode ch = find(doc.get("markers"), "country", "CH");
        assertThat(ch.get("annual_spend_eur").decimalValue()).isEqualByComparingTo("711400.30");
        assertThat(ch.get("annual_spend").asText()).isEqualTo("EUR 711,400");
        assertThat(ch.get("suppliers")).hasSize(1);
        assertThat(ch.get("suppliers").get(0).get("name").asText()).isEqualTo("Präzisionssensorik Aarau AG");
        assertThat(ch.get("point")).hasSize(2);
        // every marker agrees with the assessment's spend by producing country
        for (SpendShare country : TestServer.sampleAssessment().countries()) {
            assertThat(find(doc.get("markers"), "country", country.key()).get("annual_spend_eur").decimalValue())
                    .as(country.key())
                    .isEqualByComparingTo(country.annualSpendEur().setScale(2, RoundingMode.HALF_EVEN));
        }
    }

    @Test
    void draws_sea_lanes_for_countries_shipping_by_sea_through_a_chokepoint() throws IOException {
        JsonNode doc = data(SAMPLE.server(), "en");
        // countries.csv sea_lanes: RED_SEA_SUEZ for CN TW JP KR VN IN, all shipping by sea in sourcing.csv; European
        // suppliers deliver by road and have no lane
        assertThat(texts(doc.get("sea_lanes"), "country")).containsExactlyInAnyOrder("CN", "TW", "JP", "KR", "VN", "IN");
        JsonNode cn = find(doc.get("sea_lanes"), "country", "CN");
        assertThat(cn.get("lanes").toString()).isEqualTo("[\"RED_SEA_SUEZ\"]");
        assertThat(texts(cn.get("waypoints"), "name")).contains("Bab-el-Mandeb", "Suez Canal (Suez)")
                .endsWith("Antwerp");
        assertThat(cn.get("label").asText()).contains("schematic");
        JsonNode last = cn.get("coords").get(cn.get("coords").size() - 1);
        assertThat(last.get(0).asDouble()).isEqualTo(4.40);
        assertThat(last.get(1).asDouble()).isEqualTo(51.23);
    }

    @Test
    void flags_second_sources_in_the_same_zone_or_footprint() throws IOException {
        JsonNode doc = data(SAMPLE.server(), "en");
        // Part 310020: TW 70% + JP 30%, both INDO_PACIFIC_PARTNER (sourcing.csv rows 163-164); 5.200 x (0.7 x 49.09
        // + 0.3 x 56.79) = EUR 267,280.00
        JsonNode part = find(doc.get("flagged"), "part", "310020");
        assertThat(part.get("href").asText()).isEqualTo("/parts/310020");
        assertThat(part.get("sourcing_class").asText()).isEqualTo("SAME_ZONE");
        assertThat(part.get("countries").toString()).isEqualTo("[\"JP\",\"TW\"]");
        assertThat(part.get("shared").get("kind").asText()).isEqualTo("zone");
        assertThat(part.get("shared").get("code").asText()).isEqualTo("INDO_PACIFIC_PARTNER");
        assertThat(part.get("annual_spend_eur").decimalValue()).isEqualByComparingTo(new BigDecimal("267280.00"));
        // Part 210050: TW + CN, 50% each: one TAIWAN_STRAIT outage stops both
        JsonNode strait = find(doc.get("flagged"), "part", "210050");
        assertThat(strait.get("sourcing_class").asText()).isEqualTo("SAME_FOOTPRINT");
        assertThat(strait.get("shared").get("code").asText()).isEqualTo("TAIWAN_STRAIT");
        // the map joins JP and TW with a flag line naming the part; parts with every source in one country get a
        // triangle instead (110060: L20120 and L20110, both CN)
        JsonNode line = find(doc.get("flag_lines"), "label", "Japan \u2013 Taiwan");
        assertThat(line.get("parts").toString()).isEqualTo("[\"310020\"]");
        JsonNode china = find(doc.get("flag_countries"), "country", "CN");
        assertThat(china.get("parts").toString()).contains("\"110060\"");
        // the flag list is exactly the assessment's parts in one zone, or in one named footprint
        long expected = TestServer.sampleAssessment().parts().stream()
                .filter(p -> p.sameZoneDualSource() || p.sourcingClass().name().equals("SAME_FOOTPRINT")).count();
        assertThat(doc.get("flagged")).hasSize((int) expected);
    }

    @Test
    void speaks_the_visitors_language() throws IOException {
        JsonNode nl = data(SAMPLE.server(), "nl");
        assertThat(nl.get("language").asText()).isEqualTo("nl");
        JsonNode cn = find(nl.get("countries"), "code", "CN");
        // zones.csv name_nl; CLDR Dutch name
        assertThat(cn.get("zone_name").asText()).isEqualTo("Chinese invloedssfeer");
        assertThat(find(nl.get("overlays"), "code", "zone").get("label").asText()).isEqualTo("Geopolitieke zone");
        // amounts for people in Dutch, for machines unchanged
        JsonNode ch = find(nl.get("markers"), "country", "CH");
        assertThat(ch.get("annual_spend").asText()).isEqualTo("EUR 711.400");
        assertThat(ch.get("annual_spend_eur").decimalValue()).isEqualByComparingTo("711400.30");
        JsonNode fr = data(SAMPLE.server(), "fr");
        assertThat(find(fr.get("countries"), "code", "DE").get("name").asText()).isEqualTo("Allemagne");
        assertThat(find(fr.get("countries"), "code", "DE").get("zone_name").asText())
                .isEqualTo("Marché unique de l'UE");
    }

    @Test
    void answers_the_countries_without_markers_before_the_first_import() throws IOException {
        JsonNode doc = data(EMPTY.server(), "en");
        assertThat(doc.get("snapshot").isNull()).isTrue();
        assertThat(doc.get("countries")).hasSize(250);
        assertThat(doc.get("markers")).isEmpty();
        assertThat(doc.get("sea_lanes")).isEmpty();
        assertThat(doc.get("flagged")).isEmpty();
    }
}
