package be.veerkracht.web.stress;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.simulation.NamedScenario;
import be.veerkracht.simulation.ScenarioEvent;
import be.veerkracht.simulation.ScenarioResult;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stress test page over the sample, as a browser with htmx and one without JavaScript use it. */
class StressTestPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final Pattern RUN = Pattern.compile("data-run=\"(\\d+)\"");

    private static HttpResponse<String> page(String path, String language) {
        Browser browser = SAMPLE.server().browser();
        return browser.send(browser.request(path).header("Accept", "text/html").header("Accept-Language", language));
    }

    private static HttpResponse<String> htmxPost(String path, Map<String, String> fields) {
        Browser browser = SAMPLE.server().browser();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("csrf", browser.csrfToken());
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b).orElse("");
        return browser.send(browser.request(path).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
    }

    @ParameterizedTest
    @CsvSource({
        "en, Stress test, Run the stress test, Named scenarios side by side",
        "nl, Stresstest, Stresstest starten, Benoemde scenario's naast elkaar",
        "fr, Test de résistance, Lancer le test, Scénarios nommés côte à côte"})
    void renders_in_each_language(String language, String title, String start, String named) {
        HttpResponse<String> answer = page("/stress-test", language);
        assertThat(answer.statusCode()).isEqualTo(200);
        String html = answer.body();
        assertThat(html).contains("<html lang=\"" + language + "\"").contains("<h1>" + title + "</h1>")
                .contains(start).contains(named)
                .contains("<a href=\"/stress-test\" class=\"active\">")
                .contains("id=\"stress-form\"").contains("name=\"csrf\"")
                .contains("id=\"scenario-form\"").contains("data-events=\"footprint:TAIWAN_STRAIT:60\"")
                .contains("/static/app/stress-test.js").doesNotContain("{0}");
    }

    @Test
    void a_run_started_from_the_page_polls_until_its_results_are_shown() throws InterruptedException {
        HttpResponse<String> started = htmxPost("/stress-test",
                Map.of("scenarios", "200", "horizon_days", "365", "seed", "11"));
        assertThat(started.statusCode()).isEqualTo(200);
        Matcher run = RUN.matcher(started.body());
        assertThat(run.find()).as(started.body()).isTrue();
        String id = run.group(1);
        String fragment = started.body();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (fragment.contains("hx-trigger=\"load delay:500ms\"") && Instant.now().isBefore(deadline)) {
            assertThat(fragment).contains("<progress id=\"run-progress\" max=\"200\"");
            Thread.sleep(100);
            fragment = page("/stress-test/runs/" + id, "en").body();
        }
        assertThat(fragment).contains("id=\"loss-histogram\"").contains("data-chart=")
                .contains("id=\"figure-expected-loss\"").contains("Expected annual loss").contains("EUR ")
                .contains("VaR 95%").contains("CVaR 99%").contains("id=\"by-supplier\"")
                .contains("href=\"/suppliers/").contains("id=\"by-country\"").contains("/parts?country=")
                .contains("id=\"by-zone\"").contains("/parts?zone=").contains("id=\"by-event\"")
                .contains("id=\"stress-parts\"").contains("href=\"/parts/").contains("id=\"stress-actions\"")
                .contains("id=\"stress-assumptions\"").contains("Event catalogue ")
                // the shipped rates that hit the sample, with their sources (docs/event-catalogue.md)
                .contains("id=\"stress-rates\"").contains("QUALITY_STOP").contains("stability:HIGH")
                .contains("TAIWAN_STRAIT").contains("NFPA")
                .contains("200 scenarios of 365 days, seed 11")
                .doesNotContain("hx-trigger");
        // without JavaScript the page shows the same run
        assertThat(page("/stress-test?run=" + id, "nl").body()).contains("id=\"loss-histogram\"")
                .contains("Verwacht jaarlijks verlies");
    }

    @Test
    void bad_settings_are_named_next_to_the_form() {
        HttpResponse<String> htmx = htmxPost("/stress-test", Map.of("scenarios", "0"));
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("id=\"form-error\"").contains("Scenarios: a whole number from 1 to 20,000");
        Browser browser = SAMPLE.server().browser();
        HttpResponse<String> plain = browser.postForm("/stress-test",
                Map.of("csrf", browser.csrfToken(), "horizon_days", "5000"));
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("id=\"form-error\"").contains("Horizon (days): a whole number from 1 to");
    }

    @Test
    void an_unknown_run_is_a_404_page() {
        assertThat(page("/stress-test/runs/987654", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void named_scenarios_are_shown_side_by_side_with_exact_totals() {
        HttpResponse<String> answer = htmxPost("/stress-test/scenarios", Map.of(
                "scenario1", "zone:CN_SPHERE:90", "scenario2", "footprint:TAIWAN_STRAIT:60 lane:RED_SEA_SUEZ:120",
                "scenario3", "", "scenario4", "", "scenario_horizon_days", "365"));
        assertThat(answer.statusCode()).isEqualTo(200);
        String html = answer.body();
        assertThat(html).contains("id=\"scenario-comparison\"");
        assertThat(Pattern.compile("class=\"scenario-column\"").matcher(html).results().count()).isEqualTo(2);
        ScenarioResult direct = new NamedScenario(ReferenceGeographyLoader.shipped()).run(
                TestServer.samplePortfolio(), List.of(new ScenarioEvent.ZoneOutage("CN_SPHERE", 90)), 365);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(direct.totalLossEur().scale());
        format.setMaximumFractionDigits(direct.totalLossEur().scale());
        assertThat(html).contains("EUR " + format.format(direct.totalLossEur()))
                .contains("<code>footprint:TAIWAN_STRAIT:60 lane:RED_SEA_SUEZ:120</code>");
    }

    @Test
    void a_bad_event_is_named_next_to_the_form() {
        HttpResponse<String> htmx = htmxPost("/stress-test/scenarios",
                Map.of("scenario1", "zone:CN_SPHERE:90", "scenario2", "zone:ATLANTIS:30"));
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("id=\"scenario-error\"").contains("Scenario 2")
                .contains("zone:ATLANTIS:30");
        Browser browser = SAMPLE.server().browser();
        HttpResponse<String> plain = browser.postForm("/stress-test/scenarios",
                Map.of("csrf", browser.csrfToken(), "scenario1", "tool:"));
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("id=\"scenario-error\"").contains("tool:")
                .contains("value=\"tool:\"");
        HttpResponse<String> none = htmxPost("/stress-test/scenarios", Map.of("scenario1", " "));
        assertThat(none.body()).contains("id=\"scenario-error\"");
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused() {
        Browser browser = SAMPLE.server().browser();
        assertThat(browser.postForm("/stress-test", Map.of("scenarios", "10")).statusCode()).isEqualTo(403);
    }
}
