package be.veerkracht.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import be.veerkracht.ingest.read.ImportedPortfolio;
import be.veerkracht.ingest.read.PortfolioReader;
import be.veerkracht.store.user.Role;
import be.veerkracht.web.Browser;
import be.veerkracht.web.TestServer;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import page {@code /import}: the form, its upload, the template download and the snapshots, on a real server. */
class ImportPageTest {

    private static final Pattern ROW = Pattern.compile("<tr data-snapshot=\"(\\d+)\">");

    @TempDir
    Path folder;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.empty(folder);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static HttpResponse<String> upload(Browser browser, String csrf, String fileName, byte[] file) {
        Uploads.Multipart form = Uploads.Multipart.form(csrf, fileName, file);
        return browser.send(browser.request("/import").header("Content-Type", form.contentType())
                .POST(form.publisher()));
    }

    private Browser signedIn(String name, Role role) {
        server.users().add("test", name, role, TestServer.PASSWORD);
        Browser browser = server.newBrowser();
        assertThat(browser.signIn(name, TestServer.PASSWORD).statusCode()).isEqualTo(302);
        return browser;
    }

    private static int rows(String html) {
        Matcher m = ROW.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void an_importer_sees_the_form_with_its_csrf_field_the_template_link_and_no_snapshots_yet() {
        HttpResponse<String> page = server.get("/import", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<form id=\"import-form\"", "method=\"post\"", "action=\"/import\"",
                        "enctype=\"multipart/form-data\"", "id=\"import-file\" name=\"file\"", "accept=\".xlsx,.zip",
                        "id=\"import-submit\"", "id=\"template-link\" href=\"/import/template.xlsx\"",
                        "id=\"no-snapshots\"")
                .contains("<input type=\"hidden\" name=\"csrf\" value=\"" + server.browser().csrfToken() + "\">");
    }

    @Test
    void the_sample_zip_imports_redirects_and_then_shows_the_result_and_the_snapshot() {
        Browser browser = server.browser();
        HttpResponse<String> posted = upload(browser, browser.csrfToken(), "flemish-machine-builder.zip",
                Uploads.sampleZip());

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location")).contains("/import?imported=1");
        String page = server.get("/import?imported=1", "text/html").body();
        // 180 parts, 86 suppliers, 262 sourcing rows: examples/flemish-machine-builder
        assertThat(page).contains("id=\"import-result\"",
                "Imported flemish-machine-builder.zip as snapshot 1: 180 parts, 86 suppliers, 262 sourcing links");
        assertThat(page).contains("<table id=\"snapshots\"", "<td>flemish-machine-builder.zip</td><td>"
                + TestServer.ADMIN + "</td>");
        assertThat(rows(page)).isEqualTo(1);
        assertThat(server.get("/", "text/html").body()).contains("id=\"total-parts\">180<");
    }

    @Test
    void an_xlsx_imports_too_and_the_newest_snapshot_is_listed_first() {
        Browser browser = server.browser();
        assertThat(upload(browser, browser.csrfToken(), "a.zip", Uploads.sampleZip()).statusCode()).isEqualTo(303);
        assertThat(upload(browser, browser.csrfToken(), "b.xlsx", Uploads.sampleXlsx()).statusCode())
                .isEqualTo(303);

        String page = server.get("/import", "text/html").body();
        assertThat(rows(page)).isEqualTo(2);
        assertThat(page.indexOf("data-snapshot=\"2\"")).isLessThan(page.indexOf("data-snapshot=\"1\""));
        assertThat(page).contains("<td>b.xlsx</td>");
    }

    @Test
    void a_broken_file_shows_every_problem_in_the_visitors_language_with_400_and_stores_nothing() {
        Browser browser = server.browser();
        browser.get("/?lang=nl", "text/html");

        HttpResponse<String> page = upload(browser, browser.csrfToken(), "broken.zip", Uploads.brokenZip());

        assertThat(page.statusCode()).isEqualTo(400);
        // the CLI's message for the planted cell (Uploads.brokenZip), with problems_nl.properties' label.row and
        // must_be_positive
        assertThat(page.body()).contains("<ul id=\"import-errors\">",
                "<li>sourcing.csv: rij 5, lead_time_days: moet &gt; 0 zijn, kreeg -5</li>");
        assertThat(page.body()).contains("id=\"import-form\"").doesNotContain("id=\"import-result\"");
        assertThat(rows(server.get("/import", "text/html").body())).isZero();
    }

    @Test
    void a_file_that_is_not_a_zip_is_refused_with_415_on_the_page() {
        Browser browser = server.browser();
        HttpResponse<String> page = upload(browser, browser.csrfToken(), "notes.txt", "hello".getBytes());

        assertThat(page.statusCode()).isEqualTo(415);
        assertThat(page.body()).contains("<li>notes.txt is neither an .xlsx workbook nor a .zip of CSV files.");
    }

    @Test
    void no_file_chosen_is_400() {
        Browser browser = server.browser();
        HttpResponse<String> page = upload(browser, browser.csrfToken(), "", new byte[0]);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<li>Choose an .xlsx workbook or a .zip of CSV files.</li>");
    }

    @Test
    void without_the_csrf_field_the_upload_is_403_and_stores_nothing() {
        HttpResponse<String> page = upload(server.browser(), null, "sample.zip", Uploads.sampleZip());

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(rows(server.get("/import", "text/html").body())).isZero();
    }

    @Test
    void a_viewer_sees_the_page_without_the_form_and_is_403_on_the_upload() {
        Browser viewer = signedIn("vera", Role.VIEWER);

        String page = viewer.get("/import", "text/html").body();
        assertThat(page).doesNotContain("id=\"import-form\"").contains("id=\"import-not-allowed\"",
                "Your role (viewer) may read but not import.", "id=\"template-link\"");

        HttpResponse<String> posted = upload(viewer, viewer.csrfToken(), "sample.zip", Uploads.sampleZip());
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(rows(server.get("/import", "text/html").body())).isZero();
    }

    @Test
    void an_upload_over_the_limit_is_413() {
        // headers only, declaring a multipart body one byte over the limit (see DeclaredLengthRequest): refused
        // before the body, the session or the CSRF token is looked at
        DeclaredLengthRequest page = DeclaredLengthRequest.post(server.port(), "/import",
                ImportLimits.DEFAULT.maxUploadBytes() + 1,
                Map.of("Content-Type", "multipart/form-data; boundary=x", "Accept", "text/html",
                        "Accept-Language", "en"));

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.body()).contains("upload too large: The upload is larger than 64 MiB.");
    }

