package be.veerkracht.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.store.user.Role;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/imports} against a real server over H2, as the OpenAPI document describes it. */
class ImportApiTest {

    private static final String PATH = "/api/v1/imports";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestServer server;
    private String adminToken;

    @BeforeEach
    void start() {
        server = TestServer.empty(folder);
        adminToken = server.tokens().create("test", TestServer.ADMIN).text();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> raw(String token, String contentType, String query, byte[] body) {
        Browser client = server.newBrowser();
        return client.send(client.request(PATH + query).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<String> multipart(String token, String fileName, byte[] file) {
        Uploads.Multipart form = Uploads.Multipart.form(null, fileName, file);
        Browser client = server.newBrowser();
        return client.send(client.request(PATH).header("Authorization", "Bearer " + token)
                .header("Content-Type", form.contentType()).POST(form.publisher()));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private int snapshotCount() throws Exception {
        return json(server.get("/api/v1/snapshots")).get("snapshots").size();
    }

    @Test
    void a_zip_of_the_sample_as_multipart_is_201_with_the_snapshot_which_the_list_then_shows() throws Exception {
        HttpResponse<String> response = multipart(adminToken, "flemish-machine-builder.zip", Uploads.sampleZip());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode snapshot = json(response);
        // 180 parts and 86 suppliers: examples/flemish-machine-builder (parts.csv 181 lines, suppliers.csv 87, each
        // with its header); 262 sourcing rows
        assertThat(snapshot.get("parts").asInt()).isEqualTo(180);
        assertThat(snapshot.get("suppliers").asInt()).isEqualTo(86);
        assertThat(snapshot.get("links").asInt()).isEqualTo(262);
        assertThat(snapshot.get("source").asText()).isEqualTo("flemish-machine-builder.zip");
        assertThat(snapshot.get("actor").asText()).isEqualTo(TestServer.ADMIN);
        assertThat(snapshot.get("content_sha256").asText()).matches("[0-9a-f]{64}");

        JsonNode listed = json(server.get("/api/v1/snapshots")).get("snapshots");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).isEqualTo(snapshot);
        assertThat(json(server.get("/api/v1/assessment")).toString()).contains("\"parts\"");
    }

    @Test
    void an_xlsx_as_raw_body_is_201_named_by_the_filename_parameter() throws Exception {
        HttpResponse<String> response = raw(adminToken, ImportHandlers.XLSX_TYPE, "?filename=sample%202026.xlsx",
                Uploads.sampleXlsx());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode snapshot = json(response);
        assertThat(snapshot.get("parts").asInt()).isEqualTo(180);
        assertThat(snapshot.get("suppliers").asInt()).isEqualTo(86);
        assertThat(snapshot.get("source").asText()).isEqualTo("sample 2026.xlsx");
    }

    @Test
    void octet_stream_is_sniffed_and_a_raw_body_without_a_name_gets_one() throws Exception {
        HttpResponse<String> response = raw(adminToken, "application/octet-stream", "", Uploads.sampleZip());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).get("source").asText()).isEqualTo("upload.zip");
    }

    @Test
    void a_broken_cell_is_400_with_the_row_level_message_and_stores_nothing() throws Exception {
        multipart(adminToken, "good.zip", Uploads.sampleZip());

        HttpResponse<String> response = multipart(adminToken, "broken.zip", Uploads.brokenZip());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("invalid portfolio: 1 problem(s)");
        // computed by hand from the planted cell, see Uploads.brokenZip
        assertThat(body.get("details")).hasSize(1);
        assertThat(body.get("details").get(0).asText())
                .isEqualTo("sourcing.csv: row 5, lead_time_days: must be > 0, got -5");
        assertThat(snapshotCount()).isEqualTo(1);
    }

    @Test
    void a_file_that_is_not_a_zip_is_415() throws Exception {
        HttpResponse<String> response = multipart(adminToken, "parts.csv", Uploads.sampleCsv().get("parts.csv"));

        assertThat(response.statusCode()).isEqualTo(415);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("unsupported file type");
        assertThat(body.get("details").get(0).asText()).startsWith("parts.csv is neither an .xlsx workbook");
        assertThat(raw(adminToken, "application/octet-stream", "", "random bytes".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(415);
        assertThat(snapshotCount()).isZero();
    }

    @Test
    void a_zip_slip_entry_is_400_and_stores_nothing() throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(Uploads.sampleCsv());
        files.put("../../evil.csv", "x".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = multipart(adminToken, "slip.zip", Uploads.zip("", files));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo("zip refused");
        assertThat(body.get("details").get(0).asText()).isEqualTo(
                "slip.zip: the entry '../../evil.csv' points outside the zip (an absolute path or ..); the zip is "
                        + "refused.");
        assertThat(snapshotCount()).isZero();
    }

    @Test
    void no_file_is_400() throws Exception {
        HttpResponse<String> empty = raw(adminToken, "application/zip", "", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).get("error").asText()).isEqualTo("no file");

        Uploads.Multipart withoutFile = Uploads.Multipart.of(Map.of("other", "x"), "file", null, null, null);
        Browser client = server.newBrowser();
        HttpResponse<String> multipart = client.send(client.request(PATH)
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", withoutFile.contentType()).POST(withoutFile.publisher()));
        assertThat(multipart.statusCode()).isEqualTo(400);
        assertThat(json(multipart).get("details").get(0).asText()).contains("multipart form field 'file'");
    }

    @Test
    void a_malformed_multipart_body_is_400_not_500() throws Exception {
        Uploads.Multipart form = Uploads.Multipart.form(null, "sample.zip", Uploads.sampleZip());
        byte[] cut = java.util.Arrays.copyOf(form.body(), form.body().length / 2);

        HttpResponse<String> response = raw(adminToken, form.contentType(), "", cut);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).isEqualTo("unreadable upload");
        assertThat(snapshotCount()).isZero();
    }

    @Test
    void a_viewer_is_403_by_token() throws Exception {
        server.users().add("test", "vera", Role.VIEWER, TestServer.PASSWORD);
        String viewer = server.tokens().create("test", "vera").text();

        HttpResponse<String> response = multipart(viewer, "sample.zip", Uploads.sampleZip());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("error").asText()).startsWith("forbidden");
        assertThat(snapshotCount()).isZero();
    }

    @Test
    void a_session_client_needs_the_csrf_header_and_a_bearer_client_does_not() throws Exception {
        Browser browser = server.browser();
        Uploads.Multipart form = Uploads.Multipart.form(browser.csrfToken(), "sample.zip", Uploads.sampleZip());

        HttpResponse<String> withoutHeader = browser.send(browser.request(PATH)
                .header("Content-Type", form.contentType()).POST(form.publisher()));
        assertThat(withoutHeader.statusCode()).as("the API takes the CSRF header only, not the form field")
                .isEqualTo(403);
        assertThat(snapshotCount()).isZero();

        HttpResponse<String> withHeader = browser.send(browser.request(PATH).header("X-CSRF-Token",
                browser.csrfToken()).header("Content-Type", form.contentType()).POST(form.publisher()));
        assertThat(withHeader.statusCode()).isEqualTo(201);
    }

    @Test
    void an_upload_over_the_limit_is_413_before_it_is_read() throws Exception {
        // headers only, declaring one byte over the limit: the refusal comes from the declared length
        DeclaredLengthRequest response = DeclaredLengthRequest.post(server.port(), PATH,
                ImportLimits.DEFAULT.maxUploadBytes() + 1,
                Map.of("Authorization", "Bearer " + adminToken, "Content-Type", "application/zip"));

        assertThat(response.status()).isEqualTo(413);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("error").asText()).isEqualTo("upload too large");
        assertThat(body.get("details").get(0).asText()).startsWith("The upload is larger than 64 MiB");
        assertThat(snapshotCount()).isZero();
    }
}
