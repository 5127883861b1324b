package be.veerkracht.web.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.portfolio.Part;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "China + 1" page and a part's landed cost over the sample, in English and Dutch, against a real server. The
 * ranking's order is the numpy one-off of {@link SourcingApiTest} (TOPSIS, equal weights: PL, TR, MA, VN; with the
 * wage weight at 100 and the others at 25, 4/7 of the weight on wages: MA, TR, PL, VN).
 */
class SourcingPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static String page(String language, String path) {
        SAMPLE.server().get("/sourcing?lang=" + language, "text/html");
        HttpResponse<String> response = SAMPLE.server().get(path, "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static int at(String html, String country) {
        return html.indexOf("<tr data-country=\"" + country + "\"");
    }

    @Test
    void english_page_shows_criteria_with_source_and_date_the_ranking_and_the_emission_factors() {
        String html = page("en", "/sourcing");
        assertThat(html).contains("<a href=\"/sourcing\" class=\"active\">China + 1</a>")
                .contains("China + 1: choosing the second country")
                .contains("Data: ").contains("2026-11-28")
                .contains("<tr data-criterion=\"wage_index\"><td>wage_index</td><td>cost (less is better)</td>")
                .contains("Veerkracht seed article")
                .contains("id=\"weight-3\"").contains("hx-get=\"/sourcing/ranking\"")
                .contains("Emission factors (well-to-wheel)").contains("<tr data-mode=\"sea\">")
                .contains("id=\"sourcing-sensitivity-chart\"").contains("Upstream transport (Scope 3 category 4)");
        assertThat(at(html, "PL")).isLessThan(at(html, "TR"));
        assertThat(at(html, "TR")).isLessThan(at(html, "MA"));
        assertThat(at(html, "MA")).isLessThan(at(html, "VN"));
        // TOPSIS closeness of PL with equal weights, numpy: 0.81771587
        assertThat(html).contains("<td class=\"num score\">0.8177</td>");
    }

    @Test
    void dutch_fragment_follows_the_weights_and_says_a_bad_one() {
        String html = page("nl", "/sourcing/ranking?weight=25&weight=100&weight=25&weight=25");
        assertThat(html).contains("Rangschikking").contains("Wanneer kantelt het antwoord?");
        assertThat(at(html, "MA")).isLessThan(at(html, "TR"));
        assertThat(at(html, "TR")).isLessThan(at(html, "PL"));
        assertThat(at(html, "PL")).isLessThan(at(html, "VN"));
        assertThat(page("nl", "/sourcing")).contains("Landenkeuze: het tweede land kiezen").contains("kost (minder is beter)");
        HttpResponse<String> bad = SAMPLE.server().get("/sourcing/ranking?method=electre", "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Kan niet rangschikken: method");
        HttpResponse<String> badPage = SAMPLE.server().get("/sourcing?weights=1,2", "text/html");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(badPage.body()).contains("id=\"sourcing-refused\"").contains("weights");
    }

    @Test
    void an_incumbent_shows_zone_and_what_each_candidate_shares_with_it() {
        String html = page("en", "/sourcing?incumbent=CN&rule=penalise");
        assertThat(html).contains("Given the current country CN").contains("rule: rank last")
                .contains("<option value=\"CN\" selected>");
    }

    @Test
    void a_parts_landed_cost_lists_every_line_and_marks_the_unknown_duty() {
        Portfolio sample = TestServer.samplePortfolio();
        Part part = sample.parts().stream().filter(p -> sample.linksOf(p.id()).size() >= 2).findFirst()
                .orElseThrow();
        String html = page("en", "/parts/" + part.id().value() + "/landed-cost");
        assertThat(html).contains("Landed cost of " + part.id().value()).contains("id=\"landed-chart\"")
                .contains("<td>Freight</td>").contains("<td>Safety stock</td>")
                // the web gives no duty rates: the duty line is unknown, not 0 (docs/landed-cost.md)
                .contains("<tr class=\"unknown\"><td>Duty</td><td class=\"num\">unknown</td>")
                .contains("<p id=\"landed-comparison\">").contains("Transport CO2e");
        assertThat(html.split("<table class=\"landed-lines\"", -1)).hasSize(sample.linksOf(part.id()).size() + 1);
        String dutch = page("nl", "/parts/" + part.id().value() + "/landed-cost");
        assertThat(dutch).contains("Landed cost van " + part.id().value()).contains("<td>Vracht</td>")
                // the line explanations are translated too (core LandedCostText): "x N stuks/jaar", "per jaar"
                .contains(" stuks/jaar").contains("voorraadkostvoet").doesNotContain("units/year");
        assertThat(page("en", "/parts/" + part.id().value())).contains("id=\"part-landed-cost\" href=\"/parts/"
                + part.id().value() + "/landed-cost\"");
        assertThat(SAMPLE.server().get("/parts/NO-SUCH/landed-cost", "text/html").statusCode()).isEqualTo(404);
        HttpResponse<String> choice = SAMPLE.server().newBrowser().get("/sourcing/landed-cost?part=X", "text/html");
        assertThat(choice.statusCode()).isIn(302, 303);
    }
}
