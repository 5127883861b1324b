package be.veerkracht.web.tools;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Before the first import: as {@code /api/v1/assessment}, 404 "no snapshot yet"; the page says how to import. */
class ToolsEmptyTest {

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    @Test
    void the_api_answers_404_no_snapshot_yet() {
        HttpResponse<String> refused = EMPTY.server().get("/api/v1/tools", "application/json");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body()).contains("\"error\":\"no snapshot yet\"");
    }

    @Test
    void the_page_says_how_to_import() {
        HttpResponse<String> page = EMPTY.server().get("/tools", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-snapshot\"").doesNotContain("<table id=\"tools\"")
                .contains("<a href=\"/tools\" class=\"active\">Tooling</a>");
    }
}
