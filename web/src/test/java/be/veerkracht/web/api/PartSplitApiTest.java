package be.veerkracht.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.allocation.FrontierPoint;
import be.veerkracht.allocation.PartAllocation;
import be.veerkracht.allocation.SplitOutcome;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.app.PartSplits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/parts/{id}/split} over the sample portfolio. The expected figures come straight from the core
 * ({@link CoreSplit}: the part's problem analysed by {@code SplitAnalysis}): a check of the wiring, not of the
 * maths (core's allocation tests check that).
 */
class PartSplitApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> response = SAMPLE.server().get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return MAPPER.readTree(response.body());
    }

    /** A part of the sample with two or more sources producing in different countries. */
    static String partWithChoice() {
        Portfolio sample = TestServer.samplePortfolio();
        for (Part part : sample.parts()) {
            if (sample.linksOf(part.id()).stream().map(SourcingLink::originCountry).distinct().count() >= 2
                    && CoreSplit.analyse(sample, ReferenceGeographyLoader.shipped(), EventCatalogueLoader.shipped(),
                    part.id().value(), PartSplits.Settings.PAGE) != null) {
                return part.id().value();
            }
        }
        throw new AssertionError("the sample has no part with a choice of source in two countries");
    }

    private static final String PART = partWithChoice();

    @Test
    void answers_what_split_analysis_gives_for_the_same_problem() throws Exception {
        PartSplits.Settings settings = new PartSplits.Settings(0.3, 0.9, 200, 7);
        PartAllocation expected = CoreSplit.analyse(TestServer.samplePortfolio(), ReferenceGeographyLoader.shipped(),
                EventCatalogueLoader.shipped(), PART, settings);
        JsonNode body = json("/api/v1/parts/" + PART + "/split?cvar_weight=0.3&cvar_alpha=0.9&scenarios=200&seed=7",
                200);
        assertThat(body.get("part").asText()).isEqualTo(PART);
        assertThat(body.get("reason").isNull()).isTrue();
        assertThat(body.get("settings").get("seed").asLong()).isEqualTo(7);
        assertThat(body.get("sample_size").asInt()).isEqualTo(200);
        assertOutcome(body.get("optimum"), expected.optimum());
        assertOutcome(body.get("current"), expected.current());
        assertOutcome(body.get("eighty_twenty"), expected.eightyTwenty());
        assertOutcome(body.get("fifty_fifty"), expected.fiftyFifty());
        assertThat(body.get("frontier")).hasSize(expected.frontier().size());
        for (int i = 0; i < expected.frontier().size(); i++) {
            FrontierPoint point = expected.frontier().get(i);
            JsonNode f = body.get("frontier").get(i);
            assertThat(f.get("cvar_weight").asDouble()).isEqualTo(point.cvarWeight());
            assertThat(f.get("expected_cost").decimalValue()).isEqualByComparingTo(eur(point.expectedCostEur()));
            assertThat(f.get("cvar").decimalValue()).isEqualByComparingTo(eur(point.cvarEur()));
        }
        assertThat(body.get("explanation")).hasSize(expected.explanation().size());
        assertThat(body.get("explanation").get(0).asText())
                .isEqualTo(expected.explanation().get(0).in(java.util.Locale.ENGLISH));
    }

    @Test
    void the_same_seed_gives_the_same_answer_and_the_defaults_are_the_page_settings() throws Exception {
        JsonNode plain = json("/api/v1/parts/" + PART + "/split", 200);
        JsonNode explicit = json("/api/v1/parts/" + PART
                + "/split?cvar_weight=0.5&cvar_alpha=0.95&scenarios=300&seed=20261128", 200);
        assertThat(explicit).isEqualTo(plain);
        assertThat(plain.get("settings").get("scenarios").asInt()).isEqualTo(300);
        assertThat(plain.get("optimum").get("allocation").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_part_with_one_admissible_source_answers_with_a_reason() throws Exception {
        Portfolio sample = TestServer.samplePortfolio();
        String single = sample.parts().stream().map(p -> p.id().value())
                .filter(id -> CoreSplit.analyse(sample, ReferenceGeographyLoader.shipped(),
                        EventCatalogueLoader.shipped(), id, PartSplits.Settings.PAGE) == null)
                .findFirst().orElseThrow();
        JsonNode body = json("/api/v1/parts/" + single + "/split", 200);
        assertThat(body.get("optimum").isNull()).isTrue();
        assertThat(body.get("reason").asText()).contains("fewer than two sources");
    }

    @Test
    void an_unknown_part_is_404_and_a_bad_parameter_400_naming_it() throws Exception {
        assertThat(json("/api/v1/parts/NO-SUCH-PART/split", 404).get("error").asText()).isEqualTo("no such part");
        for (Map.Entry<String, String> bad : Map.of("cvar_weight", "1.5", "cvar_alpha", "1", "scenarios", "0",
                "seed", "x").entrySet()) {
            JsonNode body = json("/api/v1/parts/" + PART + "/split?" + bad.getKey() + "=" + bad.getValue(), 400);
            assertThat(body.get("details").get(0).asText()).startsWith(bad.getKey() + " must be");
        }
    }

    private static void assertOutcome(JsonNode json, SplitOutcome expected) {
        if (expected == null) {
            assertThat(json.isNull()).isTrue();
            return;
        }
        assertThat(json.get("expected_cost").decimalValue()).isEqualByComparingTo(eur(expected.expectedCostEur()));
        assertThat(json.get("cvar").decimalValue()).isEqualByComparingTo(eur(expected.cvarEur()));
        assertThat(json.get("expected_shortage").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(expected.expectedShortageUnits()).setScale(4, RoundingMode.HALF_EVEN));
        expected.unitsBySource().forEach((source, units) -> assertThat(json.get("allocation").get(source)
                .decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(units).setScale(4, RoundingMode.HALF_EVEN)));
    }

    private static BigDecimal eur(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN);
    }
}
