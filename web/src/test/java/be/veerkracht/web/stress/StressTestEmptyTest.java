package be.veerkracht.web.stress;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Before the first import: nothing to stress, said plainly. */
class StressTestEmptyTest {

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    private HttpResponse<String> post(String path, String body) {
        String token = EMPTY.server().tokens().create("test", TestServer.ADMIN).text();
        Browser client = EMPTY.server().newBrowser();
        return client.send(client.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void starting_a_run_without_a_snapshot_is_409() {
        HttpResponse<String> refused = post("/api/v1/stress-tests", "{\"scenarios\":10}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("\"error\":\"no snapshot yet\"");
        assertThat(post("/api/v1/scenarios", "{\"events\":[\"zone:CN_SPHERE:30\"]}").statusCode()).isEqualTo(409);
    }

    @Test
    void the_page_says_how_to_import() {
        HttpResponse<String> page = EMPTY.server().get("/stress-test", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-snapshot\"").doesNotContain("id=\"stress-form\"");
    }
}
