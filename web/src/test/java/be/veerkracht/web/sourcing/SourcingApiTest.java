package be.veerkracht.web.sourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.CountryMatrixLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.ingest.reference.TransportReferenceLoader;
import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.sourcing.country.CandidateCountry;
import be.veerkracht.sourcing.country.CountryMatrix;
import be.veerkracht.sourcing.country.Diversification;
import be.veerkracht.sourcing.country.DiversificationRule;
import be.veerkracht.sourcing.country.DiversifiedRanking;
import be.veerkracht.sourcing.landed.DutyRates;
import be.veerkracht.sourcing.landed.LandedCost;
import be.veerkracht.sourcing.landed.LandedCostCalculator;
import be.veerkracht.sourcing.landed.LandedCostSettings;
import be.veerkracht.sourcing.landed.Routes;
import be.veerkracht.sourcing.landed.UpstreamTransportEmissions;
import be.veerkracht.sourcing.mcda.Normalisation;
import be.veerkracht.sourcing.mcda.Ranking;
import be.veerkracht.sourcing.mcda.TopsisRanking;
import be.veerkracht.sourcing.mcda.WeightedSumRanking;
import be.veerkracht.sourcing.mcda.Weights;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sourcing API over the sample: {@code GET /api/v1/sourcing/countries}, {@code POST /api/v1/mcda},
 * {@code GET /api/v1/parts/{id}/landed-cost} and {@code GET /api/v1/emissions}. Expected numbers come from the core
 * called directly on the same inputs (wiring checks: the maths is tested in core) and, for the article's sample
 * with equal weights, from a numpy one-off on this machine (values in the test); bad parameters are 400 naming them.
 */
class SourcingApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String token;

    @BeforeAll
    static void token() {
        token = SAMPLE.server().tokens().create("sourcing-test", TestServer.ADMIN).text();
    }

    private static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> response = SAMPLE.server().get(path, "application/json");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        return MAPPER.readTree(response.body());
    }

    private static HttpResponse<String> post(String path, String body) {
        Browser client = SAMPLE.server().newBrowser();
        return client.send(client.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void the_article_sample_with_equal_weights_as_numpy_computes_it() throws Exception {
        JsonNode doc = json("/api/v1/sourcing/countries", 200);
        assertThat(doc.get("schema").asText()).isEqualTo("veerkracht/countries-rank/1");
        assertThat(doc.get("alternatives").toString()).isEqualTo("[\"VN\",\"PL\",\"TR\",\"MA\"]");
        // numpy one-off (python3 on this machine): X = [[30,25,2,7],[1,40,4,8],[5,35,3,6],[3,30,2,7]], cost, cost,
        // benefit, benefit; R = X / sqrt(sum X^2), V = R / 4, closeness D- / (D+ + D-)
        double[] topsis = {0.19045846, 0.81771587, 0.73603949, 0.70883282};
        for (int i = 0; i < topsis.length; i++) {
            assertThat(doc.get("scores").get(i).asDouble()).isCloseTo(topsis[i], within(1e-8));
        }
        assertThat(doc.get("ranking").toString()).isEqualTo("[\"PL\",\"TR\",\"MA\",\"VN\"]");
        // the data's source and date travel with it
        assertThat(doc.get("data_source").asText()).contains("2026-11-28");
        assertThat(doc.get("criteria").get(1).get("source").asText()).isNotBlank();
        // by hand, min-max weighted sum, equal weights: VN (0 + 1 + 0 + 0.5) / 4 = 0.375, PL (1 + 0 + 1 + 1) / 4
        JsonNode wsm = json("/api/v1/sourcing/countries?method=wsm", 200);
        assertThat(wsm.get("scores").get(0).asDouble()).isCloseTo(0.375, within(1e-12));
        assertThat(wsm.get("scores").get(1).asDouble()).isCloseTo(0.75, within(1e-12));
        JsonNode sensitivity = doc.get("sensitivity");
        assertThat(sensitivity.get("weight_intervals")).hasSize(4);
        assertThat(sensitivity.get("monte_carlo").get("draws").asInt()).isEqualTo(CountryRanking.DRAWS);
        double sum = 0;
        for (JsonNode p : sensitivity.get("monte_carlo").get("first_place_probability")) {
            sum += p.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void weights_and_incumbent_give_what_the_core_gives_on_the_same_inputs() throws Exception {
        CountryMatrix sample = CountryMatrixLoader.sample();
        Weights weights = Weights.of(1, 3, 1, 1);
        Ranking expected = new WeightedSumRanking(Normalisation.MIN_MAX).rank(sample.matrix(), weights);
        JsonNode doc = json("/api/v1/sourcing/countries?method=wsm&weights=1,3,1,1", 200);
        for (int i = 0; i < 4; i++) {
            assertThat(doc.get("scores").get(i).asDouble()).isEqualTo(expected.scores().get(i));
        }
        assertThat(doc.get("ranking").toString()).isEqualTo(MAPPER.writeValueAsString(expected.namesBestFirst()));

        ReferenceGeography geography = ReferenceGeographyLoader.shipped();
        DiversifiedRanking diversified = new Diversification(geography, new TopsisRanking(Normalisation.VECTOR),
                DiversificationRule.PENALISE).rank(sample, Weights.equal(4), new CountryCode("CN"));
        JsonNode given = json("/api/v1/sourcing/countries?incumbent=cn&rule=penalise", 200);
        assertThat(given.get("incumbent").get("country").asText()).isEqualTo("CN");
        assertThat(given.get("incumbent").get("rule").asText()).isEqualTo("penalise");
        List<CandidateCountry> candidates = diversified.candidates();
        assertThat(given.get("candidates")).hasSize(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            JsonNode row = given.get("candidates").get(i);
            assertThat(row.get("country").asText()).isEqualTo(candidates.get(i).country());
            assertThat(row.get("zone").asText()).isEqualTo(candidates.get(i).zone());
            assertThat(row.get("place").asInt()).isEqualTo(candidates.get(i).place());
        }
    }

    @Test
    void bad_parameters_are_400_naming_the_parameter() throws Exception {
        String[][] cases = {
            {"method=electre", "method"}, {"weights=1,x,1,1", "weights"}, {"weights=1,1", "weights"},
            {"weights=0,0,0,0", "weights"}, {"weights=-1,1,1,1", "weights"}, {"incumbent=XX", "incumbent"},
            {"rule=maybe", "rule"}, {"countries=VN", "countries"}, {"countries=VN,QQ", "countries"}};
        for (String[] c : cases) {
            JsonNode error = json("/api/v1/sourcing/countries?" + c[0], 400);
            assertThat(error.get("error").asText()).as(c[0]).isEqualTo("bad parameter: " + c[1]);
        }
    }

    @Test
    void a_posted_matrix_is_ranked_as_the_core_ranks_it() throws Exception {
        String body = """
                {"alternatives": ["A", "B", "C"],
                 "criteria": [{"name": "price", "type": "cost", "unit": "EUR"}, {"name": "quality", "type": "benefit"}],
                 "values": [[10, 7], [12, 9], [8, 5]], "weights": [2, 1], "method": "topsis"}
                """;
        HttpResponse<String> response = post("/api/v1/mcda", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode doc = MAPPER.readTree(response.body());
        assertThat(doc.get("schema").asText()).isEqualTo("veerkracht/mcda/1");
        Ranking expected = new TopsisRanking(Normalisation.VECTOR).rank(
                be.veerkracht.sourcing.mcda.DecisionMatrix.of(List.of("A", "B", "C"), List.of(
                        new be.veerkracht.sourcing.mcda.Criterion("price",
                                be.veerkracht.sourcing.mcda.CriterionType.COST, "EUR", ""),
                        new be.veerkracht.sourcing.mcda.Criterion("quality",
                                be.veerkracht.sourcing.mcda.CriterionType.BENEFIT, "", "")),
                        new double[][] {{10, 7}, {12, 9}, {8, 5}}), Weights.of(2, 1));
        for (int i = 0; i < 3; i++) {
            assertThat(doc.get("scores").get(i).asDouble()).isEqualTo(expected.scores().get(i));
        }
        assertThat(doc.get("weights").get(0).asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(doc.get("criteria").get(0).get("unit").asText()).isEqualTo("EUR");

        assertThat(error(post("/api/v1/mcda", "{not json"))).isEqualTo("body: not JSON");
        assertThat(error(post("/api/v1/mcda", body.replace("\"topsis\"", "\"magic\"")))).endsWith("method");
        assertThat(error(post("/api/v1/mcda", body.replace("[2, 1]", "[2]")))).endsWith("weights");
        assertThat(error(post("/api/v1/mcda", body.replace("[8, 5]", "[8]")))).endsWith("values");
        assertThat(error(post("/api/v1/mcda", body.replace("\"cost\"", "\"cheap\"")))).endsWith("criteria");
    }

    private static String error(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return MAPPER.readTree(response.body()).get("error").asText();
    }

    @Test
    void a_parts_landed_cost_and_the_emissions_are_the_cores_on_the_newest_snapshot() throws Exception {
        Portfolio sample = TestServer.samplePortfolio();
        Part part = sample.parts().stream().filter(p -> sample.linksOf(p.id()).size() >= 2).findFirst()
                .orElseThrow();
        List<LandedCost> expected = new LandedCostCalculator(ReferenceGeographyLoader.shipped(),
                TransportReferenceLoader.shipped(), DutyRates.none(), LandedCostSettings.defaults())
                .options(sample, part.id());
        JsonNode doc = json("/api/v1/parts/" + part.id().value() + "/landed-cost", 200);
        assertThat(doc.get("schema").asText()).isEqualTo("veerkracht/landed-cost/1");
        assertThat(doc.get("part_id").asText()).isEqualTo(part.id().value());
        assertThat(doc.get("options")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode option = doc.get("options").get(i);
            assertThat(option.get("lines")).hasSize(expected.get(i).lines().size());
            for (int k = 0; k < expected.get(i).lines().size(); k++) {
                JsonNode line = option.get("lines").get(k);
                var core = expected.get(i).lines().get(k);
                assertThat(line.get("item").asText()).isEqualTo(core.item().code());
                if (core.known()) {
                    assertThat(line.get("eur_per_unit").decimalValue()).isEqualByComparingTo(core.eurPerUnit());
                } else {
                    assertThat(line.get("eur_per_unit").isNull()).as("unknown is null, not 0").isTrue();
                }
            }
        }
        json("/api/v1/parts/NO-SUCH-PART/landed-cost", 404);

        UpstreamTransportEmissions estimate = UpstreamTransportEmissions.estimate(sample,
                new Routes(TransportReferenceLoader.shipped()));
        JsonNode emissions = json("/api/v1/emissions", 200);
        assertThat(emissions.get("schema").asText()).isEqualTo("veerkracht/emissions/1");
        assertThat(emissions.get("total_kg_co2e_per_year").asDouble())
                .isCloseTo(estimate.totalKgCo2ePerYear(), within(1e-5));
        assertThat(emissions.get("coverage").get("counted").asInt()).isEqualTo(estimate.coverage().counted());
        assertThat(emissions.get("factors").get(0).get("source").asText()).isNotBlank();
    }
}
