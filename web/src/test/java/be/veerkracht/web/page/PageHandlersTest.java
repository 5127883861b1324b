package be.veerkracht.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.api.Json;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server-rendered pages against a real server, over the sample portfolio and over an empty database. */
class PageHandlersTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    private static final Pattern ROW = Pattern.compile("<tr><td><a href=\"/parts/[^\"]+\">([^<]+)</a></td>");

    private static HttpResponse<String> page(TestServer server, String path) {
        HttpResponse<String> response = server.get(path, "text/html");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        return response;
    }

    private static long rows(String html) {
        Matcher m = ROW.matcher(html);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Nested
    class Dashboard {
        @Test
        void shows_the_totals_chart_data_classes_and_findings() {
            HttpResponse<String> response = page(SAMPLE.server(), "/");
            assertThat(response.statusCode()).isEqualTo(200);
            String html = response.body();
            // 180 parts, 86 suppliers, EUR 40,078,127.78 (sample README and the CLI's AssessAndDemoCommandTest),
            // shown in whole euros.
            assertThat(html).contains("<span class=\"value\" id=\"total-parts\">180</span>")
                    .contains("<span class=\"value\" id=\"total-suppliers\">86</span>")
                    .contains("<span class=\"value\" id=\"total-spend\">EUR 40,078,128</span>");
            assertThat(html).contains("data-chart=\"[{&#34;zone&#34;:").contains(Assets.ECHARTS);
            assertThat(html).contains("<a href=\"/parts?class=SINGLE\">Single source</a></td><td class=\"num\">111</td>");
            String firstFinding = TestServer.sampleAssessment().findings().get(0).part().value();
            assertThat(html).contains("<td><a href=\"/parts/" + firstFinding + "\">" + firstFinding + "</a></td>");
            assertThat(html).doesNotContain("id=\"no-snapshot\"");
        }

        /**
         * Expected figures from web/src/test/fixture-tools/sample_figures.py, which reads the sample's
         * CSV files itself: every part has an active source; 112 have one supplier (HHI 1: one more than the 111
         * SINGLE parts, as one part has two active links of the same supplier), 68 more than 0.25; 45 parts of
         * criticality A have one active source.
         */
        @Test
        void breaks_spend_and_parts_down_and_links_each_figure_to_its_parts() {
            String html = page(SAMPLE.server(), "/").body();
            assertThat(html).contains("<tr data-band=\"sole\"><td><a href=\"/parts?hhi=sole&amp;sort=spend\">"
                    + "One supplier (HHI 1)</a></td><td class=\"num\">112</td></tr>");
            assertThat(html).contains("<tr data-band=\"high\"><td><a href=\"/parts?hhi=high&amp;sort=spend\">")
                    .contains("</a></td><td class=\"num\">68</td></tr>");
            assertThat(html).contains("45 parts of criticality A have one active source");
            // the largest country by spend comes first, linked to its parts
            String country = TestServer.sampleAssessment().countries().get(0).key();
            assertThat(html).contains("<tr data-code=\"" + country + "\"><td><a href=\"/parts?country=" + country
                    + "&amp;sort=spend\">");
        }

        @Test
        void a_dashboard_link_lists_exactly_the_parts_it_counts() {
            // the 112 of the "one supplier" band, and the 45 single-sourced critical parts (see above)
            assertThat(rows(page(SAMPLE.server(), "/parts/rows?hhi=sole&sort=spend").body())).isEqualTo(112);
            assertThat(rows(page(SAMPLE.server(), "/parts/rows?class=SINGLE&criticality=A&sort=spend").body())).isEqualTo(45);
        }

        @Test
        void says_how_to_import_before_the_first_import() {
            HttpResponse<String> response = page(EMPTY.server(), "/");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("id=\"no-snapshot\"").contains("./veerkracht import")
                    .doesNotContain(Assets.ECHARTS);
        }

        @Test
        void loads_its_scripts_and_styles_from_the_app_itself() {
            for (String asset : new String[] {Assets.ECHARTS, Assets.HTMX, Assets.DASHBOARD_SCRIPT,
                    Assets.STYLESHEET}) {
                HttpResponse<String> response = SAMPLE.server().get(asset);
                assertThat(response.statusCode()).as(asset).isEqualTo(200);
                assertThat(response.body()).as(asset).isNotEmpty();
            }
        }
    }

    @Nested
    class Parts {
        @Test
        void lists_every_part_with_a_search_box() {
            String html = page(SAMPLE.server(), "/parts").body();
            assertThat(rows(html)).isEqualTo(180);
            assertThat(html).contains("hx-get=\"/parts/rows\"").contains("<html");
        }

        @Test
        void search_answers_only_the_matching_rows() {
            String part = TestServer.sampleAssessment().parts().get(0).part().value();
            HttpResponse<String> response = page(SAMPLE.server(), "/parts/rows?q=" + part);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).doesNotContain("<html")
                    .contains("<tr><td><a href=\"/parts/" + part + "\">" + part + "</a></td>");
            assertThat(rows(response.body())).isGreaterThanOrEqualTo(1).isLessThan(180);
        }

        @Test
        void filters_by_sourcing_class() {
            String html = page(SAMPLE.server(), "/parts/rows?class=same_country").body();
            assertThat(rows(html)).isEqualTo(7);
        }

        @Test
        void escapes_the_search_text() {
            String html = page(SAMPLE.server(), "/parts?q=%3Cscript%3Ealert(1)%3C/script%3E").body();
            assertThat(html).doesNotContain("<script>alert(1)").contains("value=\"&lt;script>alert(1)&lt;/script>\"");
        }

        @Test
        void says_when_nothing_matches() {
            String html = page(SAMPLE.server(), "/parts/rows?q=no-such-part").body();
            assertThat(rows(html)).isZero();
            assertThat(html).contains("No part matches.");
        }

        @Test
        void refuses_an_unknown_class_with_400() {
            HttpResponse<String> response = page(SAMPLE.server(), "/parts?class=BOGUS");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("Unknown value \"BOGUS\" for class.");
        }

        @Test
        void says_how_to_import_before_the_first_import() {
            HttpResponse<String> response = page(EMPTY.server(), "/parts");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("id=\"no-snapshot\"");
        }
    }

    @Nested
    class UnknownPages {
        @Test
        void answer_a_404_page_outside_the_api() {
            HttpResponse<String> response = page(SAMPLE.server(), "/no-such-page");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("There is no such page.").doesNotContain(Json.CONTENT_TYPE);
        }
    }
}
