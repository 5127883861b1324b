package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.api.PartSplitApiTestAccess;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Volume split" section of the part page: the page loads it with htmx from {@code /parts/{id}/split}; the
 * fragment shows the comparison and the frontier, in English and Dutch, with the API's figures.
 */
class PartSplitPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final String PART = PartSplitApiTestAccess.partWithChoice();

    private static String get(String path, String language) {
        HttpResponse<String> response = SAMPLE.server().browser().send(
                SAMPLE.server().browser().request(path).header("Accept-Language", language).GET());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void the_part_page_has_the_section_and_loads_it_lazily() {
        String html = get("/parts/" + PART, "en");
        assertThat(html).contains("<h2 id=\"split\">Volume split</h2>")
                .contains("hx-get=\"/parts/" + PART + "/split\"").contains("hx-trigger=\"load\"");
        assertThat(get("/parts/" + PART, "nl-BE")).contains("<h2 id=\"split\">Verdeling van het volume</h2>");
    }

    @Test
    void the_fragment_shows_the_comparison_and_the_frontier_in_english() throws Exception {
        String html = get("/parts/" + PART + "/split", "en");
        assertThat(html).contains("<table id=\"split-comparison\">").contains("<tr id=\"split-optimum\"><td>Optimum</td>")
                .contains("<tr id=\"split-eighty_twenty\"><td>80/20</td>")
                .contains("<tr id=\"split-fifty_fifty\"><td>50/50</td>")
                .contains("Expected cost per year").contains("<table id=\"split-frontier\">")
                .contains("300 years drawn from the stress test").doesNotContain("<html");
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                SAMPLE.server().get("/api/v1/parts/" + PART + "/split", "application/json").body());
        long expected = Math.round(body.get("optimum").get("expected_cost").asDouble());
        assertThat(html).contains(String.format(java.util.Locale.ENGLISH, "EUR %,d", expected));
        assertThat(html.split("<tr>", -1).length - 1).isGreaterThanOrEqualTo(PartSplitsFrontier.POINTS);
    }

    @Test
    void the_fragment_is_dutch_for_a_dutch_browser() {
        String html = get("/parts/" + PART + "/split", "nl-BE");
        assertThat(html).contains("<td>Vandaag</td>").contains("Verwachte kost per jaar").contains("Wat het antwoord bepaalt");
    }

    @Test
    void an_unknown_part_is_404() {
        assertThat(SAMPLE.server().get("/parts/NO-SUCH-PART/split", "text/html").statusCode()).isEqualTo(404);
    }

    /** The frontier has one row per λ. */
    private static final class PartSplitsFrontier {
        static final int POINTS = be.veerkracht.web.app.PartSplits.FRONTIER_POINTS;
    }
}
