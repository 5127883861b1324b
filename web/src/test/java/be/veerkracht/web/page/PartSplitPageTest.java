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

    @Test
    void the_fragment_has_the_frontier_chart_and_the_what_if_form() {
        String html = get("/parts/" + PART + "/split", "en");
        assertThat(html).contains("id=\"split-frontier-chart\"").contains("&#34;x_axis&#34;:&#34;CVaR, EUR a year&#34;")
                .contains("<form id=\"split-what-if-form\"")
                .contains("hx-get=\"/parts/" + PART + "/split/what-if\"").contains("name=\"capacity_units_per_year\"");
    }

    @Test
    void the_what_if_answers_in_dutch_with_a_decimal_comma() {
        // a Dutch buyer types "12,5": the form reads the comma as a decimal point (the API does not)
        String html = get("/parts/" + PART + "/split/what-if?country=PL&price_eur=12,5&lead_time_days=5"
                + "&capacity_units_per_year=100000&qualification_days=60&name=Poznan", "nl-BE");
        assertThat(html).contains("Kandidaat \u201cPoznan\u201d in PL").contains("EUR 12,50 per eenheid")
                .contains("<tr id=\"what-if-before\"><td>Beste verdeling zonder de kandidaat</td>")
                .contains("<tr id=\"what-if-after\"><td>Beste verdeling met de kandidaat</td>")
                .contains("<tr id=\"what-if-stress-today\"><td>Zoals vandaag aangekocht</td>")
                .contains("Vermeden verwacht verlies").contains("id=\"what-if-frontier-chart\"")
                .doesNotContain("WHAT-IF CANDIDATE");
    }

    @Test
    void a_bad_field_is_said_in_the_visitors_language_200_to_htmx_and_400_otherwise() {
        String path = "/parts/" + PART + "/split/what-if?country=ZZ&price_eur=1&lead_time_days=5"
                + "&capacity_units_per_year=100";
        HttpResponse<String> htmx = SAMPLE.server().browser().send(SAMPLE.server().browser().request(path)
                .header("Accept-Language", "fr-BE").header("HX-Request", "true").GET());
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("id=\"what-if-refused\"").contains("Comparaison impossible")
                .contains("Pays (code ISO, p. ex. PL)");
        HttpResponse<String> plain = SAMPLE.server().browser().send(SAMPLE.server().browser().request(path)
                .header("Accept-Language", "en").GET());
        assertThat(plain.statusCode()).isEqualTo(400);
        assertThat(plain.body()).contains("Country (ISO code, e.g. PL): \u201cZZ\u201d is not known here.");
    }

    /** The frontier has one row per λ. */
    private static final class PartSplitsFrontier {
        static final int POINTS = be.veerkracht.web.app.PartSplits.FRONTIER_POINTS;
    }
}
