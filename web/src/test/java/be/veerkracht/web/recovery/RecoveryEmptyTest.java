package be.veerkracht.web.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Before the first import: as {@code /api/v1/assessment}, 404 "no snapshot yet"; the page says how to import. */
class RecoveryEmptyTest {

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    @Test
    void the_api_answers_404_no_snapshot_yet() {
        for (String path : new String[] {"/api/v1/recovery", "/api/v1/recovery/nodes/zone/CN_SPHERE"}) {
            HttpResponse<String> refused = EMPTY.server().get(path, "application/json");
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(refused.body()).contains("\"error\":\"no snapshot yet\"");
        }
        assertThat(EMPTY.server().get("/api/v1/recovery?kind=plant", "application/json").statusCode())
                .isEqualTo(400);
    }

    @Test
    void the_page_says_how_to_import() {
        HttpResponse<String> page = EMPTY.server().get("/recovery", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-snapshot\"").doesNotContain("id=\"recovery-chart\"")
                .contains("<a href=\"/recovery\" class=\"active\">");
    }
}
