package be.veerkracht.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/parts}, {@code /parts/{id}} and {@code /suppliers} over the sample portfolio. Expected figures
 * come from web/src/test/fixture-tools/sample_figures.py, which reads the sample's CSV files on its own.
 */
class PortfolioApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> response = SAMPLE.server().get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return MAPPER.readTree(response.body());
    }

    @Test
    void lists_parts_paged_with_the_total_of_every_match() throws Exception {
        JsonNode first = json("/api/v1/parts?limit=50", 200);
        assertThat(first.get("total").asInt()).isEqualTo(180);
        assertThat(first.get("parts")).hasSize(50);
        JsonNode last = json("/api/v1/parts?limit=50&offset=150", 200);
        assertThat(last.get("parts")).hasSize(30);
        assertThat(last.get("offset").asInt()).isEqualTo(150);
    }

    @Test
    void filters_and_sorts_like_the_parts_page() throws Exception {
        // 111 SINGLE parts (the dashboard test), 45 of them criticality A (sample_figures.py)
        assertThat(json("/api/v1/parts?class=single", 200).get("total").asInt()).isEqualTo(111);
        assertThat(json("/api/v1/parts?class=SINGLE&criticality=A", 200).get("total").asInt()).isEqualTo(45);
        // the largest part by spend: 130010 at EUR 940,955.40 a year (sample_figures.py)
        JsonNode top = json("/api/v1/parts?sort=spend&limit=1", 200).get("parts").get(0);
        assertThat(top.get("part_id").asText()).isEqualTo("130010");
        assertThat(top.get("annual_spend_eur").decimalValue()).isEqualByComparingTo("940955.40");
        // risk order: the part of the first ranked finding comes first
        String firstFinding = TestServer.sampleAssessment().findings().get(0).part().value();
        assertThat(json("/api/v1/parts?limit=1", 200).get("parts").get(0).get("part_id").asText())
                .isEqualTo(firstFinding);
    }

    @Test
    void refuses_unknown_filter_values_and_bad_paging_with_400() throws Exception {
        JsonNode bad = json("/api/v1/parts?sort=cheapest", 400);
        assertThat(bad.get("details").get(0).asText()).isEqualTo("sort: unknown value 'cheapest'");
        assertThat(json("/api/v1/parts?limit=0", 400).get("details").get(0).asText())
                .isEqualTo("limit must be a whole number from 1 to 1000, got '0'");
        assertThat(json("/api/v1/parts?offset=-1", 400).get("error").asText()).isEqualTo("bad parameter");
        assertThat(json("/api/v1/parts?hhi=extreme", 400).get("details").get(0).asText())
                .isEqualTo("hhi: unknown value 'extreme'");
    }

    @Test
    void shows_one_part_with_its_sources_and_findings() throws Exception {
        JsonNode part = json("/api/v1/parts/110010", 200);
        assertThat(part.get("part").get("description").asText())
                .isEqualTo("Behuizing hoofdaandrijving GJL-250 (gietstuk, voorbewerkt)");
        // sourcing.csv: four links; L20110 (CN) 100% at 208,21 EUR, lead time 74 days, qualified (WAAR)
        assertThat(part.get("sources")).hasSize(4);
        JsonNode active = part.get("sources").get(0);
        assertThat(active.get("supplier_id").asText()).isEqualTo("L20110");
        assertThat(active.get("country").asText()).isEqualTo("CN");
        assertThat(active.get("share").asDouble()).isEqualTo(1.0);
        assertThat(active.get("unit_price_eur").decimalValue()).isEqualByComparingTo("208.21");
        assertThat(active.get("lead_time_days").asInt()).isEqualTo(74);
        assertThat(active.get("qualified").asBoolean()).isTrue();
        // a single source of a critical part is a finding, with its action
        assertThat(part.get("findings").findValuesAsText("kind")).contains("SINGLE_SOURCE");
        assertThat(part.get("actions").size()).isEqualTo(part.get("findings").size());
    }

    @Test
    void an_unknown_part_is_404_json() throws Exception {
        JsonNode missing = json("/api/v1/parts/NO-SUCH", 404);
        assertThat(missing.get("error").asText()).isEqualTo("no such part");
    }

    @Test
    void lists_suppliers_by_spend_and_their_spend_adds_up_to_the_portfolio() throws Exception {
        JsonNode suppliers = json("/api/v1/suppliers", 200).get("suppliers");
        assertThat(suppliers).hasSize(86);
        // sample_figures.py: Inox Vandenbussche BV (BE) has the largest spend, EUR 3,104,099.44, on 8 parts, 6 of
        // them as the only source, 5 of those of criticality A
        JsonNode top = suppliers.get(0);
        assertThat(top.get("supplier_id").asText()).isEqualTo("L28020");
        assertThat(top.get("annual_spend_eur").decimalValue()).isEqualByComparingTo("3104099.44");
        assertThat(top.get("parts").asInt()).isEqualTo(8);
        assertThat(top.get("single_sourced_parts").asInt()).isEqualTo(6);
        assertThat(top.get("critical_single_sourced_parts").asInt()).isEqualTo(5);
        assertThat(top.get("zone").asText()).isEqualTo("EU_SINGLE_MARKET");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode s : suppliers) {
            sum = sum.add(s.get("annual_spend_eur").decimalValue());
        }
        // the portfolio's spend, EUR 40,078,127.78 (sample README; sample_figures.py). Demand × share is a double
        // (AnnualSpend), so the exact sum carries its binary expansion below the cent: compare in cents.
        assertThat(sum.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("40078127.78");
    }
}
