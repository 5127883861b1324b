package be.veerkracht.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.page.Assets;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /map} against a real server over the sample portfolio, over an empty database, and signed out. */
class MapPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    private static HttpResponse<String> page(TestServer server, String path, String language) {
        return server.browser().send(server.browser().request(path).header("Accept", "text/html")
                .header("Accept-Language", language));
    }

    @Test
    void shows_the_overlay_choice_the_chart_and_its_sources_in_english() {
        HttpResponse<String> response = page(SAMPLE.server(), "/map", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("<html lang=\"en\">").contains("<h1>Risk map</h1>")
                .contains("<a href=\"/map\" class=\"active\">")
                .contains("<select id=\"overlay\" name=\"overlay\">")
                // zone first: the default
                .containsSubsequence("<option value=\"zone\">Geopolitical zone</option>",
                        "<option value=\"stability\">Political stability (WGI percentile)</option>",
                        "<option value=\"trade\">EU trade relation</option>",
                        "<option value=\"arms_embargo\">EU arms embargo</option>",
                        "<option value=\"footprint:TAIWAN_STRAIT\">Event footprint TAIWAN_STRAIT</option>")
                .contains("<div id=\"map\" class=\"map\" data-source=\"/map/data\"")
                .contains("Natural Earth 1:110m").contains("Sea lanes are schematic")
                .contains(Assets.ECHARTS).contains("/static/app/map.js")
                .doesNotContain("id=\"no-snapshot\"");
    }

    @Test
    void lists_the_second_sources_that_fail_together_with_links_to_the_parts() {
        String html = page(SAMPLE.server(), "/map", "en").body();
        // Part 310020 (examples/flemish-machine-builder/sourcing.csv rows 163-164): L21010 in TW 70% at 49,09 EUR
        // and L33010 in JP 30% at 56,79 EUR, both qualified; TW and JP are both INDO_PACIFIC_PARTNER
        // (docs/reference-data.md, zone rule 6), so SAME_ZONE. Spend: demand 5.200 (parts.csv) x (0.7 x 49.09 +
        // 0.3 x 56.79) = 178,687.60 + 88,592.40 = EUR 267,280.
        assertThat(html).contains("<table id=\"flagged-sources\">")
                .contains("<tr><td><a href=\"/parts/310020\">310020</a></td><td>SAME_ZONE</td><td>Japan, Taiwan</td>"
                        + "<td>zone Indo-Pacific partner</td><td class=\"num\">EUR 267,280</td></tr>")
                // Part 210050 (sourcing.csv): L21050 in TW and L20170 in CN, 50% each: both inside TAIWAN_STRAIT
                .contains("<tr><td><a href=\"/parts/210050\">210050</a></td><td>SAME_FOOTPRINT</td>"
                        + "<td>China, Taiwan</td><td>footprint TAIWAN_STRAIT</td>");
        // Part 110050 (CN 70% + MA 30%: CN_SPHERE and MENA, no shared footprint) is diversified: not listed
        assertThat(html).doesNotContain("href=\"/parts/110050\"");
    }

    @Test
    void speaks_dutch() {
        String html = page(SAMPLE.server(), "/map", "nl").body();
        assertThat(html).contains("<html lang=\"nl\">").contains("<h1>Risicokaart</h1>")
                .contains("<option value=\"zone\">Geopolitieke zone</option>")
                .contains("<option value=\"trade\">Handelsrelatie met de EU</option>")
                .contains("Tweede bronnen die samen uitvallen")
                // zone name from zones.csv name_nl; CLDR's Dutch country names; Dutch thousands separator
                .contains("<td>Japan, Taiwan</td><td>zone Indo-Pacifische partner</td><td class=\"num\">EUR 267.280</td>");
    }

    @Test
    void speaks_french() {
        String html = page(SAMPLE.server(), "/map", "fr").body();
        assertThat(html).contains("<html lang=\"fr\">").contains("<h1>Carte des risques</h1>")
                .contains("<option value=\"trade\">Relation commerciale avec l'UE</option>")
                .contains("Secondes sources qui tombent ensemble")
                // zone name from zones.csv name_fr; CLDR's French country names; the narrow no-break space of
                // the JDK's French number format
                .contains("<td>Japon, Taïwan</td><td>zone Partenaire indo-pacifique</td>"
                        + "<td class=\"num\">EUR 267\u202f280</td>");
    }

    @Test
    void says_how_to_import_before_the_first_import() {
        HttpResponse<String> response = page(EMPTY.server(), "/map", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1>Risk map</h1>").contains("id=\"no-snapshot\"")
                .contains("./veerkracht import").doesNotContain("/static/app/map.js")
                .doesNotContain("id=\"flagged-sources\"");
    }

    @Test
    void sends_a_visitor_who_is_not_signed_in_to_the_login_page() {
        for (String path : new String[] {"/map", "/map/data"}) {
            HttpResponse<String> response = SAMPLE.server().newBrowser().get(path, "text/html");
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path).hasValue("/login");
        }
    }

    @Test
    void serves_its_script_and_boundaries_from_the_application_itself() {
        for (String asset : new String[] {"/static/app/map.js", MapDocument.BOUNDARIES, CountryPoints.RESOURCE,
                "/static/geo/README.md", "/static/geo/LICENSE"}) {
            HttpResponse<String> response = SAMPLE.server().get(asset);
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            assertThat(response.body()).as(asset).isNotEmpty();
        }
    }
}
