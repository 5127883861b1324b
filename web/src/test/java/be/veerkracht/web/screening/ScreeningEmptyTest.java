package be.veerkracht.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServerExtension;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Screening before anything is stored: no list (409 where one is needed), no snapshot (404, as the compliance API). */
class ScreeningEmptyTest {

    @RegisterExtension
    static final TestServerExtension EMPTY = TestServerExtension.empty();

    private static HttpResponse<String> post(String path, String body) {
        Browser admin = EMPTY.server().browser();
        return admin.send(admin.request(path).header("X-CSRF-Token", admin.csrfToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void without_a_list_screening_answers_409_and_the_pages_say_what_to_do() {
        HttpResponse<String> name = post("/api/v1/screening", "{\"name\":\"ACME\"}");
        assertThat(name.statusCode()).as(name.body()).isEqualTo(409);
        assertThat(name.body()).contains("no sanctions list is stored yet");
        HttpResponse<String> review = post("/api/v1/screening/reviews", "{\"counterparty\":\"name:ACME\","
                + "\"list\":\"un\",\"entry_id\":\"KPe.001\",\"decision\":\"true_match\",\"reason\":\"r\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(409);
        assertThat(EMPTY.server().get("/api/v1/lists").body()).contains("\"versions\":[]");
        HttpResponse<String> page = EMPTY.server().get("/screening", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"no-lists\"").contains("href=\"/screening/lists\"");
        assertThat(EMPTY.server().get("/screening/lists", "text/html").body()).contains("id=\"no-versions\"")
                .contains("id=\"list-form\"");
    }

    @Test
    void without_a_snapshot_the_live_screening_answers_404() {
        HttpResponse<String> live = EMPTY.server().get("/api/v1/screening", "application/json");
        assertThat(live.statusCode()).as(live.body()).isEqualTo(404);
        assertThat(live.body()).contains("no snapshot yet");
    }
}
