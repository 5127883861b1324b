package be.veerkracht.web.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.exposure.recovery.NodeRecovery;
import be.veerkracht.exposure.recovery.RecoveryAssessment;
import be.veerkracht.exposure.recovery.TimeToSurviveAnalysis;
import be.veerkracht.ingest.reference.EventCatalogueLoader;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time-to-survive page over the sample, in each language, with its kind filter. */
class RecoveryPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]*)\"");

    private static HttpResponse<String> page(String path, String language) {
        Browser browser = SAMPLE.server().browser();
        return browser.send(browser.request(path).header("Accept", "text/html").header("Accept-Language", language));
    }

    /** The scatter's data as the script reads it: the attribute, HTML-unescaped. */
    static JsonNode chart(String html) throws Exception {
        Matcher m = CHART.matcher(html);
        assertThat(m.find()).as("data-chart").isTrue();
        String json = m.group(1).replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return new ObjectMapper().readTree(json);
    }

    private static RecoveryAssessment direct() {
        return new TimeToSurviveAnalysis(ReferenceGeographyLoader.shipped(), EventCatalogueLoader.shipped())
                .assess(TestServer.samplePortfolio());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Time to survive against time to recover|Time to survive|Exposed nodes|Time to recover (days)|days",
        "nl|Overlevingstijd tegenover hersteltijd|Overlevingstijd|Blootgestelde knopen|Hersteltijd (dagen)|dagen",
        "fr|Temps de survie face au temps de rétablissement|Temps de survie|Nœuds exposés|Temps de rétablissement (jours)|jours"})
    void renders_in_each_language(String language, String title, String nav, String exposed, String xAxis,
                                  String days) throws Exception {
        HttpResponse<String> answer = page("/recovery", language);
        assertThat(answer.statusCode()).isEqualTo(200);
        String html = answer.body();
        assertThat(html).contains("<html lang=\"" + language + "\"").contains("<h1>" + title + "</h1>")
                .contains("<a href=\"/recovery\" class=\"active\">" + nav + "</a>")
                .contains(exposed).contains("id=\"recovery-chart\"").contains("id=\"exposed-nodes\"")
                .contains("id=\"recovery-actions\"").contains("id=\"recovery-assumptions\"")
                .contains("/static/app/recovery.js").doesNotContain("{0}").doesNotContain("{1}");
        JsonNode chart = chart(html);
        assertThat(chart.get("x_axis").asText()).isEqualTo(xAxis);
        RecoveryAssessment direct = direct();
        assertThat(chart.get("points")).hasSize(direct.nodes().size());
        if (!direct.nodes().isEmpty()) {
            NodeRecovery first = direct.nodes().get(0);
            JsonNode point = chart.get("points").get(0);
            assertThat(point.get("kind").asText()).isEqualTo(first.node().kind().code());
            assertThat(point.get("ttr").asDouble()).isEqualTo(first.ttrDays());
            assertThat(point.get("impact").asDouble()).isEqualTo(first.performanceImpactEur());
            assertThat(point.get("ttr_text").asText()).endsWith(" " + days);
            assertThat(point.get("impact_text").asText()).startsWith("EUR ");
        }
        long exposedNodes = direct.nodes().stream().filter(NodeRecovery::exposed).count();
        assertThat(html.split("class=\"exposed-node\"", -1)).hasSize((int) exposedNodes + 1);
    }

    @Test
    void the_kind_filter_shows_only_that_kind() throws Exception {
        HttpResponse<String> answer = page("/recovery?kind=zone", "en");
        assertThat(answer.statusCode()).isEqualTo(200);
        String html = answer.body();
        assertThat(html).contains("data-kind=\"zone\"").contains("<option value=\"zone\" selected>");
        JsonNode chart = chart(html);
        chart.get("points").forEach(p -> assertThat(p.get("kind").asText()).isEqualTo("zone"));
        assertThat(chart.get("points")).hasSize((int) direct().nodes().stream()
                .filter(n -> n.node().kind().code().equals("zone")).count());
        assertThat(html).doesNotContain("class=\"exposed-node\" data-kind=\"supplier\"");
    }

    @Test
    void an_unknown_kind_is_a_400_page() {
        HttpResponse<String> refused = page("/recovery?kind=plant", "en");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Unknown kind 'plant'");
    }

    @Test
    void exposed_nodes_link_to_their_pages_and_their_parts() {
        String html = page("/recovery", "en").body();
        RecoveryAssessment direct = direct();
        direct.nodes().stream().filter(NodeRecovery::exposed).limit(5).forEach(n -> {
            switch (n.node().kind()) {
                case SUPPLIER -> assertThat(html).contains("<a href=\"/suppliers/" + n.node().id() + "\">");
                case ZONE -> assertThat(html).contains("<a href=\"/parts?zone=" + n.node().id() + "\">");
                default -> { }
            }
            n.parts().stream().limit(3).forEach(p -> assertThat(html).contains("/parts/" + p.partId() + "\""));
        });
    }
}
