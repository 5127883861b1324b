package be.veerkracht.web.stress;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.simulation.NamedScenario;
import be.veerkracht.simulation.ScenarioEvent;
import be.veerkracht.simulation.ScenarioResult;
import be.veerkracht.simulation.montecarlo.MonteCarloStressTest;
import be.veerkracht.simulation.montecarlo.StressTestModel;
import be.veerkracht.simulation.montecarlo.StressTestResult;
import be.veerkracht.simulation.montecarlo.StressTestSettings;
import be.veerkracht.web.ApiCalls;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stress test and named-scenario API against a real server over the sample portfolio, called as a script
 * does (a personal token), and checked against the core computed directly.
 */
class StressTestApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    /** Few scenarios: quick, and still many events over 180 parts. */
    private static final int SCENARIOS = 200;
    private static final long SEED = 42L;

    private static String token;

    @BeforeAll
    static void token() {
        token = SAMPLE.server().tokens().create("test", TestServer.ADMIN).text();
    }

    static HttpResponse<String> post(String path, String body) {
        Browser client = SAMPLE.server().newBrowser();
        return client.send(client.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<String> get(String path) {
        Browser client = SAMPLE.server().newBrowser();
        return client.send(client.request(path).header("Authorization", "Bearer " + token).GET());
    }

    static JsonNode json(HttpResponse<String> response) {
        return ApiCalls.json(response);
    }

    /** Starts a run and polls it until it is no longer running; answers the last status. */
    static JsonNode runToEnd(String body) throws InterruptedException {
        HttpResponse<String> started = post("/api/v1/stress-tests", body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode accepted = json(started);
        String href = accepted.get("href").asText();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> polled = get(href);
            assertThat(polled.statusCode()).isEqualTo(200);
            JsonNode status = json(polled);
            if (!status.get("status").asText().equals("running")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the stress test did not finish within 120 s");
    }

    @Test
    void starts_a_run_follows_it_and_finds_what_the_core_finds() throws InterruptedException {
        HttpResponse<String> started = post("/api/v1/stress-tests",
                "{\"scenarios\":" + SCENARIOS + ",\"horizon_days\":365,\"seed\":" + SEED + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode accepted = json(started);
        assertThat(accepted.get("status").asText()).isEqualTo("running");
        assertThat(accepted.get("total").asInt()).isEqualTo(SCENARIOS);
        assertThat(accepted.get("done").asInt()).isBetween(0, SCENARIOS);
        long id = accepted.get("id").asLong();
        assertThat(accepted.get("href").asText()).isEqualTo("/api/v1/stress-tests/" + id);

        JsonNode finished = runToEnd("{\"scenarios\":" + SCENARIOS + ",\"seed\":" + SEED + "}");
        assertThat(finished.get("status").asText()).isEqualTo("finished");
        assertThat(finished.get("done").asInt()).isEqualTo(SCENARIOS);
        JsonNode result = finished.get("result");
        assertThat(result.get("schema").asText()).isEqualTo("veerkracht/stress-test/1");
        for (String field : List.of("expected_annual_loss_eur", "expected_loss_standard_error_eur", "var95_eur",
                "cvar95_eur", "var99_eur", "cvar99_eur", "stockout_probability", "parts", "contributions",
                "actions", "loss_histogram", "assumptions", "event_catalogue", "reference_geography")) {
            assertThat(result.has(field)).as(field).isTrue();
        }
        assertThat(result.at("/settings/scenarios").asInt()).isEqualTo(SCENARIOS);
        assertThat(result.at("/settings/seed").asLong()).isEqualTo(SEED);
        assertThat(result.at("/loss_histogram/counts")).hasSize(30);
        int counted = 0;
        for (JsonNode count : result.at("/loss_histogram/counts")) {
            counted += count.asInt();
        }
        assertThat(counted).isEqualTo(SCENARIOS);
        assertThat(result.get("var99_eur").decimalValue()).isGreaterThanOrEqualTo(result.get("var95_eur")
                .decimalValue());
        assertThat(result.get("cvar95_eur").decimalValue()).isGreaterThanOrEqualTo(result.get("var95_eur")
                .decimalValue());

        // independent: the core over the sample read from its files, on one thread
        StressTestResult direct = new MonteCarloStressTest(StressTestModel.compile(TestServer.samplePortfolio(),
                ReferenceGeographyLoader.shipped(), EventCatalogueLoader.shipped()))
                .run(StressTestSettings.of(SCENARIOS, 365, SEED, 1));
        assertThat(result.get("expected_annual_loss_eur").decimalValue())
                .isEqualByComparingTo(cents(direct.expectedAnnualLossEur()));
        assertThat(result.get("var95_eur").decimalValue()).isEqualByComparingTo(cents(direct.var95Eur()));
        assertThat(direct.expectedAnnualLossEur()).as("the sample loses something").isPositive();
    }

    @Test
    void the_same_seed_gives_the_same_document() throws InterruptedException {
        String body = "{\"scenarios\":150,\"horizon_days\":180,\"seed\":7}";
        JsonNode first = runToEnd(body).get("result");
        JsonNode second = runToEnd(body).get("result");
        assertThat(first).isNotNull();
        assertThat(second).isEqualTo(first);
        assertThat(runToEnd("{\"scenarios\":150,\"horizon_days\":180,\"seed\":8}").get("result"))
                .isNotEqualTo(first);
    }

    @Test
    void defaults_apply_to_an_empty_body() {
        HttpResponse<String> started = post("/api/v1/stress-tests", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(json(started).get("total").asInt()).isEqualTo(StressTestSettings.DEFAULT_SCENARIOS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"scenarios\":0}|scenarios",
        "{\"scenarios\":20001}|scenarios",
        "{\"scenarios\":\"many\"}|scenarios",
        "{\"scenarios\":2.5}|scenarios",
        "{\"horizon_days\":0}|horizon_days",
        "{\"horizon_days\":1096}|horizon_days",
        "{\"seed\":\"x\"}|seed",
        "{\"seed\":true}|seed"})
    void refuses_bad_settings_naming_the_field(String body, String field) {
        HttpResponse<String> refused = post("/api/v1/stress-tests", body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = json(refused);
        assertThat(error.get("error").asText()).isEqualTo("bad parameter");
        assertThat(error.get("details").get(0).asText()).startsWith(field + " must be a whole number");
    }

    @Test
    void refuses_a_body_that_is_not_a_json_object() {
        assertThat(post("/api/v1/stress-tests", "{not json").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/stress-tests", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/scenarios", "\"zone\"").statusCode()).isEqualTo(400);
    }

    @Test
    void an_unknown_run_is_404() {
        HttpResponse<String> unknown = get("/api/v1/stress-tests/999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).isEqualTo("no such stress test");
        assertThat(get("/api/v1/stress-tests/abc").statusCode()).isEqualTo(404);
    }

    @Test
    void a_named_scenario_costs_what_the_core_says() {
        HttpResponse<String> answer = post("/api/v1/scenarios",
                "{\"events\":[\"zone:cn_sphere:90\"],\"horizon_days\":365}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode document = json(answer);
        assertThat(document.get("schema").asText()).isEqualTo("veerkracht/scenario/1");
        assertThat(document.at("/events/0/event").asText()).isEqualTo("zone:CN_SPHERE:90");

        ScenarioResult direct = new NamedScenario(ReferenceGeographyLoader.shipped()).run(
                TestServer.samplePortfolio(), List.of(new ScenarioEvent.ZoneOutage("CN_SPHERE", 90)), 365);
        assertThat(new BigDecimal(document.get("total_loss_eur").asText())).isEqualTo(direct.totalLossEur());
        assertThat(direct.totalLossEur()).isPositive();
        assertThat(document.get("parts")).hasSize(direct.parts().size());
    }

    @Test
    void the_default_horizon_is_a_year_and_lanes_are_accepted() {
        HttpResponse<String> answer = post("/api/v1/scenarios",
                "{\"events\":[\"footprint:TAIWAN_STRAIT:60\",\"lane:RED_SEA_SUEZ:120\"]}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).get("horizon_days").asInt()).isEqualTo(365);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zone:NOWHERE:90",
        "planet:MARS:3",
        "zone:CN_SPHERE",
        "supplier:NO_SUCH_SUPPLIER:30",
        "zone:CN_SPHERE:0"})
    void refuses_a_bad_event_naming_it(String event) {
        HttpResponse<String> refused = post("/api/v1/scenarios",
                "{\"events\":[\"zone:CN_SPHERE:30\",\"" + event + "\"]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode error = json(refused);
        assertThat(error.get("error").asText()).isEqualTo("bad event");
        assertThat(error.get("details").get(0).asText()).startsWith("events: " + event + ": ");
    }

    @Test
    void refuses_scenarios_without_events_or_with_a_bad_horizon() {
        assertThat(post("/api/v1/scenarios", "{}").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/scenarios", "{\"events\":[]}").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/scenarios", "{\"events\":[3]}").statusCode()).isEqualTo(400);
        HttpResponse<String> horizon = post("/api/v1/scenarios",
                "{\"events\":[\"zone:CN_SPHERE:30\"],\"horizon_days\":0}");
        assertThat(horizon.statusCode()).isEqualTo(400);
        assertThat(json(horizon).get("details").get(0).asText()).startsWith("horizon_days");
    }

    @Test
    void a_session_needs_its_csrf_token_and_nobody_gets_in_without_signing_in() {
        Browser session = SAMPLE.server().browser();
        HttpResponse<String> without = session.send(session.request("/api/v1/scenarios")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"events\":[\"zone:CN_SPHERE:30\"]}")));
        assertThat(without.statusCode()).isEqualTo(403);
        HttpResponse<String> with = session.send(session.request("/api/v1/scenarios")
                .header("Content-Type", "application/json").header("X-CSRF-Token", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString("{\"events\":[\"zone:CN_SPHERE:30\"]}")));
        assertThat(with.statusCode()).isEqualTo(200);
        Browser stranger = SAMPLE.server().newBrowser();
        assertThat(stranger.send(stranger.request("/api/v1/stress-tests").POST(
                HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(401);
        assertThat(stranger.send(stranger.request("/api/v1/stress-tests/1").GET()).statusCode()).isEqualTo(401);
    }

    private static BigDecimal cents(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    }
}
