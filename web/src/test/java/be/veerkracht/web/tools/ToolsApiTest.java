package be.veerkracht.web.tools;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.tooling.PortfolioToolingRoi;
import be.veerkracht.tooling.ToolRoi;
import be.veerkracht.web.ApiCalls;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /api/v1/tools} against a real server over the sample portfolio, called as a script does (a personal
 * token), and checked against {@link PortfolioToolingRoi} wired here on its own: the sample read straight from its
 * files, the shipped geography and catalogue, 2000 simulated years, seed 20261128 (as {@code veerkracht tools}).
 */
class ToolsApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static String token;
    private static Portfolio portfolio;
    private static List<ToolRoi> direct;

    @BeforeAll
    static void prepare() {
        token = SAMPLE.server().tokens().create("test", TestServer.ADMIN).text();
        portfolio = TestServer.samplePortfolio();
        StressTestModel model = StressTestModel.compile(portfolio, ReferenceGeographyLoader.shipped(),
                EventCatalogueLoader.shipped());
        direct = new PortfolioToolingRoi(model).evaluate(portfolio, 2000, 20261128L);
    }

    static HttpResponse<String> get(String path) {
        Browser client = SAMPLE.server().newBrowser();
        return client.send(client.request(path).header("Authorization", "Bearer " + token).GET());
    }

    static JsonNode json(HttpResponse<String> response) {
        return ApiCalls.json(response);
    }

    @Test
    void every_tool_of_the_sample_as_portfolio_tooling_roi_gives_it() {
        HttpResponse<String> answer = get("/api/v1/tools");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(answer);
        assertThat(body.get("schema").asText()).isEqualTo("veerkracht/tools/1");
        assertThat(body.at("/settings/scenarios").asInt()).isEqualTo(2000);
        assertThat(body.at("/settings/seed").asLong()).isEqualTo(20261128L);
        JsonNode tools = body.get("tools");
        assertThat(portfolio.tools()).isNotEmpty();
        assertThat(tools).hasSize(portfolio.tools().size()).hasSize(direct.size());

        JsonNode first = tools.get(0);
        ToolRoi expected = direct.get(0);
        assertThat(first.get("tool_id").asText()).isEqualTo(expected.toolId());
        assertThat(first.get("supplier_id").asText()).isEqualTo(expected.supplierId());
        assertThat(first.get("part_ids")).hasSize(expected.partIds().size());
        assertThat(first.get("cost_per_day_eur").decimalValue()).isEqualByComparingTo(expected.costPerDayEur());
        assertThat(first.get("stop_probability").decimalValue()).isEqualByComparingTo(
                BigDecimal.valueOf(expected.stopShareWithout()).setScale(6, RoundingMode.HALF_EVEN));
        assertThat(expected.roi()).as("the sample's first tool has a replacement cost").isNotNull();
        assertThat(first.at("/roi/npv_eur").decimalValue()).isEqualByComparingTo(expected.roi().npvEur());
        assertThat(first.at("/roi/schema").asText()).isEqualTo("veerkracht/tooling-roi/1");
        assertThat(first.at("/annual_loss_without_eur/p95").isNumber()).isTrue();
        for (int i = 0; i < tools.size(); i++) {
            JsonNode tool = tools.get(i);
            assertThat(tool.get("tool_id").asText()).isEqualTo(direct.get(i).toolId());
            assertThat(tool.get("roi").isNull()).isEqualTo(direct.get(i).roi() == null);
            if (tool.get("roi").isNull()) {
                assertThat(tool.get("missing").asText()).isEqualTo(direct.get(i).missing());
            }
        }
    }

    @Test
    void the_same_answer_twice_from_the_register_kept_with_the_snapshot() {
        assertThat(get("/api/v1/tools").body()).isEqualTo(get("/api/v1/tools").body());
    }

    @Test
    void refuses_a_caller_without_login() {
        Browser stranger = SAMPLE.server().newBrowser();
        assertThat(stranger.send(stranger.request("/api/v1/tools").GET()).statusCode()).isEqualTo(401);
        assertThat(stranger.send(stranger.request("/api/v1/tools")
                .header("Authorization", "Bearer vk_not-a-token").GET()).statusCode()).isEqualTo(401);
        HttpResponse<String> page = stranger.send(stranger.request("/tools").GET());
        assertThat(page.statusCode()).isEqualTo(302);
    }
}
