package be.veerkracht.web.tools;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.i18n.Messages;
import be.veerkracht.portfolio.Portfolio;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import be.veerkracht.web.page.ToolText;
import be.veerkracht.web.page.WebText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The tooling register page over the sample: a row per tool, its links, English and Dutch, and its texts. */
class ToolsPageTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static String page(String language) {
        SAMPLE.server().get("/tools?lang=" + language, "text/html");
        HttpResponse<String> response = SAMPLE.server().get("/tools", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void a_row_per_tool_with_its_supplier_and_parts_linked_largest_npv_first() {
        String html = page("en");
        Portfolio portfolio = TestServer.samplePortfolio();
        assertThat(html.split("<tr data-tool=", -1)).hasSize(portfolio.tools().size() + 1);
        assertThat(html).contains("<a href=\"/tools\" class=\"active\">Tooling</a>")
                .contains("Tooling register").contains("Net present value").contains("docs/tooling.md")
                .contains("2,000 simulated years");
        for (Tool tool : portfolio.tools()) {
            String row = row(html, tool.id().value());
            assertThat(row).contains("<a href=\"/suppliers/" + tool.supplier().value() + "\">");
            tool.parts().forEach(part -> assertThat(row).contains(
                    "<a href=\"/parts/" + part.value() + "\">" + part.value() + "</a>"));
            assertThat(row).containsPattern("[0-9.]+ days").contains("EUR ");
        }
        // the article's case from the sample's own numbers (docs/tooling.md): pays back in about 6 months
        assertThat(row(html, "T-110010")).containsPattern(">[0-9]+\\.[0-9] months<");
        // sorted by NPV, largest first: the NPVs of the rows with a case never grow down the table
        Matcher npv = Pattern.compile("<td class=\"num(?: negative)?\">(EUR -?[0-9,]+)</td></tr>").matcher(html);
        long previous = Long.MAX_VALUE;
        int cases = 0;
        while (npv.find()) {
            long value = Long.parseLong(npv.group(1).substring(4).replace(",", ""));
            assertThat(value).isLessThanOrEqualTo(previous);
            previous = value;
            cases++;
        }
        assertThat(cases).isPositive();
    }

    @Test
    void speaks_dutch() {
        String html = page("nl");
        try {
            assertThat(html.split("<tr data-tool=", -1)).hasSize(TestServer.samplePortfolio().tools().size() + 1);
            assertThat(html).contains("<a href=\"/tools\" class=\"active\">Gereedschap</a>")
                    .contains("Gereedschapsregister").contains("Netto contante waarde")
                    .containsPattern("[0-9]+,[0-9] dagen").containsPattern("EUR [0-9]+\\.[0-9]{3}")
                    .contains("<a href=\"/parts/110010\">110010</a>");
        } finally {
            page("en");
        }
    }

    private static String row(String html, String toolId) {
        int start = html.indexOf("<tr data-tool=\"" + toolId + "\">");
        assertThat(start).as(toolId).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void every_text_in_english_dutch_and_french() throws IOException {
        Set<String> used = Arrays.stream(ToolText.values()).map(WebText::key).collect(Collectors.toSet());
        for (Locale language : Messages.LANGUAGES) {
            String suffix = language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage();
            String name = "/" + ToolText.BUNDLE.replace('.', '/') + suffix + ".properties";
            Properties properties = new Properties();
            try (InputStream in = ToolsPageTest.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(properties.stringPropertyNames()).as(name).isEqualTo(used);
            for (ToolText key : ToolText.values()) {
                assertThat(Messages.format(key, language, "a", "b", "c", "d")).as(language + " " + key.key())
                        .doesNotContain("{");
            }
        }
    }
}
