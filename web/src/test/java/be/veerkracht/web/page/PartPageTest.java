package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.exposure.Finding;
import be.veerkracht.geo.CountryCode;
import be.veerkracht.geo.ReferenceGeography;
import be.veerkracht.ingest.reference.ReferenceGeographyLoader;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /parts/{id}} against a real server over the sample portfolio, and over an empty database. */
class PartPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    /** Part 110010 of examples/flemish-machine-builder: one active source in China and three candidates. */
    private static final String PART = "110010";

    private static String zone(String country, Locale language) {
        ReferenceGeography geography = ReferenceGeographyLoader.shipped();
        return geography.zoneOf(CountryCode.parse(country)).flatMap(geography::zone).map(z -> z.name(language))
                .orElseThrow();
    }

    @Test
    void shows_the_part_its_sources_and_concentration() {
        HttpResponse<String> response = SAMPLE.server().get("/parts/" + PART, "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        // parts.csv, row 110010: description, criticality A, annual_demand_units 1.250, uom pcs.
        assertThat(html).contains("<td id=\"part-description\">Behuizing hoofdaandrijving GJL-250 (gietstuk, "
                        + "voorbewerkt)</td>")
                .contains("<td id=\"part-criticality\">A</td>")
                .contains("<td id=\"part-demand\">1,250 pcs</td>")
                // sourcing.csv: the one active source L20110 has share 100% at 208,21 EUR per 1 unit:
                // 1,250 x 1.00 x 208.21 = 260,262.50 EUR per year.
                .contains("<td id=\"part-spend\">EUR 260,262.50</td>");
        // sourcing.csv rows of 110010 (origin_country blank: the supplier's country in suppliers.csv), sorted by
        // supplier id; capacity_units_per_year blank on L20110, 1.280/1.340/1.280 on the candidates; qualified
        // WAAR/ONWAAR; lead_time_days 74/32/26/20; unit_price_eur 208,21/236,32/234,35/239,09.
        assertThat(html)
                .contains(source("Ningbo Beilun Precision Casting Co., Ltd.", "China", zone("CN", Locale.ENGLISH),
                        "100%", "yes", "74", "not given", "EUR 208.21"))
                .contains(source("Fonderie Atlas Maroc SARL", "Morocco", zone("MA", Locale.ENGLISH),
                        "0%", "no", "26", "1,340", "EUR 234.35"))
                .contains(source("Odlewnia Żeliwa Wrocław Sp. z o.o.", "Poland", zone("PL", Locale.ENGLISH),
                        "0%", "no", "20", "1,280", "EUR 239.09"));
        assertThat(html.split("<tr><td>", -1)).hasSize(1 + 4);
        // One active source: every HHI is 1, the class SINGLE, and nothing is left when it fails (docs/exposure.md).
        assertThat(html).contains("<td id=\"hhi-supplier\">1.00</td>").contains("<td id=\"hhi-country\">1.00</td>")
                .contains("<td id=\"hhi-zone\">1.00</td>").contains("<td id=\"sourcing-class\">Single source</td>")
                .contains("<td id=\"flexibility\">0%</td>");
    }

    @Test
    void shows_the_findings_of_the_part_with_their_actions() {
        long expected = TestServer.sampleAssessment().findings().stream()
                .map(Finding::part).filter(p -> p.value().equals(PART)).count();
        String html = SAMPLE.server().get("/parts/" + PART, "text/html").body();
        assertThat(expected).isPositive();
        assertThat(html.split("<td class=\"severity ", -1)).hasSize((int) expected + 1);
    }

    @Test
    void is_linked_from_the_parts_list() {
        assertThat(SAMPLE.server().get("/parts", "text/html").body())
                .contains("<a href=\"/parts/" + PART + "\">" + PART + "</a>");
    }

    @Test
    void in_dutch_formats_the_figures_the_dutch_way() {
        HttpResponse<String> response = SAMPLE.server().browser().send(
                SAMPLE.server().browser().request("/parts/" + PART).header("Accept-Language", "nl-BE").GET());
        // The same figures as above, Dutch separators; names from the JDK's CLDR data and the zone file.
        assertThat(response.body()).contains("<html lang=\"nl\">").contains("<td id=\"part-spend\">EUR 260.262,50</td>")
                .contains("<td id=\"part-demand\">1.250 pcs</td>").contains("<td id=\"hhi-supplier\">1,00</td>")
                .contains(source("Odlewnia Żeliwa Wrocław Sp. z o.o.", "Polen", zone("PL", new Locale("nl")),
                        "0%", "nee", "20", "1.280", "EUR 239,09"));
    }

    @Test
    void answers_404_for_an_unknown_part() {
        HttpResponse<String> response = SAMPLE.server().get("/parts/no-such-part", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("There is no part 'no-such-part' in the newest snapshot.");
    }

    @Test
    void answers_404_before_the_first_import() {
        assertThat(EMPTY.server().get("/parts/" + PART, "text/html").statusCode()).isEqualTo(404);
    }

    private static String source(String supplier, String country, String zone, String share, String qualified,
                                 String leadTime, String capacity, String price) {
        return "<tr><td>" + supplier + "</td><td>" + country + "</td><td>" + zone + "</td><td class=\"num\">" + share
                + "</td><td>" + qualified + "</td><td class=\"num\">" + leadTime + "</td><td class=\"num\">" + capacity
                + "</td><td class=\"num\">" + price + "</td></tr>";
    }
}
