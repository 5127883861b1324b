package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The suppliers list and a supplier's page over the sample portfolio; figures from
 * web/src/test/fixture-tools/sample_figures.py, which reads the sample's CSV files on its own.
 */
class SupplierPagesTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    @Test
    void lists_every_supplier_largest_spend_first() {
        String html = SAMPLE.server().get("/suppliers", "text/html").body();
        assertThat(html.split("<tr data-supplier=", -1)).hasSize(86 + 1);
        // Inox Vandenbussche BV, Roeselare (BE): 8 active parts, 6 as only source, 5 of those A, EUR 3,104,099
        assertThat(html.indexOf("data-supplier=\"L28020\"")).isLessThan(html.indexOf("data-supplier=\"L27040\""));
        assertThat(html).contains("<a href=\"/suppliers/L28020\">Inox Vandenbussche BV</a>")
                .contains("<td class=\"num\">8</td><td class=\"num\">6</td><td class=\"num\">5</td>"
                        + "<td class=\"num\">0</td><td class=\"num\">EUR 3,104,099</td>");
    }

    @Test
    void shows_a_supplier_with_the_parts_it_supplies() {
        HttpResponse<String> response = SAMPLE.server().get("/suppliers/L28020", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("<td id=\"supplier-location\">Belgium, Roeselare</td>")
                .contains("<td id=\"sole-source\">6</td>").contains("<td id=\"critical-sole\">5</td>")
                .contains("<td id=\"supplier-spend\">EUR 3,104,099</td>");
        assertThat(html.split("<tr><td><a href=\"/parts/", -1)).hasSize(8 + 1);
    }

    @Test
    void speaks_dutch_and_french() {
        assertThat(SAMPLE.server().get("/suppliers/L28020?lang=nl", "text/html").statusCode()).isIn(200, 302, 303);
        String dutch = SAMPLE.server().get("/suppliers/L28020", "text/html").body();
        assertThat(dutch).contains("<td id=\"supplier-location\">België, Roeselare</td>").contains("Enige bron van");
        SAMPLE.server().get("/suppliers?lang=fr", "text/html");
        String french = SAMPLE.server().get("/suppliers", "text/html").body();
        assertThat(french).contains("Fournisseurs").contains("EUR 3\u202f104\u202f099"); // French groups with a narrow no-break space
        SAMPLE.server().get("/?lang=en", "text/html");
    }

    @Test
    void an_unknown_supplier_is_a_404_page() {
        HttpResponse<String> response = SAMPLE.server().get("/suppliers/NOPE", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("The newest snapshot has no supplier NOPE.");
    }
}
