package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.inventory.BufferPlanner;
import be.veerkracht.inventory.PartBufferPlan;
import be.veerkracht.inventory.ServiceLevels;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The "Buffer" section of {@code GET /parts/{id}} over the sample portfolio, in English and Dutch. Part 110010:
 * criticality A (99 %), 1,250 pcs a year (weekly sd 6.9), one active source, 74 days (sd 9.5) at EUR 208.21, 120 on
 * hand (examples/flemish-machine-builder).
 */
class PartBufferPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final String PART = "110010";

    private static PartBufferPlan plan() {
        return new BufferPlanner(ServiceLevels.DEFAULT).plan(TestServer.samplePortfolio()).stream()
                .filter(p -> p.partId().equals(PART)).findFirst().orElseThrow();
    }

    private static String dutch(String path) {
        HttpResponse<String> response = SAMPLE.server().browser().send(
                SAMPLE.server().browser().request(path).header("Accept-Language", "nl-BE").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void shows_the_buffer_in_english() {
        HttpResponse<String> response = SAMPLE.server().get("/parts/" + PART, "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        PartBufferPlan plan = plan();
        // a single source: the mix's lead time is the source's own, 74 days with sd 9.5
        assertThat(plan.leadTimeDemand().meanLeadTimeDays()).isEqualTo(74.0);
        assertThat(plan.leadTimeDemand().sdLeadTimeDays()).isEqualTo(9.5);
        assertThat(html).contains("<h2 id=\"buffer\">Buffer: safety stock and the cash it ties up</h2>")
                .contains("<td id=\"buffer-service-level\">99% (criticality A; the level follows the criticality: "
                        + "A 99%, B 95%, C 90%)</td>")
                .contains("<td id=\"buffer-lead-time\">74 days</td>")
                .contains("<td id=\"buffer-lead-time-sd\">9.5 days</td>")
                .contains("<td id=\"buffer-on-hand\">120 pcs</td>")
                .contains("<td id=\"buffer-unit-value\">EUR 208.21</td>")
                .contains("<td id=\"buffer-value\">EUR " + String.format(java.util.Locale.ENGLISH, "%,.2f",
                        plan.safetyStockValueEur()) + "</td>")
                .contains("<td id=\"buffer-safety-stock\">" + String.format(java.util.Locale.ENGLISH, "%,.0f",
                        plan.target().safetyStockUnits()) + " pcs (")
                .contains("<td id=\"buffer-reorder-point\">" + String.format(java.util.Locale.ENGLISH, "%,.0f",
                        plan.target().reorderPointUnits()) + " pcs</td>")
                .contains("<table id=\"buffer-holdings\">")
                .contains("<tr id=\"holding-own_stock\"").contains("<tr id=\"holding-vmi\"")
                .contains("<tr id=\"holding-consignment\"").contains("<tr id=\"holding-supply_chain_finance\"")
                .contains("<strong>(cheapest)</strong>")
                .contains("cost of capital 8% a year, holding 10% of the value a year, consignment uplift 2% on the "
                        + "price, supply-chain finance +60 payment days at 0%.")
                .contains("docs/buffers.md");
        // the default terms make supply-chain finance the cheapest way: it comes first and is the one marked
        // (the buffer's 26.8 days of cover are all within the 60 extra payment days: no capital tied up)
        int cheapest = html.indexOf("class=\"holding cheapest\"");
        assertThat(html.indexOf("<tr id=\"holding-supply_chain_finance\" class=\"holding cheapest\"")).isEqualTo(
                cheapest - "<tr id=\"holding-supply_chain_finance\" ".length());
        assertThat(html.split("class=\"holding cheapest\"", -1)).hasSize(2);
        assertThat(html.split("<tr id=\"holding-", -1)).hasSize(5);
        assertThat(html.indexOf("<tr id=\"holding-supply_chain_finance\"")).isLessThan(
                html.indexOf("<tr id=\"holding-own_stock\""));
        assertThat(html).doesNotContain("buffer-negative");
        // the (r, Q) policy: r the reorder point, Q = ⌈√(2·λ·100 / (208.21 × 0.18))⌉ (Harris 1913), λ the plan's
        // annual demand
        double annual = plan.leadTimeDemand().meanPerDay() * 365;
        double q = Math.ceil(Math.sqrt(2 * annual * 100 / (208.21 * 0.18)) - 1e-9);
        assertThat(html).contains("<h3 id=\"policy\">Replenishment policy</h3>")
                .contains("<p id=\"policy-rule\"><strong>Continuous review (r, Q): when stock on hand plus on order "
                        + "falls to " + String.format(java.util.Locale.ENGLISH, "%,.0f",
                        plan.target().reorderPointUnits()) + " pcs, order " + String.format(java.util.Locale.ENGLISH,
                        "%,.0f", q) + " pcs.</strong></p>")
                .contains("an ordering cost K of EUR 100.00 per order")
                .contains("<p id=\"policy-optimal\">");
    }

    @Test
    void shows_the_buffer_in_dutch() {
        String html = dutch("/parts/" + PART);
        PartBufferPlan plan = plan();
        assertThat(html).contains("<html lang=\"nl\">")
                .contains("<h2 id=\"buffer\">Buffer: veiligheidsvoorraad en het geld dat erin vastzit</h2>")
                .contains("<td id=\"buffer-service-level\">99% (kritikaliteit A; het niveau volgt de kritikaliteit: "
                        + "A 99%, B 95%, C 90%)</td>")
                .contains("<td id=\"buffer-lead-time\">74 dagen</td>")
                .contains("<td id=\"buffer-lead-time-sd\">9,5 dagen</td>")
                .contains("<td id=\"buffer-unit-value\">EUR 208,21</td>")
                .contains("<td id=\"buffer-value\">EUR " + String.format(new java.util.Locale("nl"), "%,.2f",
                        plan.safetyStockValueEur()) + "</td>")
                .contains("<strong>(goedkoopst)</strong>")
                .contains("kapitaalkost 8% per jaar")
                .contains("Methode: docs/buffers.md");
    }
}
