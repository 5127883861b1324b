package be.veerkracht.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.user.Role;
import be.veerkracht.web.ApiCalls;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/v1/lists} and {@code /api/v1/screening} against a real server over the sample portfolio, with the UN
 * fixture uploaded through the API ({@link ListUploads}), called as a script does (personal tokens). The expected
 * hit is that of {@code ScreenCommandTest} (cli): "Korea Mining Development Trading Corp" in KP is KPe.001; the
 * sample's customer K-1007 (OOO Volga Pack, RU) is under the dual-use ban on Russia.
 */
class ScreeningApiTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static String admin;
    private static String viewer;
    private static String officer;
    private static JsonNode uploaded;

    @BeforeAll
    static void tokensAndList() {
        TestServer server = SAMPLE.server();
        server.users().add("test", "vera", Role.VIEWER, TestServer.PASSWORD);
        server.users().add("test", "cora", Role.COMPLIANCE, TestServer.PASSWORD);
        admin = server.tokens().create("test", TestServer.ADMIN).text();
        viewer = server.tokens().create("test", "vera").text();
        officer = server.tokens().create("test", "cora").text();
        HttpResponse<String> answer = ListUploads.apiUpload(server, officer, ListUploads.FIXTURE,
                ListUploads.fixture());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        uploaded = json(answer);
    }

    static HttpResponse<String> call(String token, String method, String path, String body) {
        return ApiCalls.call(SAMPLE.server(), token, method, path, body);
    }

    static JsonNode json(HttpResponse<String> response) {
        return ApiCalls.json(response);
    }

    private static JsonNode screen(String body) {
        HttpResponse<String> answer = call(officer, "POST", "/api/v1/screening", body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return json(answer);
    }

    private static JsonNode hit(JsonNode document, String entry) {
        for (JsonNode match : document.get("matches")) {
            if (match.get("entry_id").asText().equals(entry)) {
                return match;
            }
        }
        throw new AssertionError("no hit on " + entry + " in " + document);
    }

    @Test
    void the_upload_stores_a_version_and_screens_the_newest_snapshot() {
        // 8 entries: the fixture's INDIVIDUAL and ENTITY elements (ingest FIXTURES.md); dateGenerated 2026-02-27
        assertThat(uploaded.get("source").asText()).isEqualTo("un");
        assertThat(uploaded.get("publication_date").asText()).isEqualTo("2026-02-27");
        assertThat(uploaded.get("entries").asInt()).isEqualTo(8);
        assertThat(uploaded.get("created").asBoolean()).isTrue();
        assertThat(uploaded.get("content_sha256").asText()).hasSize(64);
        assertThat(uploaded.at("/screening/audit_seq").asLong()).isPositive();
        assertThat(uploaded.at("/screening/text").asText()).startsWith("sanctions screening (un 2026-02-27")
                .contains("in embargoed countries");
        assertThat(uploaded.at("/screening/country_concerns").asInt()).isPositive();

        JsonNode lists = json(call(viewer, "GET", "/api/v1/lists", null));
        assertThat(lists.at("/versions/0/source").asText()).isEqualTo("un");
        assertThat(lists.at("/versions/0/in_use").asBoolean()).isTrue();
        assertThat(lists.at("/versions/0/imported_by").asText()).isEqualTo("cora");
    }

    @Test
    void the_same_file_again_is_stored_once() {
        HttpResponse<String> again = ListUploads.apiUpload(SAMPLE.server(), admin, "copy.xml", ListUploads.fixture());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("created").asBoolean()).isFalse();
        assertThat(json(again).get("id").asLong()).isEqualTo(uploaded.get("id").asLong());
        assertThat(json(again).get("screening").isNull()).isTrue();
    }

    @Test
    void a_raw_body_is_a_list_too_with_its_fields_as_query_parameters() {
        Browser client = SAMPLE.server().newBrowser();
        HttpResponse<String> answer = client.send(client.request("/api/v1/lists?filename=un.xml&source=un")
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ListUploads.fixture())));
        // the fixture again: the same source and SHA-256 as the upload before, so nothing new
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).get("source").asText()).isEqualTo("un");
        HttpResponse<String> bad = client.send(client.request("/api/v1/lists?filename=un.xml&source=uk")
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ListUploads.fixture())));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("source: must be one of");
    }

    @Test
    void the_snapshot_is_screened_live_and_not_recorded() {
        HttpResponse<String> answer = call(viewer, "GET", "/api/v1/screening", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode document = json(answer);
        assertThat(document.get("schema").asText()).isEqualTo("veerkracht/screening/1");
        assertThat(document.at("/list_versions/0/label").asText()).startsWith("un 2026-02-27");
        // 7 customers and the sample's suppliers (README: 86)
        assertThat(document.get("screened").asInt()).isGreaterThan(7);
        assertThat(document.get("country_concerns").toString()).contains("customer:K-1007").contains("RU");
        assertThat(document.get("audit_seq").isNull()).isTrue();
        JsonNode open = json(call(viewer, "GET", "/api/v1/screening?open=true", null));
        open.get("matches").forEach(m -> assertThat(m.at("/review/state").asText()).isIn("open", "reopened"));
    }

    @Test
    void one_name_is_screened_explained_and_recorded() {
        JsonNode document = screen("{\"name\":\"" + ListUploads.KOREA + "\",\"country\":\"KP\"}");
        JsonNode hit = hit(document, ListUploads.KOREA_ENTRY);
        assertThat(hit.get("counterparty").asText()).isEqualTo("name:" + ListUploads.KOREA);
        assertThat(hit.get("list").asText()).isEqualTo("un");
        assertThat(hit.get("score").asDouble()).isGreaterThan(0.9).isLessThanOrEqualTo(1.0);
        assertThat(hit.at("/explanation/tokens").size()).isPositive();
        assertThat(hit.at("/explanation/text").asText()).contains("korea");
        assertThat(document.get("audit_seq").asLong()).isPositive();
    }

    @Test
    void a_true_match_is_remembered_on_the_next_screening() {
        String name = ListUploads.KOREA + " Ltd";
        JsonNode before = hit(screen("{\"name\":\"" + name + "\",\"country\":\"KP\"}"), ListUploads.KOREA_ENTRY);
        assertThat(before.at("/review/state").asText()).isEqualTo("open");
        HttpResponse<String> review = call(officer, "POST", "/api/v1/screening/reviews", "{\"counterparty\":\"name:"
                + name + "\",\"list\":\"un\",\"entry_id\":\"KPe.001\",\"decision\":\"true_match\","
                + "\"reason\":\"same name and country\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        assertThat(json(review).get("reviewed_by").asText()).isEqualTo("cora");
        assertThat(json(review).get("audit_seq").asLong()).isPositive();
        JsonNode after = hit(screen("{\"name\":\"" + name + "\",\"country\":\"KP\"}"), ListUploads.KOREA_ENTRY);
        assertThat(after.at("/review/state").asText()).isEqualTo("true_match");
        assertThat(after.at("/review/reviewed_by").asText()).isEqualTo("cora");
    }

    @Test
    void a_false_positive_stays_after_screening_again_and_after_the_same_list_again() {
        String name = ListUploads.KOREA + " Inc";
        screen("{\"name\":\"" + name + "\"}");
        HttpResponse<String> review = call(admin, "POST", "/api/v1/screening/reviews", "{\"counterparty\":\"name:"
                + name + "\",\"list\":\"un\",\"entry_id\":\"KPe.001\",\"decision\":\"false_positive\","
                + "\"reason\":\"our Busan agent, another company\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(201);
        ListUploads.apiUpload(SAMPLE.server(), admin, "again.xml", ListUploads.fixture());
        JsonNode after = hit(screen("{\"name\":\"" + name + "\"}"), ListUploads.KOREA_ENTRY);
        assertThat(after.at("/review/state").asText()).isEqualTo("false_positive");
        assertThat(after.at("/review/reason").asText()).isEqualTo("our Busan agent, another company");
    }

    @Test
    void bad_requests_name_the_field() {
        assertRefused(call(officer, "POST", "/api/v1/screening", "{\"country\":\"KP\"}"), 400, "name: is required");
        assertRefused(call(officer, "POST", "/api/v1/screening", "{\"name\":\"X\",\"country\":\"Korea\"}"), 400,
                "country: must be an ISO 3166-1 alpha-2 code");
        assertRefused(call(officer, "POST", "/api/v1/screening", "[1]"), 400, "body:");
        assertRefused(call(officer, "POST", "/api/v1/screening", "{oops"), 400, "body:");
        String review = "{\"counterparty\":\"%s\",\"list\":\"%s\",\"entry_id\":\"%s\",\"decision\":\"%s\","
                + "\"reason\":\"r\"}";
        assertRefused(call(officer, "POST", "/api/v1/screening/reviews",
                review.formatted("ACME", "un", "KPe.001", "true_match")), 400, "counterparty: must be supplier:ID");
        assertRefused(call(officer, "POST", "/api/v1/screening/reviews",
                review.formatted("name:ACME", "uk", "KPe.001", "true_match")), 400, "list: must be one of");
        assertRefused(call(officer, "POST", "/api/v1/screening/reviews",
                review.formatted("name:ACME", "un", "KPe.001", "maybe")), 400, "decision: must be one of");
        assertRefused(call(officer, "POST", "/api/v1/screening/reviews",
                review.formatted("name:ACME", "un", "XXe.999", "true_match")), 404,
                "entry_id: the list un 2026-02-27");
        assertRefused(call(officer, "POST", "/api/v1/screening/reviews",
                review.formatted("name:ACME", "ofac", "1", "true_match")), 409, "list: no ofac list is stored");
    }

    @Test
    void a_broken_list_names_the_file_and_stores_nothing() {
        int before = json(call(viewer, "GET", "/api/v1/lists", null)).get("versions").size();
        HttpResponse<String> broken = ListUploads.apiUpload(SAMPLE.server(), officer, "broken.xml",
                ListUploads.BROKEN, "source", "un");
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
        assertThat(broken.body()).contains("file: broken.xml").contains("nothing was stored");
        assertRefused(ListUploads.apiUpload(SAMPLE.server(), officer, "x.xml", ListUploads.fixture(), "source",
                "uk"), 400, "source: must be one of");
        assertRefused(ListUploads.apiUpload(SAMPLE.server(), officer, "x.xml", ListUploads.fixture(), "date",
                "27/02/2026"), 400, "date: must be a date");
        HttpResponse<String> none = ListUploads.apiUpload(SAMPLE.server(), officer, "x.xml", null);
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(call(viewer, "GET", "/api/v1/lists", null)).get("versions").size()).isEqualTo(before);
    }

    @Test
    void reading_needs_read_and_recording_needs_the_compliance_role() {
        assertThat(call(viewer, "GET", "/api/v1/screening", null).statusCode()).isEqualTo(200);
        assertThat(call(viewer, "POST", "/api/v1/screening", "{\"name\":\"X\"}").statusCode()).isEqualTo(403);
        assertThat(call(viewer, "POST", "/api/v1/screening/reviews", "{}").statusCode()).isEqualTo(403);
        assertThat(ListUploads.apiUpload(SAMPLE.server(), viewer, "x.xml", ListUploads.fixture()).statusCode())
                .isEqualTo(403);
        assertThat(SAMPLE.server().newBrowser().get("/api/v1/lists", "application/json").statusCode())
                .isEqualTo(401);
    }

    private static void assertRefused(HttpResponse<String> answer, int status, String detail) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(json(answer).get("details").toString()).as(answer.body()).contains(detail);
    }
}
