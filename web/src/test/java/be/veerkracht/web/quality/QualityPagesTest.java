package be.veerkracht.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /quality}, {@code /quality/alerts} and {@code /quality/parts/{id}} against a real server, EN and NL. */
class QualityPagesTest {

    @RegisterExtension
    static final TestServerExtension SERVER = TestServerExtension.withSample();

    @BeforeAll
    static void data() {
        QualityFixture.store(SERVER.server().quality());
    }

    private static String page(String path, String language) {
        Browser browser = SERVER.server().browser();
        HttpResponse<String> response = browser.send(browser.request(path).header("Accept-Language", language));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static int count(String html, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void the_overview_lists_the_seven_alerts_newest_first_and_polls_for_more() {
        String html = page("/quality", "en");
        assertThat(html).contains("<h1>Quality of dual-sourced parts</h1>")
                .contains("hx-get=\"/quality/alerts\" hx-trigger=\"every 10s\"")
                .contains("<a href=\"/quality/parts/120020\">120020</a></td><td>L27130</td><td class=\"number\">7</td>")
                .contains("length L26020: not equivalent");
        assertThat(count(html, "data-kind=")).isEqualTo(7);
        // newest first: L27130's WE2 at lot P22 (2026-06-01), see QualityFixture
        assertThat(html.indexOf("data-kind=\"RULE_FIRED\"")).isLessThan(html.indexOf("data-kind=\"OUT_OF_SPEC\""));
        assertThat(html).contains("Run rule fired at lot P22 (2026-06-01T07:00:00Z); the pattern spans lots P21, P22.")
                .contains("Value 11 mm of lot P21 (supplier_certificate, 2026-05-25T07:00:00Z) lies outside the "
                        + "specification 9 to 10.9.");
        String fragment = page("/quality/alerts", "en");
        assertThat(fragment).doesNotContain("<html").contains("<table id=\"alerts\"");
        assertThat(count(fragment, "data-kind=")).isEqualTo(7);
    }

    @Test
    void the_overview_in_dutch() {
        String html = page("/quality", "nl");
        assertThat(html).contains("<html lang=\"nl\">").contains("Kwaliteit van dubbel gesourcete onderdelen")
                .contains("Runregel afgegaan").contains("length L26020: niet equivalent")
                .contains("Waarde 11 mm van lot P21");
    }

    @Test
    void the_part_page_shows_the_chart_holder_the_cross_validation_capability_and_lab() {
        String html = page("/quality/parts/120020", "en");
        assertThat(html).contains("<h1>Quality of part 120020</h1>").contains("id=\"chart-0\"")
                .contains("/static/app/quality.js").contains("data-review=\"{&#34;part_id&#34;:&#34;120020&#34;")
                .contains("Specification 9 to 10.9 mm; equivalence margin 0.19 mm.");
        // cross-validation: n 22 / 20; means 223.5/22 = 10.1591 and 10.5; difference 0.340909 ≥ δ 0.19
        assertThat(html).contains("<tr data-verdict=\"NOT_EQUIVALENT\"><td>L26020</td><td>22 / 20</td>"
                + "<td>10.1591 / 10.5</td><td class=\"number\">0.340909</td>");
        // capability: Cpk L27130 1.1471, L26020 (10.9 − 10.5)/(3·0.2/1.128) = 0.752 (hand)
        assertThat(html).contains("<td>L27130 (primary)</td><td class=\"number\">22</td><td>INDIVIDUALS_MOVING_RANGE"
                + "</td><td class=\"number\">2</td><td class=\"number\">1</td>")
                .contains("<td class=\"number\">1.1471</td>").contains("<td class=\"number\">0.752</td>");
        // lab: certificate − ours 0.4, 0.5, 0.6 on three lots: bias 0.5
        assertThat(html).contains("<tr><td>L26020</td><td class=\"number\">3</td><td class=\"number\">0.5</td>");
        assertThat(count(html, "data-kind=")).isEqualTo(7);
    }

    @Test
    void the_part_page_in_dutch_and_a_part_without_agreement() {
        String html = page("/quality/parts/120020", "nl");
        assertThat(html).contains("Kwaliteit van onderdeel 120020").contains("Kruisvalidatie tegenover de eerste")
                .contains("niet equivalent").contains("L27130 (eerste)");
        Browser browser = SERVER.server().browser();
        assertThat(browser.send(browser.request("/quality/parts/110010")).statusCode()).isEqualTo(404);
    }
}