    @Test
    void a_chunked_upload_over_the_limit_is_413_too() {
        Browser browser = server.browser();
        Uploads.Multipart form = Uploads.Multipart.form(browser.csrfToken(), "huge.zip",
                new byte[(int) ImportLimits.DEFAULT.maxUploadBytes()]);

        // without a Content-Length the body comes chunked: only reading it can tell its size
        HttpResponse<String> page = browser.send(browser.request("/import").header("Content-Type",
                form.contentType()).POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(form.body()))));

        assertThat(page.statusCode()).as(page.body()).isEqualTo(413);
    }

    @Test
    void the_template_is_an_xlsx_attachment_in_the_visitors_language_that_reads_back_empty() throws Exception {
        HttpClient client = signedInClient();
        client.send(request("/import?lang=fr").GET().build(), HttpResponse.BodyHandlers.discarding());

        HttpResponse<byte[]> response = client.send(request("/import/template.xlsx").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(ImportHandlers.XLSX_TYPE);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"portfolio-template-fr.xlsx\"");
        Path file = Files.write(folder.resolve("template.xlsx"), response.body());
        ImportedPortfolio empty = new PortfolioReader().read(file);
        assertThat(empty.portfolio().parts()).isEmpty();
        assertThat(empty.portfolio().suppliers()).isEmpty();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    }

    /**
     * A client of its own, signed in as the administrator, for a binary body (the shared {@link Browser} answers
     * text).
     */
    private HttpClient signedInClient() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        String login = client.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "csrf=" + enc(csrf.group(1)) + "&name=" + enc(TestServer.ADMIN) + "&password="
                + enc(TestServer.PASSWORD);
        HttpResponse<Void> signedIn = client.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return client;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
