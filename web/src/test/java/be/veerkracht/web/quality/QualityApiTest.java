package be.veerkracht.web.quality;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.quality.agreement.AgreementTerms;
import be.veerkracht.quality.agreement.Characteristic;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.user.Role;
import be.veerkracht.web.ApiCalls;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /api/v1/quality/batches} and {@code GET /api/v1/parts/{id}/quality} against a real server: supplier
 * tokens (a supplier cannot post another's data), idempotency per batch ID, bad payloads named, never a 500.
 * Part 110010 of the sample is dual-sourced from L20110 (primary) and L26010.
 */
class QualityApiTest {

    @RegisterExtension
    static final TestServerExtension SERVER = TestServerExtension.empty();

    private static String supplierA;
    private static String supplierB;
    private static String userToken;

    @BeforeAll
    static void agreementAndTokens() {
        TestServer server = SERVER.server();
        QualityRecords quality = server.quality();
        // bore [24.95, 25.05] mm, 2 values per lot, on every certificate
        quality.agreements().record("test", new AgreementTerms(new PartId("110010"), new SupplierId("L20110"),
                List.of(new Characteristic("bore_diameter", "mm", 25.0, 24.95, 25.05, "CMM", 2, "every lot", true,
                        null))), "PPAP");
        supplierA = quality.tokens().create("test", new SupplierId("L20110")).text();
        supplierB = quality.tokens().create("test", new SupplierId("L26010")).text();
        server.users().add("test", "vera", Role.VIEWER, TestServer.PASSWORD);
        userToken = server.tokens().create("test", "vera").text();
    }

    private static String batch(String batchId, String... values) {
        StringBuilder measurements = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            measurements.append(i == 0 ? "" : ",").append("{\"characteristic\":\"bore_diameter\",\"lot\":\"L1\","
                    + "\"timestamp\":\"2026-06-01T08:0").append(i).append(":00+02:00\",\"value\":")
                    .append(values[i]).append("}");
        }
        return "{\"batch_id\":\"" + batchId + "\",\"part_id\":\"110010\",\"measurements\":[" + measurements + "]}";
    }

    @Test
    void a_batch_is_stored_checked_against_the_agreement_and_a_repeat_stores_nothing() {
        HttpResponse<String> first = post(supplierB, batch("COA-1", "25.01", "25.07"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode body = json(first);
        assertThat(body.get("status").asText()).isEqualTo("stored");
        assertThat(body.get("supplier_id").asText()).isEqualTo("L26010");
        assertThat(body.get("measurements").asInt()).isEqualTo(2);
        // 25.07 > USL 25.05: one finding; 2 values = sample size 2, so no other
        assertThat(body.at("/certificate/conforms").asBoolean()).isFalse();
        assertThat(body.at("/certificate/agreement_version").asInt()).isEqualTo(1);
        assertThat(body.at("/certificate/findings")).singleElement().satisfies(f -> assertThat(
                f.get("message").asText()).isEqualTo(
                "lot L1: bore_diameter = 25.07 mm lies outside the specification [24.95, 25.05]"));

        HttpResponse<String> again = post(supplierB, batch("COA-1", "25.01", "25.07"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("status").asText()).isEqualTo("already_stored");

        HttpResponse<String> changed = post(supplierB, batch("COA-1", "25.01", "25.02"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(409);
        assertThat(json(changed).at("/details/0").asText()).startsWith("batch_id: supplier L26010 posted batch COA-1");

        // 2 values stored once, whatever was posted after
        assertThat(SERVER.server().quality().measurements().measurements(new PartId("110010"))).hasSize(2);
    }

    @Test
    void a_supplier_cannot_post_another_suppliers_data_and_a_bad_token_is_refused() {
        String claimed = "{\"batch_id\":\"X-1\",\"part_id\":\"110010\",\"supplier_id\":\"L20110\",\"measurements\":"
                + "[{\"characteristic\":\"bore_diameter\",\"lot\":\"L1\",\"timestamp\":\"2026-06-01T08:00:00Z\","
                + "\"value\":25.0}]}";
        HttpResponse<String> forbidden = post(supplierB, claimed);
        assertThat(forbidden.statusCode()).as(forbidden.body()).isEqualTo(403);
        assertThat(json(forbidden).at("/details/0").asText())
                .isEqualTo("supplier_id: this token posts for supplier L26010 only, not L20110");
        // the primary's own token may
        assertThat(post(supplierA, claimed).statusCode()).isEqualTo(201);

        assertThat(post(null, batch("X-2", "25.0")).statusCode()).isEqualTo(401);
        assertThat(post("vks_" + "A".repeat(43), batch("X-2", "25.0")).statusCode()).isEqualTo(401);
        // a user's token is not a supplier's
        assertThat(post(userToken, batch("X-2", "25.0")).statusCode()).isEqualTo(401);
        assertThat(SERVER.server().quality().measurements().batch(new SupplierId("L26010"), "X-1")).isEmpty();
    }

    @Test
    void bad_payloads_are_refused_naming_the_field_and_never_with_a_500() {
        assertRefused("not json", 400, "body: not JSON");
        assertRefused("[1,2]", 400, "body: a JSON object is expected");
        assertRefused("{\"part_id\":\"110010\",\"measurements\":[]}", 422, "batch_id: required");
        assertRefused("{\"batch_id\":\"B\",\"part_id\":\"110010\",\"measurements\":[]}", 422,
                "measurements: a non-empty array is required");
        assertRefused(batch("B", "\"25,01\""), 422, "measurements[0].value: a finite JSON number is required");
        assertRefused(batch("B", "25.0", "null"), 422, "measurements[1].value: a finite JSON number is required");
        assertRefused(batch("B", "25.0").replace("+02:00", ""), 422, "measurements[0].timestamp: not an ISO 8601");
        assertRefused(batch("B", "25.0").replace("\"value\":25.0", "\"value\":25.0,\"source\":\"incoming_inspection\""),
                422, "measurements[0].source: must be supplier_certificate or lab");
        assertRefused(batch("B", "25.0").replace("\"lot\":\"L1\"", "\"lot\":\"" + "L".repeat(65) + "\""), 422,
                "measurements[0].lot: must be 1 to 64 characters");
    }

    @Test
    void a_signed_in_user_reads_the_parts_agreement_and_counts() {
        post(supplierA, batch("COUNT-1", "25.0", "25.01"));
        HttpResponse<String> answer = get(userToken, "/api/v1/parts/110010/quality");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode body = json(answer);
        assertThat(body.at("/agreement/version").asInt()).isEqualTo(1);
        assertThat(body.at("/agreement/primary_supplier_id").asText()).isEqualTo("L20110");
        // default margin: 10 % of 25.05 - 24.95 = 0.01 mm
        assertThat(body.at("/agreement/characteristics/0/equivalence_margin").asDouble()).isCloseTo(0.01,
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(body.at("/agreement/characteristics/0/margin_is_default").asBoolean()).isTrue();
        assertThat(body.get("versions")).hasSize(1);
        JsonNode counts = body.get("measurements");
        assertThat(counts).isNotEmpty();
        assertThat(counts.get(0).get("supplier_id").asText()).isEqualTo("L20110");
        assertThat(counts.get(0).get("count").asInt()).isGreaterThanOrEqualTo(2);

        assertThat(get(userToken, "/api/v1/parts/NOPE/quality").statusCode()).isEqualTo(404);
        // a supplier token is not a user's: the user API refuses it
        assertThat(get(supplierA, "/api/v1/parts/110010/quality").statusCode()).isEqualTo(401);
    }

    private static void assertRefused(String body, int status, String detail) {
        HttpResponse<String> answer = post(supplierB, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(json(answer).at("/details/0").asText()).as(answer.body()).startsWith(detail);
    }

    private static HttpResponse<String> post(String token, String body) {
        Browser client = SERVER.server().newBrowser();
        HttpRequest.Builder request = client.request("/api/v1/quality/batches")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request);
    }

    private static HttpResponse<String> get(String token, String path) {
        Browser client = SERVER.server().newBrowser();
        return client.send(client.request(path).header("Authorization", "Bearer " + token).GET());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiCalls.json(response);
    }
}
