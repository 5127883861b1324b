package be.veerkracht.web.screening;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import be.veerkracht.web.TestServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The screening that follows a web import once a list is stored: the sample portfolio with one more customer,
 * K-9001 "Korea Mining Development Trading Corp" in KP (the name of the UN fixture's KPe.001), imported through the
 * page (first before any list, then after the list's upload) and the API; the import answers the one-line summary,
 * the screening is recorded, and the hit is on {@code /screening} with its review form, where a decision changes its
 * state.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportScreeningTest {

    @RegisterExtension
    static final TestServerExtension SAMPLE = TestServerExtension.withSample();

    private static final List<String> FILES = List.of("parts.csv", "suppliers.csv", "sourcing.csv", "tooling.csv",
            "customers.csv");

    /** The sample's CSV files zipped, customers.csv with K-9001 added. */
    static byte[] sampleWithKoreanCustomer() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : FILES) {
                byte[] content = Files.readAllBytes(TestServer.SAMPLE.resolve(name));
                if (name.equals("customers.csv")) {
                    String text = new String(content, StandardCharsets.UTF_8).stripTrailing()
                            + "\r\nK-9001;" + ListUploads.KOREA + ";KP;mining equipment;Lien\r\n";
                    content = text.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    @Order(1)
    void an_import_without_lists_screens_nothing_then_with_the_un_list_it_is_screened_and_summed_up() {
        TestServer server = SAMPLE.server();
        Browser admin = server.browser();
        HttpResponse<String> first = admin.send(ListUploads.multipart(admin.request("/import"),
                Map.of("csrf", admin.csrfToken()), "portfolio.zip", sampleWithKoreanCustomer()));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(303);
        assertThat(first.headers().firstValue("Location").orElseThrow()).doesNotContain("screening=");

        HttpResponse<String> list = ListUploads.pageUpload(admin, ListUploads.FIXTURE, ListUploads.fixture());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(303);

        HttpResponse<String> second = admin.send(ListUploads.multipart(admin.request("/import"),
                Map.of("csrf", admin.csrfToken()), "portfolio.zip", sampleWithKoreanCustomer()));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(303);
        String location = second.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("&screening=");
        String page = admin.get(location, "text/html").body();
        assertThat(page).contains("id=\"import-screening\"").contains("sanctions screening (un 2026-02-27")
                .contains("1 hits, 1 to review").contains("in embargoed countries")
                .contains("href=\"/screening\" id=\"import-screening-link\"");
        // a hand-edited audit entry number shows no line
        assertThat(admin.get(location.replaceAll("screening=\\d+", "screening=1"), "text/html").body())
                .doesNotContain("id=\"import-screening\"");

        String screening = admin.get("/screening?open=true", "text/html").body();
        assertThat(screening).contains("data-counterparty=\"customer:K-9001\"").contains("data-entry=\"KPe.001\"")
                .contains("id=\"review-hits-1\"");
        HttpResponse<String> review = admin.postForm("/screening/reviews", Map.of("csrf", admin.csrfToken(),
                "counterparty", "customer:K-9001", "list", "un", "entry_id", "KPe.001", "decision",
                "false_positive", "reason", "our customer is the Busan branch of a Belgian firm"));
        assertThat(review.statusCode()).as(review.body()).isEqualTo(303);
        assertThat(admin.get("/screening", "text/html").body())
                .contains("data-counterparty=\"customer:K-9001\" data-entry=\"KPe.001\" data-state=\"false_positive\"");
        assertThat(admin.get("/screening?open=true", "text/html").body())
                .doesNotContain("data-counterparty=\"customer:K-9001\"");
    }

    @Test
    @Order(2)
    void the_api_import_answers_the_summary() {
        TestServer server = SAMPLE.server();
        String token = server.tokens().create("test", TestServer.ADMIN).text();
        ListUploads.apiUpload(server, token, ListUploads.FIXTURE, ListUploads.fixture());
        Browser client = server.newBrowser();
        HttpResponse<String> answer = client.send(client.request("/api/v1/imports?filename=portfolio.zip")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(sampleWithKoreanCustomer())));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode document = ScreeningApiTest.json(answer);
        assertThat(document.get("sanctions_screening").asText()).startsWith("sanctions screening (un 2026-02-27")
                .contains("1 hits");
        assertThat(document.get("sanctions_screening_audit_seq").asLong()).isPositive();
    }
}
